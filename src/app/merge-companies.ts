import type { AuditStore, CompanyStore, MergeCounts, Transactional } from '../ports/store.js';
import type { Actor, Company } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { AUDIT } from './audit-actions.js';

type Deps = {
  store: Transactional<
    Pick<CompanyStore, 'resolveCompanyId' | 'mergeCompanies' | 'getCompany'> & Pick<AuditStore, 'appendAudit'>
  >;
};

/**
 * Two companies that are one (typed twice, or by hand before the register knew it): everything of
 * `mergedId` moves to `survivorId`, and the merged id keeps opening the survivor. Admins only.
 */
export async function mergeCompanies(
  { store }: Deps,
  actor: Actor,
  survivorId: string,
  mergedId: string,
): Promise<{ survivor: Company; moved: MergeCounts }> {
  if (!actor.isAdmin) throw new DomainError('FORBIDDEN', 'Only admins may merge companies.');
  if (survivorId === mergedId)
    throw new DomainError('VALIDATION_FAILED', 'mergedId: a company cannot be merged into itself.');
  return store.withTransaction(async (tx) => {
    const [survivor, merged] = await Promise.all([
      tx.resolveCompanyId(actor.tenantId, survivorId),
      tx.resolveCompanyId(actor.tenantId, mergedId),
    ]);
    if (!survivor || !merged) throw new DomainError('NOT_FOUND', 'No company with that id.');
    if (survivor === merged) throw new DomainError('CONFLICT', 'These companies are already one (merged before).');
    const moved = await tx.mergeCompanies(actor.tenantId, survivor, merged, actor.staffId);
    const company = moved && (await tx.getCompany(actor.tenantId, survivor));
    if (!moved || !company) throw new DomainError('NOT_FOUND', 'No company with that id.');
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.companyMerge,
      companyId: survivor,
      targetId: merged,
      criteria: { ...moved },
    });
    return { survivor: company, moved };
  });
}

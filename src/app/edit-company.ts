import type {
  AuditStore,
  CompanyPatch,
  CompanyStore,
  DirectoryStore,
  NewCompany,
  Transactional,
} from '../ports/store.js';
import type { Actor, Company } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { FREEMAIL_DOMAINS } from '../domain/email-address.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';

type Deps = { store: Transactional<CompanyStore & AuditStore & Pick<DirectoryStore, 'listStaff'>> };

export type CompanyInput = Omit<NewCompany, 'id'>;

/** Registers a company in the shared history. A CVR already registered is a conflict. */
export async function createCompany({ store }: Deps, actor: Actor, input: CompanyInput): Promise<Company> {
  return store.withTransaction(async (tx) => {
    await assertValidReferences(tx, actor, input);
    const company = await tx.insertCompany(actor.tenantId, input);
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.companyCreate,
      companyId: company.id,
    });
    return company;
  });
}

/** Changes what is given and leaves the rest; `domains` replaces the company's list. */
export async function updateCompany(
  { store }: Deps,
  actor: Actor,
  requestedId: string,
  patch: CompanyPatch,
): Promise<Company> {
  return store.withTransaction(async (tx) => {
    const companyId = await currentCompanyId(tx, actor, requestedId);
    await assertValidReferences(tx, actor, patch);
    const company = await tx.updateCompany(actor.tenantId, companyId, patch);
    if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.companyUpdate,
      companyId,
      criteria: { fields: Object.keys(patch).sort() },
    });
    return company;
  });
}

async function assertValidReferences(
  store: Pick<DirectoryStore, 'listStaff'>,
  actor: Actor,
  input: CompanyPatch,
): Promise<void> {
  const freemail = input.domains?.find((domain) => FREEMAIL_DOMAINS.has(domain));
  if (freemail)
    throw new DomainError(
      'VALIDATION_FAILED',
      `domains: ${freemail} is a freemail domain and cannot identify a company.`,
    );
  if (input.responsibleStaffId) {
    const [staff] = await store.listStaff(actor.tenantId, [input.responsibleStaffId]);
    if (!staff) throw new DomainError('VALIDATION_FAILED', 'responsibleStaffId: no staff member with that id.');
  }
}

import type { AuditStore, DirectoryStore, KpiStore, KpiTarget, Transactional } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { isKpiMetric } from '../domain/kpi-definitions.js';

/** Admin-only use cases. The HTTP layer checks the admin role; these check it again, cheaply. */
export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new DomainError('FORBIDDEN', 'Only admins may do this.');
}

/** Reading the audit log is itself audited: who looked at who did what. */
export async function readAuditLog(
  { store }: { store: AuditStore },
  actor: Actor,
  query: { companyId?: string | undefined; limit: number },
) {
  assertAdmin(actor);
  const items = await store.listAudit(actor.tenantId, {
    limit: query.limit,
    ...(query.companyId && { companyId: query.companyId }),
  });
  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: 'audit.read',
    companyId: query.companyId ?? null,
  });
  return items;
}

export async function setKpiTargets(
  { store }: { store: Transactional<KpiStore & AuditStore> },
  actor: Actor,
  targets: readonly KpiTarget[],
): Promise<KpiTarget[]> {
  assertAdmin(actor);
  const unknown = targets.find((target) => !isKpiMetric(target.metric));
  if (unknown) throw new DomainError('VALIDATION_FAILED', `metric: unknown metric ${unknown.metric.slice(0, 60)}.`);
  const twice = firstRepeatedTarget(targets);
  if (twice) {
    const section = twice.sectionId ? ` in section ${twice.sectionId.slice(0, 60)}` : '';
    throw new DomainError(
      'VALIDATION_FAILED',
      `targets: ${twice.metric} for ${twice.period}${section} is given more than once; send one value per metric, section and period.`,
    );
  }
  return store.withTransaction(async (tx) => {
    await tx.upsertKpiTargets(actor.tenantId, targets);
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: 'kpi.targets.set',
      criteria: { count: targets.length },
    });
    const sections = [...new Set(targets.map((target) => target.sectionId ?? null))];
    const lists = await Promise.all(sections.map((sectionId) => tx.listKpiTargets(actor.tenantId, sectionId)));
    return lists.flat();
  });
}

/** One target per metric, section and period: the store keeps one, and no one can say which of two was meant. */
function firstRepeatedTarget(targets: readonly KpiTarget[]): KpiTarget | undefined {
  const seen = new Set<string>();
  return targets.find((target) => {
    // No section and an empty one are the same row: the whole jobcenter's target.
    const key = JSON.stringify([target.metric, target.sectionId || null, target.period]);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/** Staff rows sharing an email (a reused sign-in name): each is its own person; admins resolve it in Entra ID. */
export async function listStaffEmailClashes(
  { store }: { store: Pick<DirectoryStore, 'listStaffEmailClashes'> },
  actor: Actor,
) {
  assertAdmin(actor);
  return store.listStaffEmailClashes(actor.tenantId);
}

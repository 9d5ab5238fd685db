import type { KpiTarget, Store } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { isKpiMetric } from '../domain/kpi-definitions.js';

/** Admin-only use cases. The HTTP layer checks the admin role; these check it again, cheaply. */
export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new DomainError('FORBIDDEN', 'Only admins may do this.');
}

/** Reading the audit log is itself audited: who looked at who did what. */
export async function readAuditLog(
  { store }: { store: Pick<Store, 'listAudit' | 'appendAudit'> },
  actor: Actor,
  query: { companyId?: string | undefined; limit: number },
) {
  assertAdmin(actor);
  const items = await store.listAudit(actor.tenantId, { limit: query.limit, ...(query.companyId && { companyId: query.companyId }) });
  await store.appendAudit(actor.tenantId, { actorId: actor.staffId, action: 'audit.read', companyId: query.companyId ?? null });
  return items;
}

export async function setKpiTargets(
  { store }: { store: Store },
  actor: Actor,
  targets: readonly KpiTarget[],
): Promise<KpiTarget[]> {
  assertAdmin(actor);
  const unknown = targets.find((target) => !isKpiMetric(target.metric));
  if (unknown) throw new DomainError('VALIDATION_FAILED', `metric: unknown metric ${unknown.metric.slice(0, 60)}.`);
  return store.withTransaction(async (tx) => {
    await tx.upsertKpiTargets(actor.tenantId, targets);
    await tx.appendAudit(actor.tenantId, { actorId: actor.staffId, action: 'kpi.targets.set', criteria: { count: targets.length } });
    const sections = [...new Set(targets.map((target) => target.sectionId ?? null))];
    const lists = await Promise.all(sections.map((sectionId) => tx.listKpiTargets(actor.tenantId, sectionId)));
    return lists.flat();
  });
}

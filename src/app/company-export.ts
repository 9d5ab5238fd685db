import type { AuditStore, CompanyStore, InteractionStore } from '../ports/store.js';
import type { Actor, CompanySummary } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { toInteractionView, type InteractionView } from './interaction-view.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';

const PAGE = 500;

export interface CompanyExport {
  company: CompanySummary;
  exportedAt: string;
  items: InteractionView[];
}

/**
 * A company's whole history as one JSON document, every page, each contact cut to what the reader
 * may see (the same tiers as the timeline). The export is audited with how many contacts it held.
 */
export async function exportCompanyHistory(
  {
    store,
    clock,
  }: {
    store: Pick<CompanyStore, 'getCompanySummaries' | 'resolveCompanyId'> &
      Pick<InteractionStore, 'listInteractions'> &
      AuditStore;
    clock: { now(): Date };
  },
  actor: Actor,
  requestedId: string,
): Promise<CompanyExport> {
  const companyId = await currentCompanyId(store, actor, requestedId);
  const [company] = await store.getCompanySummaries(actor.tenantId, [companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  const items: InteractionView[] = [];
  let after: { occurredAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await store.listInteractions(actor.tenantId, companyId, {}, after, PAGE);
    items.push(...rows.map((entry) => toInteractionView(actor, entry)));
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) break;
    after = { occurredAt: last.occurredAt, id: last.id };
  }
  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.historyExport,
    companyId,
    criteria: { count: items.length },
  });
  return { company, exportedAt: clock.now().toISOString(), items };
}

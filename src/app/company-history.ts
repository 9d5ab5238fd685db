import type { AuditStore, CompanyStore, InteractionStore, TimelineFilter } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { toInteractionView, type InteractionView } from './interaction-view.js';
import { decodeCursor, encodeCursor } from './timeline-cursor.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';

type Deps = {
  store: Pick<CompanyStore, 'getCompanySummaries' | 'resolveCompanyId'> &
    Pick<InteractionStore, 'listInteractions'> &
    AuditStore;
};

export interface HistoryPage {
  items: InteractionView[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** One page of a company's timeline, newest first, with each item cut to what the reader may see. */
export async function getCompanyHistory(
  { store }: Deps,
  actor: Actor,
  requestedId: string,
  query: { filter: TimelineFilter; cursor?: string | undefined; limit: number },
): Promise<HistoryPage> {
  const companyId = await currentCompanyId(store, actor, requestedId);
  const after = query.cursor ? decodeCursor(companyId, query.cursor) : null;
  const [company] = await store.getCompanySummaries(actor.tenantId, [companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');

  // One row more than asked tells whether another page exists.
  const rows = await store.listInteractions(actor.tenantId, companyId, query.filter, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.historyRead,
    companyId,
    criteria: { ...describeFilter(query.filter), paged: after !== null },
  });
  return {
    items: page.map((entry) => toInteractionView(actor, entry)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(companyId, last) : null,
  };
}

function describeFilter(filter: TimelineFilter): Record<string, unknown> {
  return {
    ...(filter.kinds && { kinds: filter.kinds }),
    ...(filter.topics && { topics: filter.topics }),
    ...(filter.staffId && { staffId: filter.staffId }),
    ...(filter.sectionId && { sectionId: filter.sectionId }),
    ...(filter.from && { from: filter.from.toISOString() }),
    ...(filter.to && { to: filter.to.toISOString() }),
  };
}

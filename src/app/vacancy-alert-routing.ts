import type { AlertStore, CompanyStore, TeamsStore } from '../ports/store.js';

/** What routing a vacancy to channels reads and queues, inside the caller's transaction. */
export type AlertRoutingStore = Pick<TeamsStore, 'listSubscriptions'> & Pick<CompanyStore, 'getCompany'> & AlertStore;
import type { Vacancy, VacancyStatus } from '../domain/model.js';
import { matchingChannels } from '../domain/alert-routing.js';
import { CLOSED_STATUSES } from '../domain/vacancy-lifecycle.js';

/**
 * Queues a new vacancy's channel posts, inside the caller's transaction: one outbox row per channel
 * whose subscriptions match. Nothing is sent here; the delivery worker does that.
 */
export async function routeNewVacancy(
  tx: AlertRoutingStore,
  tenantId: string,
  vacancy: Vacancy,
  now: Date,
): Promise<number> {
  const [subscriptions, company] = await Promise.all([
    tx.listSubscriptions(tenantId),
    tx.getCompany(tenantId, vacancy.companyId),
  ]);
  if (subscriptions.length === 0) return 0;
  const channels = matchingChannels(subscriptions, {
    topics: vacancy.topics,
    industryCode: company?.industryCode ?? null,
    postcode: vacancy.postcode ?? company?.postcode ?? null,
    text: [vacancy.title, vacancy.location].filter(Boolean).join(' '),
  });
  return tx.enqueueAlertPosts(tenantId, vacancy.id, channels, now);
}

/**
 * After a status change: every channel that has (or is getting) the vacancy's post gets its card
 * updated. A reopen (closed -> received) updates those existing threads, which show the claim
 * button again, and posts to channels that match now but were not posted to before; a channel is
 * never posted the same vacancy twice.
 */
export async function routeVacancyChange(
  tx: AlertRoutingStore,
  tenantId: string,
  vacancy: Vacancy,
  from: VacancyStatus,
  now: Date,
): Promise<void> {
  await tx.enqueueAlertUpdates(tenantId, vacancy.id, now);
  if (vacancy.status === 'received' && CLOSED_STATUSES.includes(from))
    await routeNewVacancy(tx, tenantId, vacancy, now);
}

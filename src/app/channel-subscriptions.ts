import type { AuditStore, DirectoryStore, TeamsStore, Transactional } from '../ports/store.js';
import type { Actor, ChannelSubscription, SubscriptionFilters } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { assertKnownTopics } from './tenant-topics.js';
import { AUDIT } from './audit-actions.js';

/** A channel's vacancy alert filters: made by the bot's "abonner", the channel tab or the API. */
export async function subscribeChannel(
  { store }: { store: Transactional<SubscriptionTx> },
  actor: Actor,
  conversationId: string,
  filters: SubscriptionFilters,
): Promise<ChannelSubscription> {
  return store.withTransaction((tx) => insertSubscription(tx, actor, conversationId, filters));
}

type SubscriptionTx = TeamsStore & AuditStore & Pick<DirectoryStore, 'listTopics'>;

async function insertSubscription(
  tx: SubscriptionTx,
  actor: Actor,
  conversationId: string,
  filters: SubscriptionFilters,
): Promise<ChannelSubscription> {
  const ref = await tx.getConversationRef(actor.tenantId, conversationId);
  if (!ref) throw new DomainError('NOT_FOUND', 'Kontaktspor is not installed in that conversation.');
  if (ref.kind !== 'channel') throw new DomainError('VALIDATION_FAILED', 'Vacancy alerts go to channels only.');
  await assertKnownTopics(tx, actor.tenantId, filters.topics);
  const subscription = await tx.insertSubscription(actor.tenantId, {
    conversationId,
    createdBy: actor.staffId,
    ...normalised(filters),
  });
  await tx.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.subscriptionCreate,
    targetId: subscription.id,
    criteria: {
      topics: subscription.topics,
      industryPrefixes: subscription.industryPrefixes,
      postcodes: subscription.postcodes,
    },
  });
  return subscription;
}

/**
 * "abonner" from the bot: subscribes the channel unless it already has a subscription with exactly
 * these filters (in any order), so saying it twice leaves one subscription and says so.
 */
export async function subscribeChannelOnce(
  deps: { store: Transactional<SubscriptionTx> },
  actor: Actor,
  conversationId: string,
  filters: SubscriptionFilters,
): Promise<{ subscription: ChannelSubscription; created: boolean }> {
  return deps.store.withTransaction(async (tx) => {
    const wanted = filterKey(normalised(filters));
    const existing = await tx.listSubscriptions(actor.tenantId, conversationId);
    const same = existing.find((subscription) => filterKey(subscription) === wanted);
    if (same) return { subscription: same, created: false };
    return { subscription: await insertSubscription(tx, actor, conversationId, filters), created: true };
  });
}

export async function listChannelSubscriptions(
  { store }: { store: Pick<TeamsStore, 'listSubscriptions'> },
  actor: Actor,
  conversationId?: string,
): Promise<ChannelSubscription[]> {
  return store.listSubscriptions(actor.tenantId, conversationId);
}

/** Removes one subscription by id, or all of a channel's; answers how many went. */
export async function unsubscribeChannel(
  { store }: { store: Transactional<TeamsStore & AuditStore> },
  actor: Actor,
  where: { id: string } | { conversationId: string },
): Promise<number> {
  return store.withTransaction(async (tx) => {
    const removed = await tx.deleteSubscriptions(actor.tenantId, where);
    if (removed === 0 && 'id' in where) throw new DomainError('NOT_FOUND', 'No subscription with that id.');
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.subscriptionDelete,
      targetId: 'id' in where ? where.id : where.conversationId,
      criteria: { removed },
    });
    return removed;
  });
}

function normalised(filters: SubscriptionFilters): SubscriptionFilters {
  return {
    topics: unique(filters.topics),
    industryPrefixes: unique(filters.industryPrefixes),
    postcodes: unique(filters.postcodes),
    keywords: unique(filters.keywords.map((word) => word.toLowerCase())),
  };
}

/** The filters as one comparable value, order within each list ignored. */
function filterKey(filters: SubscriptionFilters): string {
  const sorted = (values: readonly string[]) => [...values].sort();
  const { topics, industryPrefixes, postcodes, keywords } = filters;
  return JSON.stringify([topics, industryPrefixes, postcodes, keywords].map(sorted));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

import type { AuditStore, DirectoryStore, TeamsStore, Transactional } from '../ports/store.js';
import type { Actor, ChannelSubscription, SubscriptionFilters } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { assertKnownTopics } from './tenant-topics.js';
import { AUDIT } from './audit-actions.js';

/** A channel's vacancy alert filters: made by the bot's "abonner", the channel tab or the API. */
export async function subscribeChannel(
  { store }: { store: Transactional<TeamsStore & AuditStore & Pick<DirectoryStore, 'listTopics'>> },
  actor: Actor,
  conversationId: string,
  filters: SubscriptionFilters,
): Promise<ChannelSubscription> {
  return store.withTransaction(async (tx) => {
    const ref = await tx.getConversationRef(actor.tenantId, conversationId);
    if (!ref) throw new DomainError('NOT_FOUND', 'Kontaktspor is not installed in that conversation.');
    if (ref.kind !== 'channel') throw new DomainError('VALIDATION_FAILED', 'Vacancy alerts go to channels only.');
    await assertKnownTopics(tx, actor.tenantId, filters.topics);
    const subscription = await tx.insertSubscription(actor.tenantId, {
      conversationId,
      createdBy: actor.staffId,
      topics: unique(filters.topics),
      industryPrefixes: unique(filters.industryPrefixes),
      postcodes: unique(filters.postcodes),
      keywords: unique(filters.keywords.map((word) => word.toLowerCase())),
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

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

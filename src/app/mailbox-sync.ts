import { DELTA_FEEDS, hasCategory, type MailboxWatch } from '../domain/tagging.js';
import { MailSourceError } from '../ports/mail-source.js';
import { createSubscription, ensureSubscriptions } from './mailbox-watch.js';
import { appMailbox, type TagDeps } from './tag-deps.js';

const DAY = 86_400_000;
/** The calendar view the delta catch-up follows: meetings are tagged around when they happen. */
const CALENDAR_PAST_DAYS = 90;
const CALENDAR_FUTURE_DAYS = 365;

/**
 * Renews every subscription that expires within the renewal margin, recreates those Graph no
 * longer knows (404), and creates any a watched mailbox is missing. Returns how many were renewed
 * and recreated.
 */
export async function renewSubscriptions(
  deps: TagDeps,
  tenantId: string,
): Promise<{ renewed: number; recreated: number }> {
  const now = deps.clock.now();
  const due = await deps.store.listGraphSubscriptions(tenantId, {
    expiringBefore: new Date(now.getTime() + deps.settings.renewBeforeMinutes * 60_000),
  });
  const watches = new Map((await deps.store.listMailboxWatches(tenantId)).map((watch) => [watch.ownerId, watch]));
  let renewed = 0;
  let recreated = 0;
  for (const subscription of due) {
    const watch = watches.get(subscription.ownerId);
    if (!watch) {
      await deps.store.deleteGraphSubscription(tenantId, subscription.id);
      continue;
    }
    const expiresAt = new Date(now.getTime() + deps.settings.subscriptionMinutes * 60_000);
    try {
      const result = await deps.watchSource.renewSubscription(appMailbox(tenantId, watch), subscription.id, expiresAt);
      await deps.store.saveGraphSubscription(tenantId, { ...subscription, expiresAt: result.expiresAt });
      renewed += 1;
    } catch (error) {
      if (!(error instanceof MailSourceError)) throw error;
      if (error.code !== 'NOT_FOUND' && subscription.expiresAt > now) {
        deps.logger.warn(
          { tenantId, subscriptionId: subscription.id, code: error.code },
          'graph subscription not renewed; next run tries again',
        );
        continue;
      }
      // Gone at Graph (or expired meanwhile): a new one, and a catch-up for what was missed.
      await deps.store.deleteGraphSubscription(tenantId, subscription.id);
      await createSubscription(deps, tenantId, watch, subscription.resource);
      recreated += 1;
    }
  }
  for (const watch of watches.values()) await ensureSubscriptions(deps, tenantId, watch);
  return { renewed, recreated };
}

/**
 * Per watched mailbox and feed, reads what changed since the stored delta link and queues every
 * item carrying the category: lost notifications, restarts and expired subscriptions lose no tag.
 * Returns how many items were queued.
 */
export async function catchUp(deps: TagDeps, tenantId: string): Promise<number> {
  let queued = 0;
  for (const watch of await deps.store.listMailboxWatches(tenantId)) {
    queued += await catchUpMailbox(deps, tenantId, watch);
  }
  return queued;
}

export async function catchUpMailbox(deps: TagDeps, tenantId: string, watch: MailboxWatch): Promise<number> {
  const now = deps.clock.now();
  const window = {
    start: new Date(now.getTime() - CALENDAR_PAST_DAYS * DAY),
    end: new Date(now.getTime() + CALENDAR_FUTURE_DAYS * DAY),
  };
  let queued = 0;
  for (const feed of DELTA_FEEDS) {
    const link = await deps.store.getDeltaLink(tenantId, watch.ownerId, feed);
    try {
      const { changes, deltaLink } = await deps.watchSource.delta(appMailbox(tenantId, watch), feed, link, window);
      for (const change of changes) {
        if (change.removed || !hasCategory(change.categories, deps.settings.category)) continue;
        await deps.store.enqueueTagJob(
          tenantId,
          { ownerId: watch.ownerId, kind: change.kind, graphId: change.graphId },
          now,
        );
        queued += 1;
      }
      if (deltaLink) await deps.store.saveDeltaLink(tenantId, watch.ownerId, feed, deltaLink, now);
    } catch (error) {
      if (!(error instanceof MailSourceError)) throw error;
      deps.logger.warn(
        { tenantId, ownerId: watch.ownerId, feed, code: error.code },
        'delta catch-up failed; next run tries again',
      );
    }
  }
  return queued;
}

import { sameSecret } from './secrets.js';
import type { TagDeps } from './tag-deps.js';

/** One change notification as Graph posts it (only what we read; validated by the route's schema). */
export interface ChangeNotification {
  subscriptionId: string;
  clientState?: string | null | undefined;
  tenantId?: string | undefined;
  resourceData?: { id?: string | undefined } | undefined;
  lifecycleEvent?: string | undefined;
}

export interface NotificationResult {
  queued: number;
  ignored: number;
  /** Lifecycle events taken: the subscription is due for renewal (or recreation) and a catch-up. */
  lifecycle: number;
}

/**
 * Takes Graph's change notifications: each must name a subscription we hold in its tenant with the
 * clientState we gave it; then the item is queued for the worker. Nothing else happens here, so
 * Graph gets its 202 at once. Rejected ones are logged by ids and reason, never by content.
 */
export async function acceptNotifications(
  deps: Pick<TagDeps, 'store' | 'clock' | 'logger'>,
  notifications: readonly ChangeNotification[],
  tenantAllowed: (tenantId: string) => boolean,
): Promise<NotificationResult> {
  const result: NotificationResult = { queued: 0, ignored: 0, lifecycle: 0 };
  for (const notification of notifications) {
    const reason = await enqueue(deps, notification, tenantAllowed);
    if (reason === 'lifecycle') result.lifecycle += 1;
    else if (reason === null) result.queued += 1;
    else {
      result.ignored += 1;
      deps.logger.warn(
        { subscriptionId: notification.subscriptionId.slice(0, 64), reason },
        'graph notification ignored',
      );
    }
  }
  return result;
}

/** Null when queued, 'lifecycle' for a lifecycle event taken; otherwise why it was ignored. */
async function enqueue(
  deps: Pick<TagDeps, 'store' | 'clock'>,
  notification: ChangeNotification,
  tenantAllowed: (tenantId: string) => boolean,
): Promise<string | null> {
  const tenantId = notification.tenantId;
  if (!tenantId || !tenantAllowed(tenantId)) return 'unknown tenant';
  const subscription = await deps.store.getGraphSubscription(tenantId, notification.subscriptionId);
  if (!subscription) return 'unknown subscription';
  if (!(await sameSecret(notification.clientState ?? '', subscription.clientState))) return 'clientState mismatch';
  if (notification.lifecycleEvent) {
    // missed, subscriptionRemoved, reauthorizationRequired: mark the subscription due, so the next
    // renewal pass renews it (or recreates it when Graph says it is gone), and a catch-up follows.
    await deps.store.saveGraphSubscription(tenantId, { ...subscription, expiresAt: deps.clock.now() });
    return 'lifecycle';
  }
  const graphId = notification.resourceData?.id;
  if (!graphId) return 'no item id';
  await deps.store.enqueueTagJob(
    tenantId,
    { ownerId: subscription.ownerId, kind: subscription.resource === 'messages' ? 'email' : 'meeting', graphId },
    deps.clock.now(),
  );
  return null;
}

import type { AlertStore, AlertVacancy, ClaimedAlert, TeamsStore } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { ChannelPostError, type ChannelPoster } from '../ports/channel-poster.js';
import { isExhausted, retryDelayMs, spacingMs, type RetryPolicy } from '../domain/alert-retry.js';

export interface AlertDeliveryOptions {
  /** The tenants this instance serves; each has its own queue and pacing. */
  tenants: readonly string[];
  pollMs: number;
  batchSize: number;
  leaseMs: number;
  perConversationPerSecond: number;
  perAppPerSecond: number;
  /** How far ahead slots may be reserved in one claim. */
  maxAheadMs: number;
  retry: RetryPolicy;
}

export interface AlertDeliveryDeps {
  store: AlertStore & Pick<TeamsStore, 'getConversationRef'>;
  clock: Clock;
  poster: ChannelPoster;
  /** The card for the alert as it stands now (status, claimer). */
  render(tenantId: string, alert: AlertVacancy): Promise<object>;
  logger: {
    info(obj: object, msg: string): void;
    warn(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
  };
  random?: () => number;
}

export interface AlertDelivery {
  /** One claim-and-send round over every tenant; resolves with how many rows it handled. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The delivery worker, run by every service instance. Each round leases due outbox rows with their
 * send slots (see claimDueAlerts), waits for each slot, sends, and records the outcome.
 *
 * Exactly once, and where it is not: a row is marked sent in the same statement that checks our
 * lease, right after Teams answered. Teams has no idempotency key, so if this process dies after
 * Teams accepted a post but before that commit, the lease runs out and another instance posts it
 * again. That window is one HTTP response plus one UPDATE; the lease (far longer than a send) makes
 * sure a slow but live sender is never overtaken.
 */
export function startAlertDelivery(
  deps: AlertDeliveryDeps,
  options: AlertDeliveryOptions,
  autoStart = true,
): AlertDelivery {
  const conversationSpacingMs = spacingMs(options.perConversationPerSecond);
  const appSpacingMs = spacingMs(options.perAppPerSecond);
  const random = deps.random ?? Math.random;
  let running = autoStart;
  let wake: (() => void) | null = null;
  let loop: Promise<void> = Promise.resolve();

  async function runOnce(): Promise<number> {
    let handled = 0;
    for (const tenantId of options.tenants) {
      const claimed = await deps.store.claimDueAlerts(tenantId, {
        now: deps.clock.now(),
        limit: options.batchSize,
        leaseMs: options.leaseMs,
        conversationSpacingMs,
        appSpacingMs,
        maxAheadMs: options.maxAheadMs,
      });
      await Promise.all(claimed.map((row) => deliver(tenantId, row)));
      handled += claimed.length;
    }
    return handled;
  }

  async function deliver(tenantId: string, row: ClaimedAlert): Promise<void> {
    await sleep(row.slotAt.getTime() - deps.clock.now().getTime());
    const { store } = deps;
    try {
      // A 429 seen by any instance after this slot was reserved still holds the conversation back.
      const pausedUntil = await store.conversationPausedUntil(tenantId, row.conversationId);
      if (pausedUntil && pausedUntil > deps.clock.now()) {
        await store.deferAlert(tenantId, row.lease, pausedUntil);
        return;
      }
      const [ref, alert] = await Promise.all([
        store.getConversationRef(tenantId, row.conversationId),
        store.getAlertVacancy(tenantId, row.vacancyId),
      ]);
      if (!ref) throw new ChannelPostError('permanent', 'NO_CONVERSATION');
      if (!alert) throw new ChannelPostError('permanent', 'NO_VACANCY');
      const card = await deps.render(tenantId, alert);
      if (row.kind === 'post') {
        const posted = await deps.poster.post(ref, card);
        if (
          !(await store.completeAlert(
            tenantId,
            row.lease,
            { activityId: posted.activityId, postedConversationId: posted.conversationId },
            deps.clock.now(),
          ))
        ) {
          deps.logger.warn({ alertId: row.id }, 'alert lease lost before it was marked sent');
        }
        return;
      }
      const post = await store.getAlertPost(tenantId, row.vacancyId, row.conversationId);
      if (!post || post.status === 'dead') throw new ChannelPostError('permanent', 'POST_NOT_DELIVERED');
      if (post.status !== 'sent' || !post.activityId || !post.postedConversationId) {
        // The post is still on its way; it will show the current state, and this update follows it.
        await store.deferAlert(tenantId, row.lease, new Date(deps.clock.now().getTime() + options.retry.baseMs));
        return;
      }
      await deps.poster.update(ref, { conversationId: post.postedConversationId, activityId: post.activityId }, card);
      await store.completeAlert(
        tenantId,
        row.lease,
        { activityId: post.activityId, postedConversationId: post.postedConversationId },
        deps.clock.now(),
      );
    } catch (error) {
      await recordFailure(tenantId, row, error);
    }
  }

  async function recordFailure(tenantId: string, row: ClaimedAlert, error: unknown): Promise<void> {
    const failure = error instanceof ChannelPostError ? error : new ChannelPostError('transient', 'INTERNAL');
    if (!(error instanceof ChannelPostError))
      deps.logger.error({ alertId: row.id, type: (error as Error)?.name }, 'alert delivery failed unexpectedly');
    const now = deps.clock.now();
    // Throttling is Teams pacing us, not the row failing: it waits, but does not use up an attempt.
    const countsAsAttempt = failure.kind !== 'throttled';
    const failed = row.attempts + (countsAsAttempt ? 1 : 0);
    const dead = failure.kind === 'permanent' || (countsAsAttempt && isExhausted(options.retry, failed));
    const delay = retryDelayMs(options.retry, Math.max(1, failed), failure.retryAfterMs, random);
    await deps.store.failAlert(
      tenantId,
      row.lease,
      {
        error: failure.code,
        retryAt: dead ? null : new Date(now.getTime() + delay),
        countsAsAttempt,
        pauseConversationUntil: failure.retryAfterMs ? new Date(now.getTime() + failure.retryAfterMs) : null,
      },
      now,
    );
    const log = { alertId: row.id, kind: row.kind, code: failure.code, attempts: failed };
    if (dead) deps.logger.warn(log, 'alert dead-lettered');
    else deps.logger.info(log, 'alert send failed; will retry');
  }

  async function run(): Promise<void> {
    while (running) {
      let handled = 0;
      try {
        handled = await runOnce();
      } catch (error) {
        deps.logger.error({ type: (error as Error)?.name }, 'alert delivery round failed');
      }
      if (running && handled === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  }

  if (autoStart) loop = run();
  return {
    runOnce,
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

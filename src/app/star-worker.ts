/**
 * The background side of STAR's inbox: leases queued messages and applies each. A failure that
 * may pass (STAR answers 503 or 429, the register is down) sends the message back with backoff
 * and jitter, never sooner than STAR's Retry-After; a refusal that will not pass, or attempts run
 * out, dead-letters it, logged with ids and codes only. An unexpected error (a bug, a write the
 * database refused) is an attempt too, retried as INTERNAL and dead-lettered when they run out, so
 * it is stored where the admin page shows it rather than retried forever; only when even that write
 * fails does the lease run out and the message is taken again. Any number of instances can run.
 */
import type { Logger } from '../ports/logger.js';
import type { StarInboxStore, StarMessageJob } from '../ports/store.js';
import { JobordreSourceError } from '../ports/jobordre-source.js';
import { DomainError } from '../domain/errors.js';
import { isExhausted, retryDelayMs, type RetryPolicy } from '../domain/alert-retry.js';
import { applyJobordre, type ApplyJobordreDeps, type ApplyJobordreStore } from './apply-jobordre.js';
import { startIntervalJob } from './interval-job.js';

export interface StarWorkerDeps extends ApplyJobordreDeps {
  store: ApplyJobordreStore & StarInboxStore;
  logger: Logger;
  retry: RetryPolicy;
  leaseMs: number;
  /** For the jitter; tests pass a fixed one. */
  random?: () => number;
}

const BATCH = 20;

/**
 * A failure worth another attempt, and the floor STAR set for it; null for a refusal that will not
 * pass. Anything unexpected is INTERNAL: tried again until the attempts run out, then dead.
 */
function transientFailure(error: unknown): { code: string; retryAfterMs: number | null } | null {
  if (error instanceof JobordreSourceError) {
    if (error.code !== 'UNAVAILABLE' && error.code !== 'THROTTLED') return null;
    return { code: error.code, retryAfterMs: error.retryAfterMs ?? null };
  }
  if (error instanceof DomainError && error.code === 'REGISTER_UNAVAILABLE')
    return { code: error.code, retryAfterMs: null };
  return { code: 'INTERNAL', retryAfterMs: null };
}

async function processMessage(deps: StarWorkerDeps, tenantId: string, job: StarMessageJob): Promise<void> {
  const ids = { tenantId, messageId: job.id, jobordreId: job.jobordreId };
  try {
    const outcome = await applyJobordre(deps, tenantId, job);
    await deps.store.finishStarMessage(tenantId, job.id, outcome, deps.clock.now());
    deps.logger.info({ ...ids, status: outcome.status, outcome: outcome.outcome }, 'star message applied');
    return;
  } catch (error) {
    const transient = transientFailure(error);
    const failed = job.attempts + 1;
    if (transient && !isExhausted(deps.retry, failed)) {
      const delayMs = retryDelayMs(deps.retry, failed, transient.retryAfterMs, deps.random);
      const retryAt = new Date(deps.clock.now().getTime() + delayMs);
      await deps.store.retryStarMessage(tenantId, job.id, { errorCode: transient.code, retryAt });
      const type = transient.code === 'INTERNAL' && error instanceof Error ? error.name : undefined;
      deps.logger.warn({ ...ids, errorCode: transient.code, type, attempts: failed, delayMs }, 'star message retried');
      return;
    }
    const errorCode = transient?.code ?? (error as JobordreSourceError).code;
    await deps.store.finishStarMessage(tenantId, job.id, { status: 'dead', errorCode }, deps.clock.now());
    deps.logger.error({ ...ids, errorCode, attempts: failed }, 'star message dead-lettered');
  }
}

/** Takes due messages of the tenant until none is left; returns how many were taken. */
export async function runStarMessages(deps: StarWorkerDeps, tenantId: string): Promise<number> {
  let taken = 0;
  for (;;) {
    const now = deps.clock.now();
    const jobs = await deps.store.claimStarMessages(tenantId, now, new Date(now.getTime() + deps.leaseMs), BATCH);
    for (const job of jobs) {
      try {
        await processMessage(deps, tenantId, job);
      } catch (error) {
        // The lease runs out and a later run takes it again.
        deps.logger.error({ tenantId, messageId: job.id, error: (error as Error).name }, 'star message crashed');
      }
    }
    taken += jobs.length;
    // A message sent back to the queue waits for its time instead of looping here.
    if (jobs.length < BATCH) return taken;
  }
}

export interface StarWorker {
  /** Run the queue now (a message was accepted). */
  kick(): void;
  /** One drain of the queue, joining one in progress; for start-up and tests. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

/** Drains the inbox when kicked and on a timer; a kick during a drain runs one more after it. */
export function startStarWorker(deps: StarWorkerDeps, tenantId: string, intervalMs: number): StarWorker {
  let again = false;
  let stopped = false;
  let wake: NodeJS.Timeout | null = null;
  // A retry that falls due before the next tick is taken at its time, not up to an interval later.
  const wakeAtNextDue = async () => {
    const due = await deps.store.nextStarMessageDue(tenantId);
    if (wake) clearTimeout(wake);
    wake = null;
    if (!due || stopped) return;
    const delayMs = Math.max(0, due.getTime() - deps.clock.now().getTime());
    if (delayMs >= intervalMs) return;
    wake = setTimeout(kick, delayMs);
    wake.unref();
  };
  const job = startIntervalJob({
    name: 'star-inbox',
    clock: deps.clock,
    logger: deps.logger,
    intervalMs,
    firstRunMs: intervalMs,
    run: async () => {
      do {
        again = false;
        await runStarMessages(deps, tenantId);
      } while (again && !stopped);
      await wakeAtNextDue();
    },
  });
  const runOnce = () => job.runOnce();
  function kick() {
    if (stopped) return;
    again = true;
    runOnce().catch((error: unknown) =>
      deps.logger.error({ tenantId, type: error instanceof Error ? error.name : typeof error }, 'star worker failed'),
    );
  }
  return {
    kick,
    runOnce,
    async stop() {
      stopped = true;
      if (wake) clearTimeout(wake);
      await job.stop();
    },
  };
}

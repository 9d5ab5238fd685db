import type { TagDeps } from './tag-deps.js';
import { processTagJob } from './process-tag-job.js';
import { catchUp, renewSubscriptions } from './mailbox-sync.js';

const BATCH = 20;
const LEASE_MS = 5 * 60_000;

/** Takes queued jobs of a tenant and processes them until the queue is empty; returns how many were done. */
export async function runTagJobs(deps: TagDeps, tenantId: string): Promise<number> {
  let done = 0;
  for (;;) {
    const now = deps.clock.now();
    const jobs = await deps.store.claimTagJobs(tenantId, now, new Date(now.getTime() + LEASE_MS), BATCH);
    if (jobs.length === 0) return done;
    for (const job of jobs) {
      try {
        const result = await processTagJob(deps, tenantId, job);
        if (result.status === 'forget') await deps.store.deleteTagJob(tenantId, job.id);
        else await deps.store.finishTagJob(tenantId, job.id, result, deps.clock.now());
        if (result.status !== 'forget')
          deps.logger.info({ tenantId, jobId: job.id, status: result.status }, 'tag job processed');
      } catch (error) {
        // The lease runs out and another run takes it again.
        deps.logger.error({ tenantId, jobId: job.id, error: (error as Error).name }, 'tag job crashed');
      }
      done += 1;
    }
    // A job sent back to the queue (throttled) waits for the next tick instead of looping here.
    if (jobs.length < BATCH) return done;
  }
}

export interface TagWorkerTimers {
  workerIntervalMs: number;
  renewIntervalMs: number;
  deltaIntervalMs: number;
}

export interface TagWorker {
  /** Run the queue now (a notification arrived). */
  kick(): void;
  /** One full round: renewals, catch-up, the queue. For start-up, lifecycle notifications and tests. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The background side of the category flow in each service instance: processes queued jobs (at
 * once when kicked, and on a timer), renews subscriptions and runs the delta catch-up on their
 * intervals. One pass at a time per kind; any number of instances can run (jobs are leased).
 */
export function startTagWorker(deps: TagDeps, tenantIds: readonly string[], timers: TagWorkerTimers): TagWorker {
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  const once = (name: string, work: (tenantId: string) => Promise<unknown>): Promise<void> => {
    const current = running.get(name);
    if (current || stopped) return current ?? Promise.resolve();
    const pass = (async () => {
      for (const tenantId of tenantIds) {
        try {
          await work(tenantId);
        } catch (error) {
          deps.logger.error({ tenantId, pass: name, error: (error as Error).name }, 'tag worker pass failed');
        }
      }
    })().finally(() => running.delete(name));
    running.set(name, pass);
    return pass;
  };
  // A kick while the queue is being drained runs one more drain after it: nothing queued meanwhile waits for the timer.
  let again = false;
  const drain = (): Promise<void> => {
    const current = running.get('jobs');
    if (current) {
      again = true;
      return current;
    }
    return once('jobs', (tenantId) => runTagJobs(deps, tenantId)).then(() => {
      if (!again || stopped) return;
      again = false;
      return drain();
    });
  };
  const kick = () => void drain();
  const renew = () => once('renew', (tenantId) => renewSubscriptions(deps, tenantId));
  const delta = () => once('delta', async (tenantId) => (await catchUp(deps, tenantId)) > 0 && kick());
  const timersList = [
    setInterval(kick, timers.workerIntervalMs),
    setInterval(() => void renew(), timers.renewIntervalMs),
    setInterval(() => void delta(), timers.deltaIntervalMs),
  ];
  for (const timer of timersList) timer.unref();
  return {
    kick,
    async runOnce() {
      await renew();
      await delta();
      await drain();
    },
    async stop() {
      stopped = true;
      for (const timer of timersList) clearInterval(timer);
      await Promise.allSettled([...running.values()]);
    },
  };
}

import type { Logger } from 'pino';
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { runPrivacyMaintenanceForAll, type MaintenanceReport } from './privacy-maintenance.js';

export interface PrivacyScheduler {
  /** One pass over every tenant at `now` (tests pass a test clock's time). */
  runOnce(now?: Date): Promise<MaintenanceReport[]>;
  stop(): void;
}

/**
 * Runs decay and retention every `intervalMs` (and once shortly after start). A pass never overlaps
 * the previous one; the timer does not keep the process alive. Logs counts, never content.
 */
export function startPrivacyScheduler(deps: { store: Store; clock: Clock; logger: Logger; intervalMs: number; firstRunMs?: number }): PrivacyScheduler {
  let running: Promise<MaintenanceReport[]> | null = null;
  const runOnce = async (now = deps.clock.now()) => {
    if (running) return running;
    running = runPrivacyMaintenanceForAll(deps.store, now, (tenantId, error) =>
      deps.logger.error({ tenantId, type: error instanceof Error ? error.name : typeof error }, 'privacy maintenance failed for a tenant'),
    );
    try {
      const reports = await running;
      for (const { tenantId, ...counts } of reports) deps.logger.info({ tenantId, ...counts }, 'privacy maintenance');
      return reports;
    } finally {
      running = null;
    }
  };
  const tick = () => void runOnce().catch((error: unknown) => deps.logger.error({ type: error instanceof Error ? error.name : typeof error }, 'privacy maintenance failed'));
  const first = setTimeout(tick, deps.firstRunMs ?? 30_000);
  const timer = setInterval(tick, deps.intervalMs);
  first.unref();
  timer.unref();
  return {
    runOnce,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

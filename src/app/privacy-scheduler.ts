import type { Logger } from '../ports/logger.js';
import type { Clock } from '../ports/clock.js';
import { runPrivacyMaintenanceForAll, type MaintenanceReport, type MaintenanceStore } from './privacy-maintenance.js';
import { startIntervalJob, type IntervalJob } from './interval-job.js';

export type PrivacyScheduler = IntervalJob<MaintenanceReport[]>;

/** Decay and retention for every tenant, every `intervalMs`. Logs counts, never content. */
export function startPrivacyScheduler(deps: {
  store: MaintenanceStore;
  clock: Clock;
  logger: Logger;
  intervalMs: number;
  firstRunMs?: number;
}): PrivacyScheduler {
  return startIntervalJob({
    name: 'privacy',
    clock: deps.clock,
    logger: deps.logger,
    intervalMs: deps.intervalMs,
    ...(deps.firstRunMs !== undefined && { firstRunMs: deps.firstRunMs }),
    async run(now) {
      const reports = await runPrivacyMaintenanceForAll(deps.store, now, (tenantId, error) =>
        deps.logger.error(
          { tenantId, type: error instanceof Error ? error.name : typeof error },
          'privacy maintenance failed for a tenant',
        ),
      );
      for (const { tenantId, ...counts } of reports) deps.logger.info({ tenantId, ...counts }, 'privacy maintenance');
      return reports;
    },
  });
}

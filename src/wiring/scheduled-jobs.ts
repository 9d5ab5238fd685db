import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Store } from '../ports/store.js';
import { systemClock } from '../ports/clock.js';
import { startPrivacyScheduler } from '../app/privacy-scheduler.js';
import { startIntervalJob } from '../app/interval-job.js';
import { closeVacanciesPastDeadlineForAll } from '../app/vacancy-deadlines.js';
import { startRegisterSyncJob } from '../app/register-sync-job.js';
import { servedTenants } from '../config.js';
import type { RegisterWiring } from './register.js';

/** The periodic sweeps every instance runs (an interval of 0 turns one off); `stop` waits for a running pass. */
export function startScheduledJobs(
  config: Config,
  store: Store,
  logger: Logger,
  register: RegisterWiring | null = null,
): { stop(): Promise<void> } {
  // Decay and retention (privacy settings per tenant); set-based and idempotent, so instances may overlap.
  const privacyJob =
    config.privacyJobIntervalMs > 0
      ? startPrivacyScheduler({
          store,
          clock: systemClock,
          logger: logger.child({ part: 'privacy' }),
          intervalMs: config.privacyJobIntervalMs,
        })
      : null;
  const deadlines =
    config.vacancyDeadlineIntervalMs > 0
      ? startVacancyDeadlineSweep(store, logger, config.vacancyDeadlineIntervalMs)
      : null;
  // The CVR register's daily sync; it also finishes an initial import that stopped half-way.
  const registerSync =
    register && config.register && config.register.syncIntervalMs > 0
      ? startRegisterSyncJob({
          deps: { store, source: register.source, clock: systemClock },
          clock: systemClock,
          logger: logger.child({ part: 'register-sync' }),
          tenants: servedTenants(config),
          municipalityCode: register.municipalityCode,
          intervalMs: config.register.syncIntervalMs,
          retryBaseMs: config.register.retryBaseMs,
          // Demo mode has just imported; production starts (or resumes) soon after start.
          ...(config.demo && { firstRunMs: config.register.syncIntervalMs }),
        })
      : null;
  return {
    async stop() {
      await Promise.all([privacyJob?.stop(), deadlines?.stop(), registerSync?.stop()]);
    },
  };
}

/** Closes vacancies whose deadline has passed; per-row locks make overlapping instances harmless. */
function startVacancyDeadlineSweep(store: Store, logger: Logger, intervalMs: number) {
  const log = logger.child({ part: 'vacancy-deadlines' });
  return startIntervalJob({
    name: 'vacancy-deadlines',
    clock: systemClock,
    logger: log,
    intervalMs,
    async run(now) {
      const results = await closeVacanciesPastDeadlineForAll(store, now, (tenantId, error) =>
        log.error(
          { tenantId, type: error instanceof Error ? error.name : typeof error },
          'deadline sweep failed for a tenant',
        ),
      );
      for (const { tenantId, closed } of results)
        if (closed > 0) log.info({ tenantId, closed }, 'vacancies past their deadline closed');
      return results;
    },
  });
}

/**
 * The daily CVR sync for every tenant this instance serves. A failed run is recorded (the admin page
 * shows it) and tried again with exponential backoff, capped at the sync interval; the last good
 * state stays, because each batch is applied whole or not at all.
 */
import type { Logger } from '../ports/logger.js';
import type { Clock } from '../ports/clock.js';
import { RegisterUnavailableError } from '../ports/cvr-source.js';
import { retryDelayMs } from '../domain/alert-retry.js';
import { startIntervalJob } from './interval-job.js';
import {
  recordRegisterFailure,
  syncRegister,
  type RegisterImportDeps,
  type RegisterSummary,
} from './register-import.js';

export interface RegisterSyncJobOptions {
  deps: RegisterImportDeps;
  logger: Logger;
  tenants: readonly string[];
  municipalityCode: string;
  intervalMs: number;
  retryBaseMs: number;
  /** The first run after start (the demo runs its import itself, first). */
  firstRunMs?: number;
}

export type RegisterSyncResult =
  { tenantId: string; summary: RegisterSummary } | { tenantId: string; errorCode: string };

export function errorCodeOf(error: unknown): string {
  if (error instanceof RegisterUnavailableError) return 'REGISTER_UNAVAILABLE';
  return 'REGISTER_SYNC_FAILED';
}

export function startRegisterSyncJob(options: RegisterSyncJobOptions & { clock: Clock }) {
  const { deps, logger, tenants } = options;
  const retries = new Map<string, NodeJS.Timeout>();
  const inFlight = new Map<string, Promise<RegisterSyncResult>>();

  /** One run per tenant at a time, whether the interval or a retry started it. */
  function syncTenant(tenantId: string): Promise<RegisterSyncResult> {
    clearTimeout(retries.get(tenantId));
    retries.delete(tenantId);
    const running = inFlight.get(tenantId) ?? attempt(tenantId).finally(() => inFlight.delete(tenantId));
    inFlight.set(tenantId, running);
    return running;
  }

  async function attempt(tenantId: string): Promise<RegisterSyncResult> {
    try {
      const summary = await syncRegister(deps, { tenantId, municipalityCode: options.municipalityCode });
      const { created, updated, unchanged } = summary;
      logger.info({ tenantId, created, updated, unchanged, rejected: summary.rejected.length }, 'CVR sync done');
      return { tenantId, summary };
    } catch (error) {
      const errorCode = errorCodeOf(error);
      const state = await recordRegisterFailure(deps, tenantId, errorCode);
      const delayMs = retryDelayMs(
        { baseMs: options.retryBaseMs, maxMs: options.intervalMs, maxAttempts: Infinity },
        state.failures,
        null,
      );
      // The status code and type only: a register error body may echo the query.
      logger.error(
        {
          tenantId,
          errorCode,
          status: error instanceof RegisterUnavailableError ? error.status : null,
          failures: state.failures,
          retryInMs: delayMs,
        },
        'CVR sync failed; the last good state is kept',
      );
      // A retry that cannot even record its failure (the store is down) is logged, not dropped.
      const retry = setTimeout(
        () =>
          void syncTenant(tenantId).catch((failure: unknown) =>
            logger.error(
              { tenantId, type: failure instanceof Error ? failure.name : typeof failure },
              'CVR sync retry failed',
            ),
          ),
        delayMs,
      );
      retry.unref();
      retries.set(tenantId, retry);
      return { tenantId, errorCode };
    }
  }

  const job = startIntervalJob({
    name: 'register-sync',
    clock: options.clock,
    logger,
    intervalMs: options.intervalMs,
    ...(options.firstRunMs !== undefined && { firstRunMs: options.firstRunMs }),
    run: async () => {
      const results: RegisterSyncResult[] = [];
      for (const tenantId of tenants) results.push(await syncTenant(tenantId));
      return results;
    },
  });
  return {
    runOnce: job.runOnce,
    async stop() {
      for (const retry of retries.values()) clearTimeout(retry);
      retries.clear();
      await job.stop();
    },
  };
}

import { pino } from 'pino';
import { loadConfig } from '../../../src/config.js';
import { startAlerts } from '../../../src/wiring/alerts.js';
import { createBotAdapter } from '../../../bot/bot-adapter.js';
import { systemClock } from '../../../src/ports/clock.js';
import type { Store } from '../../../src/ports/store.js';
import type { AlertDelivery } from '../../../src/app/alert-delivery.js';

/**
 * A delivery worker wired exactly as `src/main.ts` wires it through `src/wiring/alerts.ts` (config from
 * the environment, the process's Bot Framework adapter with its turn-error handler, the same poster and
 * retry rules), delivering for one test tenant. `env` sets the ALERT_* variables a test needs.
 */
export function startAlertWorker(
  store: Store,
  tenantId: string,
  env: Record<string, string> = {},
  autoStart = true,
): AlertDelivery {
  const config = loadConfig({
    DEMO_SEED: 'false',
    ALERT_POLL_MS: '20',
    ALERT_LEASE_MS: '30000',
    ALERT_SEND_TIMEOUT_MS: '5000',
    TEAMS_APP_ID: 'b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c',
    PUBLIC_URL: 'https://kontaktspor.example.dk',
    ...env,
  });
  const logger = pino({ level: 'silent' });
  const worker = startAlerts({
    config,
    store,
    clock: systemClock,
    logger,
    adapter: createBotAdapter(config.bot, logger),
    tenants: [tenantId],
    autoStart,
  });
  if (!worker) throw new Error('alerts are switched off in this configuration');
  return worker;
}

import type { Logger } from 'pino';
import type { KontaktsporAdapter } from '../../bot/bot-adapter.js';
import { servedTenants, type Config } from '../config.js';
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { alertCardRenderer } from '../../bot/alert-card-renderer.js';
import { botChannelPoster } from '../../bot/proactive/channel-poster.js';
import { startAlertDelivery, type AlertDelivery } from '../app/alert-delivery.js';

/**
 * The vacancy alert delivery worker as the service runs it: every instance runs one, they share the
 * outbox and the pacing, and it sends through the process's one Bot Framework adapter. Tests start
 * it through here too, so they exercise the adapter, poster and retry settings production uses.
 */
export function startAlerts(options: {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  adapter: KontaktsporAdapter;
  /** The tenants to deliver for; the served tenants unless a test names its own. */
  tenants?: readonly string[];
  /** False: no polling loop; the caller runs rounds itself (tests). */
  autoStart?: boolean;
}): AlertDelivery | null {
  const { config, store, clock, adapter } = options;
  const alerts = config.alerts;
  if (!alerts) return null;
  return startAlertDelivery(
    {
      store,
      clock,
      poster: botChannelPoster({ adapter, botAppId: config.bot?.appId ?? '', timeoutMs: alerts.sendTimeoutMs }),
      render: alertCardRenderer({
        store,
        teamsAppId: config.teamsAppId,
        publicUrl: config.publicUrl,
        jobnetJobordreUrl: config.jobnetJobordreUrl,
      }),
      logger: options.logger.child({ part: 'alerts' }),
    },
    {
      tenants: options.tenants ?? servedTenants(config),
      pollMs: alerts.pollMs,
      batchSize: 50,
      leaseMs: alerts.leaseMs,
      perConversationPerSecond: alerts.perConversationPerSecond,
      perAppPerSecond: alerts.perAppPerSecond,
      maxAheadMs: 1_000,
      retry: { baseMs: alerts.retryBaseMs, maxMs: alerts.retryMaxMs, maxAttempts: alerts.maxAttempts },
    },
    options.autoStart ?? true,
  );
}

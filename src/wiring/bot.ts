import type { Logger } from 'pino';
import { servedTenants, type Config } from '../config.js';
import type { Store } from '../ports/store.js';
import { systemClock } from '../ports/clock.js';
import type { TagDeps } from '../app/tag-deps.js';
import { DEMO_USER_EMAIL } from '../demo/seed-data.js';
import { createBotEndpoint } from '../../bot/bot-endpoint.js';
import { demoBotIdentity, teamsIdentity } from '../../bot/bot-identity.js';
import { createBotAdapter, type KontaktsporAdapter } from '../../bot/bot-adapter.js';

/**
 * One Bot Framework adapter (and token cache) for the bot endpoint and every proactive sender; none in
 * production without a bot configured.
 */
export function wireBotAdapter(config: Config, logger: Logger): KontaktsporAdapter | null {
  return config.mode === 'production' && !config.bot ? null : createBotAdapter(config.bot, logger);
}

/** The Teams bot: Bot Framework auth from config in production, none in demo mode (loopback only). */
export function botOptions(
  config: Config,
  store: Store,
  logger: Logger,
  adapter: KontaktsporAdapter | null,
  tagging?: TagDeps,
) {
  if (!adapter) {
    logger.warn('BOT_APP_ID is not set: the Teams bot is off');
    return {};
  }
  const tenants = new Set(servedTenants(config));
  const botEndpoint = createBotEndpoint(
    config.bot,
    {
      store,
      clock: systemClock,
      logger: logger.child({ part: 'bot' }),
      identify: config.demo
        ? demoBotIdentity({ store, tenantId: config.demo.tenantId, defaultEmail: DEMO_USER_EMAIL })
        : teamsIdentity(store, logger.child({ part: 'bot' })),
      tenantAllowed: (tenantId) => tenants.has(tenantId),
      teamsAppId: config.teamsAppId,
      publicUrl: config.publicUrl,
      jobnetJobordreUrl: config.jobnetJobordreUrl,
      tagging,
    },
    adapter,
  );
  return { botEndpoint };
}

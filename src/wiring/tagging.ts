import type { Logger } from 'pino';
import { servedTenants, type Config } from '../config.js';
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { MailSource } from '../ports/mail-source.js';
import type { MailboxWatchSource } from '../ports/mailbox-watch-source.js';
import type { TagDeps, TagSettings } from '../app/tag-deps.js';
import { startTagWorker, type TagWorker } from '../app/tag-worker.js';
import { createBotAdapter, type KontaktsporAdapter } from '../../bot/bot-adapter.js';
import { botPersonalTagNotifier } from '../../bot/proactive/personal-tag-notifier.js';
import { configureDemoSharedMailbox } from '../demo/demo-shared-mailbox.js';

export const NOTIFICATION_PATH = '/api/graph/notifications';

/** The "Kontaktspor" category flow, wired by the composition root; `start` once the URL is known. */
export interface TaggingWiring {
  deps: TagDeps;
  tenantAllowed(tenantId: string): boolean;
  kick(): void;
  refresh(): void;
  /** Starts the worker; the notification URL defaults to the service's own address. */
  start(serviceUrl: string): TagWorker;
  stop(): Promise<void>;
}

export function wireTagging(options: {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  mailSource: MailSource;
  watchSource: MailboxWatchSource | undefined;
  /** The process's one Bot Framework adapter, shared with the bot endpoint and the alert sender. */
  botAdapter?: KontaktsporAdapter | null;
}): TaggingWiring | undefined {
  const { config, store, logger } = options;
  const watch = config.mailboxWatch;
  if (!watch.enabled || !options.watchSource) return undefined;
  const settings: TagSettings = {
    category: watch.category,
    loggedCategory: watch.loggedCategory,
    notificationUrl: watch.notificationUrl ?? `${config.publicUrl}${NOTIFICATION_PATH}`,
    subscriptionMinutes: watch.subscriptionMinutes,
    renewBeforeMinutes: watch.renewBeforeMinutes,
  };
  const tenants = servedTenants(config);
  const notifier =
    config.mode === 'production' && !config.bot
      ? undefined
      : botPersonalTagNotifier({
          adapter: options.botAdapter ?? createBotAdapter(config.bot, logger),
          botAppId: config.bot?.appId ?? '',
          store,
        });
  const deps: TagDeps = {
    store,
    clock: options.clock,
    mailSource: options.mailSource,
    watchSource: options.watchSource,
    notifier,
    logger: logger.child({ part: 'tagging' }),
    ownDomains: config.ownDomains,
    settings,
  };
  let worker: TagWorker | undefined;
  return {
    deps,
    tenantAllowed: (tenantId) => tenants.includes(tenantId),
    kick: () => worker?.kick(),
    refresh: () => void worker?.runOnce(),
    start(serviceUrl) {
      // Demo: Graph (the emulator) calls back on the address the service actually listens on.
      if (!watch.notificationUrl && config.mode === 'demo')
        settings.notificationUrl = `${serviceUrl}${NOTIFICATION_PATH}`;
      worker = startTagWorker(deps, tenants, watch);
      // Demo: the seeded tenant watches its shared mailbox too, as if its admin had added it.
      if (config.demo?.seed)
        void configureDemoSharedMailbox(store, config.demo.tenantId).then(
          async (configured) => {
            if (configured) await worker?.runOnce();
          },
          (error: unknown) => deps.logger.warn({ error: (error as Error).name }, 'demo shared mailbox not configured'),
        );
      return worker;
    },
    stop: async () => worker?.stop(),
  };
}

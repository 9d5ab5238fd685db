import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { loadConfig, servedTenants, type Config } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './adapters/store/open-database.js';
import { KyselyStore } from './adapters/store/kysely-store.js';
import { createApp } from './http/create-app.js';
import { createHttpServer } from './http/http-server.js';
import { systemClock, type Clock } from './ports/clock.js';
import { buildSeedData, DEMO_USER_EMAIL } from './demo/seed-data.js';
import { loadSeed } from './demo/load-seed.js';
import { demoIdentity } from './demo/demo-identity.js';
import { entraIdentity, type IdentityWiring } from './adapters/auth/production-identity.js';
import type { Logger } from 'pino';
import { createBotEndpoint } from '../bot/bot-endpoint.js';
import { demoBotIdentity, teamsIdentity } from '../bot/bot-identity.js';
import type { Store } from './ports/store.js';
import { startPrivacyScheduler } from './app/privacy-scheduler.js';
import { startIntervalJob } from './app/interval-job.js';
import { closeVacanciesPastDeadlineForAll } from './app/vacancy-deadlines.js';
import { createBotAdapter, type KontaktsporAdapter } from '../bot/bot-adapter.js';
import { startAlerts } from './alerts-wiring.js';
import { wireTagging } from './tagging-wiring.js';
import type { TagWorker } from './app/tag-worker.js';
import type { TagDeps } from './app/tag-deps.js';

/** The project root, whether this runs from src/ (tsx) or dist/src/ (built). */
const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));

export interface RunningService {
  url: string;
  /** Demo mode: the local emulators, for tests that need to look into the mailbox or inject faults. */
  emulators?: IdentityWiring['emulators'];
  /** The "Kontaktspor" category worker, when mailboxes are watched (tests run its passes). */
  tagWorker?: TagWorker;
  stop(): Promise<void>;
}

/** Composition root: config -> store -> adapters -> app -> listen. */
export async function startService(config: Config): Promise<RunningService> {
  const logger = createLogger(config.logLevel);
  const version = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;
  const db = await openDatabase(config.database);
  const store = new KyselyStore(db);

  const identity = await wireIdentity(config, store, logger, systemClock);
  // One Bot Framework adapter (and token cache) for the bot endpoint and every proactive sender.
  const botAdapter = config.mode === 'production' && !config.bot ? null : createBotAdapter(config.bot, logger);
  const tagging = wireTagging({
    config,
    store,
    clock: systemClock,
    logger,
    mailSource: identity.mailSource,
    watchSource: identity.watchSource,
    botAdapter,
  });
  const publicDir = `${ROOT}dist/public`;
  const app = createApp({
    store,
    clock: systemClock,
    authenticator: identity.authenticator,
    mailSource: identity.mailSource,
    ...frontEndOptions(config, identity),
    ...botOptions(config, store, logger, botAdapter, tagging?.deps),
    ...(tagging && { tagging }),
    logger,
    ownDomains: config.ownDomains,
    version,
    ...(existsSync(publicDir) && { publicDir }),
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = createHttpServer(app).listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, mode: config.mode, store: config.database.kind }, 'Kontaktspor is listening');
  // Decay and retention (privacy settings per tenant); set-based and idempotent, so instances may overlap.
  const privacyJob =
    config.privacyJobIntervalMs > 0
      ? startPrivacyScheduler({ store, clock: systemClock, logger: logger.child({ part: 'privacy' }), intervalMs: config.privacyJobIntervalMs })
      : null;
  const deadlines =
    config.vacancyDeadlineIntervalMs > 0 ? startVacancyDeadlineSweep(store, logger, config.vacancyDeadlineIntervalMs) : null;
  const alerts = botAdapter ? startAlerts({ config, store, clock: systemClock, logger, adapter: botAdapter }) : null;
  const tagWorker = tagging?.start(url);

  return {
    url,
    ...(identity.emulators && { emulators: identity.emulators }),
    ...(tagWorker && { tagWorker }),
    async stop() {
      await Promise.all([privacyJob?.stop(), deadlines?.stop()]);
      await tagging?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2_000).unref();
      await alerts?.stop();
      await closed;
      await identity.close();
      await store.close();
    },
  };
}

/** Production: Entra ID and Microsoft Graph. Demo: seed data and the local emulators, same code path. */
async function wireIdentity(config: Config, store: Store, logger: Logger, clock: Clock): Promise<IdentityWiring> {
  if (config.entra) {
    const wiring = entraIdentity({ entra: config.entra, graphBaseUrl: config.graphBaseUrl, ownDomains: config.ownDomains, store, logger });
    return { ...wiring, close: async () => undefined };
  }
  const demo = config.demo!;
  // One "now" for the seed and the demo mailboxes: the seed's history ends before the inbox's mail.
  const now = clock.now();
  const seed = demo.seed ? buildSeedData({ now }) : undefined;
  if (seed && (await loadSeed(store, demo.tenantId, seed))) logger.info({ tenantId: demo.tenantId }, 'demo data seeded');
  return demoIdentity({ config, store, logger, seed, now, defaultEmail: DEMO_USER_EMAIL });
}

/** The Teams bot: Bot Framework auth from config in production, none in demo mode (loopback only). */
function botOptions(config: Config, store: Store, logger: Logger, adapter: KontaktsporAdapter | null, tagging?: TagDeps) {
  if (!adapter) {
    logger.warn('BOT_APP_ID is not set: the Teams bot is off');
    return {};
  }
  const tenants = new Set(servedTenants(config));
  const botEndpoint = createBotEndpoint(config.bot, {
    store,
    clock: systemClock,
    logger: logger.child({ part: 'bot' }),
    identify: config.demo
      ? demoBotIdentity({ store, tenantId: config.demo.tenantId, defaultEmail: DEMO_USER_EMAIL })
      : teamsIdentity(store, logger.child({ part: 'bot' })),
    tenantAllowed: (tenantId) => tenants.has(tenantId),
    teamsAppId: config.teamsAppId,
    publicUrl: config.publicUrl,
    tagging,
  }, adapter);
  return { botEndpoint };
}

/** What the add-in and tab pages load: office.js (CDN in production, stand-in in demo) and sign-in ids. */
function frontEndOptions(config: Config, identity: IdentityWiring) {
  const entra = config.entra;
  return {
    ...(identity.devRouter && { devRouter: identity.devRouter }),
    ...((config.officeJsUrl ?? identity.officeJsUrl) && { officeJsUrl: (config.officeJsUrl ?? identity.officeJsUrl)! }),
    clientAuth: entra
      ? { clientId: entra.clientId, apiScope: entra.apiScope, authority: `${entra.authorityHost}/${entra.tenantIds[0]}` }
      : null,
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
        log.error({ tenantId, type: error instanceof Error ? error.name : typeof error }, 'deadline sweep failed for a tenant'),
      );
      for (const { tenantId, closed } of results) if (closed > 0) log.info({ tenantId, closed }, 'vacancies past their deadline closed');
      return results;
    },
  });
}

/** Runs the service until SIGTERM or SIGINT. */
export async function main(): Promise<void> {
  const service = await startService(loadConfig());
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

export function exitOnStartFailure(error: unknown): never {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`Kontaktspor could not start: ${message}\n`);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch(exitOnStartFailure);
}

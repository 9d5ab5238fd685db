import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { systemClock } from './ports/clock.js';
import type { IdentityWiring } from './adapters/auth/production-identity.js';
import type { TagWorker } from './app/tag-worker.js';
import { projectFiles } from './wiring/project-files.js';
import { openStore } from './wiring/store.js';
import { wireIdentity } from './wiring/identity.js';
import { wireBotAdapter } from './wiring/bot.js';
import { wireTagging } from './wiring/tagging.js';
import { wireHttpApp } from './wiring/http-app.js';
import { listen, listenMutualTls } from './wiring/http-listener.js';
import { wireStar, type StarWiring } from './wiring/star.js';
import { startScheduledJobs } from './wiring/scheduled-jobs.js';
import { startAlerts } from './wiring/alerts.js';
import { wireRegister, type RegisterWiring } from './wiring/register.js';

export interface RunningService {
  url: string;
  /** Demo mode: the local emulators, for tests that need to look into the mailbox or inject faults. */
  emulators?: IdentityWiring['emulators'];
  /** The CVR register this instance reads (demo: with its emulator, for tests that change the register). */
  register?: RegisterWiring;
  /** Jobordrer from STAR (demo: with its emulator, for tests that publish jobordrer and inject faults). */
  star?: StarWiring;
  /** The "Kontaktspor" category worker, when mailboxes are watched (tests run its passes). */
  tagWorker?: TagWorker;
  stop(): Promise<void>;
}

/** Composition root: config -> store -> adapters -> app -> listen -> background work; the parts live in src/wiring/. */
export async function startService(config: Config): Promise<RunningService> {
  const logger = createLogger(config.logLevel);
  const { version, publicDir } = projectFiles();
  const clock = systemClock;
  const store = await openStore(config);
  const identity = await wireIdentity(config, store, logger, clock);
  const register = await wireRegister(config, store, logger, clock);
  const star = await wireStar({ config, store, logger, clock, register });
  const botAdapter = wireBotAdapter(config, logger);
  const { mailSource, watchSource } = identity;
  const tagging = wireTagging({ config, store, clock, logger, mailSource, watchSource, botAdapter });
  const app = wireHttpApp({
    config,
    store,
    clock,
    logger,
    identity,
    botAdapter,
    tagging,
    register,
    star,
    version,
    publicDir,
  });
  const server = await listen(app, config, logger);
  const starListener = star ? await listenMutualTls(app, star.listener, star.listener.tls, logger) : null;
  if (star && starListener) star.start(starListener.url);
  const jobs = startScheduledJobs(config, store, logger, register);
  const alerts = botAdapter ? startAlerts({ config, store, clock, logger, adapter: botAdapter }) : null;
  const tagWorker = tagging?.start(server.url);
  return {
    url: server.url,
    ...(identity.emulators && { emulators: identity.emulators }),
    ...(register && { register }),
    ...(star && { star }),
    ...(tagWorker && { tagWorker }),
    async stop() {
      await jobs.stop();
      await tagging?.stop();
      const closed = Promise.all([server.close(), starListener?.close()]);
      await alerts?.stop();
      await closed;
      await identity.close();
      await register?.close();
      await star?.close();
      await store.close();
    },
  };
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

/**
 * Jobordrer from STAR (issue 17) as the service runs them: the jobordre source with the
 * municipality's function certificate, the inbox worker, STAR's certificate rule for the endpoint,
 * and the HTTPS listener's certificates. Production reads the certificate files named in config;
 * demo mode (no STAR_API_URL) starts the local STAR emulator with a throwaway PKI and points it at
 * the listener once that is up, so the demo takes exactly production's path.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config, StarConfig } from '../config.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { CvrSource } from '../ports/cvr-source.js';
import type { MutualTls } from '../http/http-server.js';
import type { StarClientRule } from '../http/star-client-certificate.js';
import { createJobordreClient } from '../adapters/star/jobordre-client.js';
import { startStarWorker, type StarWorker, type StarWorkerDeps } from '../app/star-worker.js';
import { startStarEmulator, type StarEmulator } from '../demo/emulators/star/star-emulator.js';
import { demoJobnet } from './demo-jobnet.js';
import type { Router } from 'express';

export interface StarWiring {
  /** For the HTTP app (AppDeps.star): the tenant, STAR's certificate, and a way to wake the worker. */
  app: { tenantId: string; client: StarClientRule; kick(): void };
  /** Where the listener STAR calls binds, and its certificates. */
  listener: { host: string; port: number; tls: MutualTls };
  /** Demo: the emulator (tests publish and inject faults through it) and its `/dev/jobnet` page. */
  emulator?: StarEmulator;
  devRouter?: Router;
  /** Starts the worker; demo mode also points the emulator at `listenerUrl`. */
  start(listenerUrl: string): StarWorker;
  close(): Promise<void>;
}

export async function wireStar(parts: {
  config: Config;
  store: Store;
  logger: Logger;
  clock: Clock;
  register: { source: CvrSource; municipalityCode: string } | null;
}): Promise<StarWiring | null> {
  const star = parts.config.star;
  if (!star) return null;
  const opened = star.api && star.listener ? fromFiles(star) : await fromEmulator(parts);
  let worker: StarWorker | null = null;
  const deps: StarWorkerDeps = {
    store: parts.store,
    clock: parts.clock,
    source: createJobordreClient({ ...opened.api, clock: parts.clock }),
    ...(parts.register && { register: parts.register }),
    otherMunicipalities: star.otherMunicipalities,
    logger: parts.logger.child({ part: 'star' }),
    retry: { baseMs: star.retryBaseMs, maxMs: star.retryMaxMs, maxAttempts: star.maxAttempts },
    leaseMs: star.leaseMs,
  };
  return {
    app: { tenantId: star.tenantId, client: opened.client, kick: () => worker?.kick() },
    listener: opened.listener,
    ...(opened.emulator && { emulator: opened.emulator }),
    ...(opened.emulator && {
      devRouter: demoJobnet({
        emulator: opened.emulator,
        store: parts.store,
        tenantId: star.tenantId,
        clock: parts.clock,
      }),
    }),
    start(listenerUrl) {
      opened.emulator?.setReceiver({ url: `${listenerUrl}/api/star/messages`, ca: opened.emulator.pki.ca.cert });
      worker = startStarWorker(deps, star.tenantId, star.workerIntervalMs);
      // Messages accepted before a restart (or a crash) are taken at once, not at the first tick.
      worker.kick();
      return worker;
    },
    async close() {
      await worker?.stop();
      await opened.emulator?.close();
    },
  };
}

interface OpenedStar {
  api: { url: string; cert: string; key: string; ca: string | null };
  client: StarClientRule;
  listener: StarWiring['listener'];
  emulator?: StarEmulator;
}

/** Production (or a test driving its path): every certificate from the files config names. */
function fromFiles(star: StarConfig): OpenedStar {
  const api = star.api!;
  const listener = star.listener!;
  const read = (path: string) => readFileSync(path, 'utf8');
  return {
    api: { url: api.url, cert: read(api.certPath), key: read(api.keyPath), ca: api.caPath ? read(api.caPath) : null },
    client: star.client,
    listener: {
      host: listener.host,
      port: listener.port,
      tls: { cert: read(listener.certPath), key: read(listener.keyPath), clientCa: read(listener.clientCaPath) },
    },
  };
}

/** Demo mode: the STAR emulator, its PKI made at start; the listener on an ephemeral loopback port. */
async function fromEmulator(parts: { config: Config; clock: Clock }): Promise<OpenedStar> {
  const emulator = await startStarEmulator({ now: () => parts.clock.now(), autoDeliver: true });
  const { pki } = emulator;
  return {
    api: { url: emulator.url, cert: pki.functionCertificate.cert, key: pki.functionCertificate.key, ca: emulator.ca },
    client: { thumbprints: [pki.starClient.thumbprint], subject: null },
    listener: {
      host: parts.config.host,
      port: 0,
      tls: { cert: pki.serviceServer.cert, key: pki.serviceServer.key, clientCa: pki.ca.cert },
    },
    emulator,
  };
}

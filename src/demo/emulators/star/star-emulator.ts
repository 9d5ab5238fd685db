/**
 * A local stand-in for STAR's common data foundation (DFDG) for demo and tests. It holds jobordrer
 * as Jobnet's employers register them; every change queues a WSB message of type Jobordre that
 * `deliver()` posts to the service's endpoint over mutual TLS with STAR's client certificate, and it
 * serves `GET /v1/Jobordre/…` over HTTPS to the municipality's function certificate only. Fault
 * switches make delivery and reads misbehave the ways a receiver must survive.
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { JobordreDocument, WsbMessageDocument } from '../../../adapters/star/star-documents.js';
import { createStarApiHandler, type FetchFaults, type FetchRecord } from './star-api.js';
import {
  StarOutbox,
  type DeliveryFaults,
  type DeliveryRecord,
  type DeliveryResult,
  type StarReceiver,
} from './star-outbox.js';
import { createStarPki, type StarPki } from './star-pki.js';
import {
  StarJobordreState,
  type JobordreChange,
  type JobordreChanges,
  type JobordreInput,
  type JobordreStatusKey,
} from './star-state.js';

export type { FetchRecord, JobordreListDocument } from './star-api.js';
export type { DeliveryRecord, DeliveryResult, DeliveryStatus, StarReceiver } from './star-outbox.js';
export { JOBORDRE_ENTITET_ID } from './star-outbox.js';
export type { PkiCertificate, StarPki } from './star-pki.js';
export { createStarPki } from './star-pki.js';
export type { JobordreChanges, JobordreInput, JobordreStatusKey, JobordreTypeKey } from './star-state.js';

/** Switch on and off at any time; `fetch503` counts down as GETs answer 503. */
export type StarFaults = DeliveryFaults & FetchFaults;

export interface StarEmulatorOptions {
  /** The clock every change is stamped with. */
  now: () => Date;
  /** Certificates; a fresh PKI valid by the OS clock when left out (TLS checks against it). */
  pki?: StarPki;
  /** The service's endpoint; also settable later with `setReceiver()`. */
  receiver?: StarReceiver;
  /** Deliver right after each change (the demo); tests call `deliver()` themselves. */
  autoDeliver?: boolean;
  /** Seeds the `reorder` shuffle (1 by default). */
  seed?: number;
  faults?: Partial<StarFaults>;
  /** 0 (default): any free port. */
  port?: number;
}

export interface StarEmulator {
  /** `https://127.0.0.1:PORT`, the DFDG REST base (no trailing slash). */
  readonly url: string;
  /** The CA PEM that signed the emulator's server certificate (and STAR's client certificates). */
  readonly ca: string;
  readonly pki: StarPki;
  /** Mutable switches, read at each delivery and each GET. */
  readonly faults: StarFaults;
  /** Every `GET /v1/Jobordre/{id}`, in order, with the status it got. */
  readonly fetches: readonly FetchRecord[];
  /** Every POST to the receiver, in order. */
  readonly deliveries: readonly DeliveryRecord[];
  /** An employer registers a jobordre (status 'aktiv' unless given); queues a message (Oprettelse). */
  publish(input: JobordreInput): JobordreDocument;
  /** A change to the jobordre's facts; queues a message (Opdatering). */
  update(id: string, changes: JobordreChanges): JobordreDocument;
  /** A new status in Jobnet (e.g. 'afsluttetBesat'); queues a message (Opdatering). */
  setStatus(id: string, status: JobordreStatusKey): JobordreDocument;
  get(id: string): JobordreDocument | undefined;
  list(): JobordreDocument[];
  /** Messages not yet answered 2xx. */
  queued(): WsbMessageDocument[];
  setReceiver(receiver: StarReceiver | null): void;
  /** Posts every queued message (one POST each); rejects only when there is no receiver. */
  deliver(): Promise<DeliveryResult[]>;
  /** Resolves when no delivery is running (after an automatic one). */
  idle(): Promise<void>;
  /** Waits for a running delivery, then stops the server. */
  close(): Promise<void>;
}

/** Every switch off: what a fresh emulator starts with, and what a test resets to. */
export const NO_STAR_FAULTS: Readonly<StarFaults> = {
  duplicates: false,
  reorder: false,
  expiredCertificate: false,
  foreignCertificate: false,
  impostorCertificate: false,
  fetch503: 0,
};

export async function startStarEmulator(options: StarEmulatorOptions): Promise<StarEmulator> {
  // The PKI follows the OS clock, not `now`: OpenSSL checks validity against the operating system.
  const pki = options.pki ?? (await createStarPki());
  const faults: StarFaults = { ...NO_STAR_FAULTS, ...options.faults };
  const fetches: FetchRecord[] = [];
  const deliveries: DeliveryRecord[] = [];
  const state = new StarJobordreState(options.now);
  const outbox = new StarOutbox({
    pki,
    faults,
    seed: options.seed ?? 1,
    receiver: options.receiver ?? null,
    records: deliveries,
  });

  const server = createServer(
    {
      key: pki.emulatorServer.key,
      cert: pki.emulatorServer.cert,
      ca: [pki.ca.cert],
      requestCert: true,
      // The handler answers a missing or wrong certificate itself, with DFDG's error body.
      rejectUnauthorized: false,
    },
    createStarApiHandler({ state, pki, faults, fetches }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const queue = (change: JobordreChange): JobordreDocument => {
    outbox.enqueue(change);
    // deliver() only rejects without a receiver, which is checked here.
    if (options.autoDeliver && outbox.receiver) void outbox.deliver();
    return change.jobordre;
  };

  return {
    url: `https://127.0.0.1:${port}`,
    ca: pki.ca.cert,
    pki,
    faults,
    fetches,
    deliveries,
    publish: (input) => queue(state.publish(input)),
    update: (id, changes) => queue(state.update(id, changes)),
    setStatus: (id, status) => queue(state.setStatus(id, status)),
    get: (id) => state.get(id),
    list: () => state.list(),
    queued: () => outbox.queued(),
    setReceiver: (receiver) => {
      outbox.receiver = receiver;
    },
    deliver: () => outbox.deliver(),
    idle: () => outbox.idle(),
    close: async () => {
      await outbox.idle();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

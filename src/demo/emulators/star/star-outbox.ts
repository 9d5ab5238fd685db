/**
 * STAR's side of the WSB push: one Jobordre message per change, posted as JSON (one message per POST)
 * to the receiver's endpoint over mutual TLS with STAR's client certificate. A message the receiver
 * does not answer 2xx stays queued for the next delivery, which is STAR's own redelivery. The fault
 * switches change how a delivery goes (twice, shuffled, with the wrong certificate), never the state.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:https';
import { IDENTIFIKATIONSTYPE_IDENTIFIER, type WsbMessageDocument } from '../../../adapters/star/star-documents.js';
import { Prng } from '../../prng.js';
import type { JobordreChange } from './star-state.js';
import type { PkiCertificate, StarPki } from './star-pki.js';

/** DFDG's entity id for Jobordre. */
export const JOBORDRE_ENTITET_ID = 120001;

/** Where STAR posts: the service's endpoint and the CA PEM that signed its server certificate. */
export interface StarReceiver {
  /** e.g. `https://127.0.0.1:PORT/api/star/messages`. */
  url: string;
  ca: string;
}

/** The switches for delivery faults (see StarFaults in star-emulator.ts for the fetch one). */
export interface DeliveryFaults {
  /** Every message is posted twice. */
  duplicates: boolean;
  /** Each delivery posts its batch in a shuffled order (seeded, so a run repeats). */
  reorder: boolean;
  /** Deliver with STAR's expired client certificate. */
  expiredCertificate: boolean;
  /** Deliver with a client certificate from another CA. */
  foreignCertificate: boolean;
  /** Deliver with a certificate carrying STAR's subject but issued by another CA. */
  impostorCertificate: boolean;
}

export type DeliveryStatus = number | 'network_error';

/** One POST's outcome. */
export interface DeliveryResult {
  messageId: string;
  status: DeliveryStatus;
}

/** One POST as recorded for the tests: which message, which certificate, what came back. */
export interface DeliveryRecord extends DeliveryResult {
  jobordreId: string;
  aendringstypeId: number;
  /** Thumbprint of the client certificate the POST was made with. */
  certificateThumbprint: string;
}

/** Long enough for a loaded test machine, short enough that a hung receiver does not stall the demo. */
const POST_TIMEOUT_MS = 15_000;

export function wsbMessageFor(change: JobordreChange): WsbMessageDocument {
  const id = change.jobordre.jobordreIdentifier;
  return {
    beskedIdentifier: randomUUID(),
    entitetNavn: 'Jobordre',
    entitetId: JOBORDRE_ENTITET_ID,
    eksternIdentifier: id,
    versionIdentifier: id,
    identifikationstypeId: IDENTIFIKATIONSTYPE_IDENTIFIER,
    aendringstypeId: change.aendringstypeId,
    haendelsestidspunkt: change.at.toISOString(),
  };
}

/** Posts one JSON body over `agent` (which holds the client certificate); a failed connection is a status, not a throw. */
function post(url: string, body: string, agent: Agent): Promise<DeliveryStatus> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: POST_TIMEOUT_MS,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve('network_error'));
      },
    );
    req.on('timeout', () => req.destroy(new Error('STAR emulator: the receiver did not answer')));
    req.on('error', () => resolve('network_error'));
    req.end(body);
  });
}

function isSuccess(status: DeliveryStatus): boolean {
  return typeof status === 'number' && status >= 200 && status < 300;
}

export class StarOutbox {
  readonly #queue: WsbMessageDocument[] = [];
  readonly #pki: StarPki;
  readonly #faults: DeliveryFaults;
  readonly #prng: Prng;
  readonly #records: DeliveryRecord[];
  #receiver: StarReceiver | null;
  /** Deliveries run one after another, so an automatic one never posts a message twice at once. */
  #running: Promise<unknown> = Promise.resolve();

  constructor(options: {
    pki: StarPki;
    faults: DeliveryFaults;
    seed: number;
    receiver: StarReceiver | null;
    records: DeliveryRecord[];
  }) {
    this.#pki = options.pki;
    this.#faults = options.faults;
    this.#prng = new Prng(options.seed);
    this.#receiver = options.receiver;
    this.#records = options.records;
  }

  get receiver(): StarReceiver | null {
    return this.#receiver;
  }

  set receiver(receiver: StarReceiver | null) {
    this.#receiver = receiver;
  }

  enqueue(change: JobordreChange): WsbMessageDocument {
    const message = wsbMessageFor(change);
    this.#queue.push(message);
    return structuredClone(message);
  }

  queued(): WsbMessageDocument[] {
    return structuredClone(this.#queue);
  }

  /** Posts every queued message (after any delivery still running); one result per POST. */
  deliver(): Promise<DeliveryResult[]> {
    const receiver = this.#receiver;
    if (!receiver) return Promise.reject(new Error('STAR emulator: no receiver to deliver to (setReceiver first)'));
    const run = this.#running.then(() => this.#deliverBatch(receiver));
    this.#running = run.catch(() => undefined);
    return run;
  }

  /** Resolves when no delivery is running. */
  async idle(): Promise<void> {
    await this.#running;
  }

  async #deliverBatch(receiver: StarReceiver): Promise<DeliveryResult[]> {
    const batch = this.#batch();
    const client = this.#clientCertificate();
    // One connection per delivery, kept alive across its POSTs and closed after: no socket or TLS
    // session outlives the certificate the faults chose for this delivery.
    const agent = new Agent({ cert: client.cert, key: client.key, ca: receiver.ca, keepAlive: true, maxSockets: 1 });
    try {
      return await this.#post(batch, receiver, agent, client);
    } finally {
      agent.destroy();
    }
  }

  async #post(
    batch: readonly WsbMessageDocument[],
    receiver: StarReceiver,
    agent: Agent,
    client: PkiCertificate,
  ): Promise<DeliveryResult[]> {
    const delivered = new Set<string>();
    const results: DeliveryResult[] = [];
    for (const message of batch) {
      const status = await post(receiver.url, JSON.stringify(message), agent);
      if (isSuccess(status)) delivered.add(message.beskedIdentifier);
      results.push({ messageId: message.beskedIdentifier, status });
      this.#records.push({
        messageId: message.beskedIdentifier,
        jobordreId: message.eksternIdentifier,
        aendringstypeId: message.aendringstypeId,
        status,
        certificateThumbprint: client.thumbprint,
      });
    }
    this.#dequeue(delivered);
    return results;
  }

  #batch(): WsbMessageDocument[] {
    const once = [...this.#queue];
    const batch = this.#faults.duplicates ? once.flatMap((message) => [message, message]) : once;
    return this.#faults.reorder ? this.#prng.shuffle(batch) : batch;
  }

  #clientCertificate(): PkiCertificate {
    if (this.#faults.foreignCertificate) return this.#pki.foreignClient;
    if (this.#faults.impostorCertificate) return this.#pki.impostorClient;
    if (this.#faults.expiredCertificate) return this.#pki.starClientExpired;
    return this.#pki.starClient;
  }

  #dequeue(delivered: ReadonlySet<string>): void {
    const kept = this.#queue.filter((message) => !delivered.has(message.beskedIdentifier));
    this.#queue.splice(0, this.#queue.length, ...kept);
  }
}

import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type {
  DfdgErrorDocument,
  JobordreDocument,
  WsbMessageDocument,
} from '../../src/adapters/star/star-documents.js';
import {
  createStarPki,
  startStarEmulator,
  type JobordreInput,
  type PkiCertificate,
  type StarEmulator,
  type StarEmulatorOptions,
  type StarPki,
} from '../../src/demo/emulators/star/star-emulator.js';
import { demoJobordrer } from '../../src/demo/emulators/star/demo-jobordrer.js';

interface Answer<T> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
}

/** A GET with an optional client certificate, as the service's adapter makes it. */
function getJson<T>(url: string, ca: string, client: PkiCertificate | null, method = 'GET'): Promise<Answer<T>> {
  return new Promise((resolve, reject) => {
    const tls = client ? { cert: client.cert, key: client.key } : {};
    const req = request(url, { method, ca, agent: false, ...tls }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** What the test receiver saw of one POST: the client certificate and the message. */
interface Received {
  thumbprint: string;
  validTo: Date;
  /** Whether the certificate chains to STAR's CA and is valid now (as the service's listener checks). */
  authorized: boolean;
  message: WsbMessageDocument;
}

/** A tiny stand-in for the service's STAR listener: records each POST, answers `answer()`. */
class TestReceiver {
  readonly received: Received[] = [];
  answer: () => number = () => 202;
  #server: Server | null = null;

  async start(pki: StarPki): Promise<{ url: string; ca: string }> {
    this.#server = createServer(
      {
        key: pki.serviceServer.key,
        cert: pki.serviceServer.cert,
        ca: [pki.ca.cert],
        requestCert: true,
        rejectUnauthorized: false,
      },
      (req, res) => {
        const socket = req.socket as TLSSocket;
        const peer = socket.getPeerCertificate();
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          this.received.push({
            thumbprint: peer.fingerprint256.replaceAll(':', ''),
            validTo: new Date(peer.valid_to),
            authorized: socket.authorized,
            message: JSON.parse(Buffer.concat(chunks).toString('utf8')) as WsbMessageDocument,
          });
          res.writeHead(this.answer()).end();
        });
      },
    );
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    return { url: `https://127.0.0.1:${port}/api/star/messages`, ca: pki.ca.cert };
  }

  close(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    return new Promise((resolve, reject) => {
      if (!server) return resolve();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  }
}

const COMPANY = { cvrNummer: '29189846', produktionsenhedsnummer: '1003388394', navn: 'Roskilde Bageri ApS' };

function buildJobordre(overrides: Partial<JobordreInput> = {}): JobordreInput {
  return {
    virksomhed: COMPANY,
    stillingsbetegnelse: 'Bager',
    stillingsbetegnelseKode: {
      kode: '7512',
      navn: 'Bagere, konditorer og chokolademagere',
      klassifikation: 'DISCO-08',
    },
    antalStillinger: 2,
    ansoegningsfrist: '2026-04-01',
    arbejdssted: { adresselinje: 'Algade 12', postnummer: '4000', postdistrikt: 'Roskilde', kommunekode: '265' },
    type: 'ordinaert',
    ...overrides,
  };
}

describe('STAR (DFDG) emulator', () => {
  let pki: StarPki;
  let star: StarEmulator;
  let receiver: TestReceiver;
  let clock: Date;
  const now = () => clock;
  /** Everything a test started, closed after it. */
  let running: { close(): Promise<void> }[] = [];

  const start = async (options: Partial<StarEmulatorOptions> = {}) => {
    receiver = new TestReceiver();
    running.push(receiver);
    star = await startStarEmulator({ now, pki, receiver: await receiver.start(pki), ...options });
    running.push(star);
    return star;
  };
  const read = <T = JobordreDocument>(path: string, client: PkiCertificate | null = pki.functionCertificate) =>
    getJson<T>(`${star.url}${path}`, star.ca, client);

  before(async () => {
    pki = await createStarPki();
  });

  beforeEach(() => {
    clock = new Date('2026-03-02T09:00:00.000Z');
  });

  afterEach(async () => {
    for (const part of running.reverse()) await part.close();
    running = [];
  });

  describe('reading jobordrer', () => {
    it('when an employer publishes a jobordre, then the function certificate reads its current version', async () => {
      await start();
      const published = star.publish(buildJobordre());
      clock = new Date('2026-03-02T10:30:00.000Z');
      star.setStatus(published.jobordreIdentifier, 'afsluttetBesat');

      const answer = await read(`/v1/Jobordre/${published.jobordreIdentifier}`);

      assert.equal(answer.status, 200);
      assert.equal(answer.body.stillingsbetegnelse, 'Bager');
      assert.deepEqual(answer.body.virksomhed, COMPANY);
      assert.deepEqual(answer.body.jobordrestatus, { identifier: 4, navn: 'Afsluttet - besat' });
      assert.deepEqual(answer.body.jobordretype, { identifier: 1, navn: 'Ordinært job' });
      assert.equal(answer.body.oprettetTidspunkt, '2026-03-02T09:00:00.000Z');
      assert.equal(answer.body.sidstAendretTidspunkt, '2026-03-02T10:30:00.000Z');
      assert.deepEqual(star.fetches, [{ jobordreId: published.jobordreIdentifier, status: 200 }]);
    });

    it('when a jobordre changes twice within one millisecond, then each version is still later than the one before', async () => {
      await start();
      const published = star.publish(buildJobordre());
      const first = star.update(published.jobordreIdentifier, { antalStillinger: 3 });
      const second = star.update(published.jobordreIdentifier, { type: 'loentilskudPrivat' });

      assert.ok(first.sidstAendretTidspunkt > published.sidstAendretTidspunkt);
      assert.ok(second.sidstAendretTidspunkt > first.sidstAendretTidspunkt);
      assert.equal(second.antalStillinger, 3);
      assert.deepEqual(second.jobordretype, { identifier: 2, navn: 'Løntilskud - privat' });
      assert.deepEqual(
        star.queued().map((m) => [m.aendringstypeId, m.haendelsestidspunkt]),
        [
          [1, published.sidstAendretTidspunkt],
          [2, first.sidstAendretTidspunkt],
          [2, second.sidstAendretTidspunkt],
        ],
      );
    });

    it('when the jobordre is unknown, then it answers 404 with DFDG error body', async () => {
      await start();
      const answer = await read<DfdgErrorDocument>('/v1/Jobordre/5f0c7a52-0000-4000-8000-000000000000');
      assert.equal(answer.status, 404);
      assert.deepEqual(answer.body, { fejlkode: 404, fejltekst: 'Jobordren findes ikke.' });
    });

    it('when a caller writes or asks for another resource, then it gets 405 or 404 with the error body', async () => {
      await start();
      const { jobordreIdentifier } = star.publish(buildJobordre());
      const write = await getJson<DfdgErrorDocument>(
        `${star.url}/v1/Jobordre/${jobordreIdentifier}`,
        star.ca,
        pki.functionCertificate,
        'DELETE',
      );
      const elsewhere = await read<DfdgErrorDocument>('/v1/Virksomhed/29189846');
      assert.equal(write.status, 405);
      assert.equal(write.headers.allow, 'GET');
      assert.deepEqual(elsewhere.body, { fejlkode: 404, fejltekst: 'Ressourcen findes ikke.' });
      assert.ok(star.get(jobordreIdentifier), 'nothing was removed');
    });

    it("when a caller lists by company or by type and status, then only that company's or those jobordrer come back", async () => {
      await start();
      const bakery = star.publish(buildJobordre());
      const subsidised = star.publish(buildJobordre({ type: 'loentilskudPrivat' }));
      star.publish(buildJobordre({ virksomhed: { cvrNummer: '10000009', produktionsenhedsnummer: null, navn: 'X' } }));

      const byCompany = await read<{ jobordrer: JobordreDocument[] }>('/v1/Jobordre/forvirksomhed?cvrNummer=29189846');
      const byType = await read<{ jobordrer: JobordreDocument[] }>(
        '/v1/Jobordre/paatypeogstatus?jobordretype=2&jobordrestatus=2',
      );
      const badCvr = await read<DfdgErrorDocument>('/v1/Jobordre/forvirksomhed?cvrNummer=123');

      assert.deepEqual(
        byCompany.body.jobordrer.map((j) => j.jobordreIdentifier),
        [bakery.jobordreIdentifier, subsidised.jobordreIdentifier],
      );
      assert.deepEqual(
        byType.body.jobordrer.map((j) => j.jobordreIdentifier),
        [subsidised.jobordreIdentifier],
      );
      assert.equal(badCvr.status, 400);
      assert.equal(badCvr.body.fejlkode, 400);
      assert.deepEqual(star.fetches, [], 'list reads are not fetches of one jobordre');
    });
  });

  describe('who may read', () => {
    it('when a caller brings no client certificate, then it gets 401 and no jobordre', async () => {
      await start();
      const { jobordreIdentifier } = star.publish(buildJobordre());
      const answer = await read<DfdgErrorDocument>(`/v1/Jobordre/${jobordreIdentifier}`, null);
      assert.equal(answer.status, 401);
      assert.equal(answer.body.fejlkode, 401);
      assert.deepEqual(star.fetches, [{ jobordreId: jobordreIdentifier, status: 401 }]);
    });

    it("when a caller brings a foreign certificate or STAR's own, then it gets 403: only the function certificate reads", async () => {
      await start();
      const { jobordreIdentifier } = star.publish(buildJobordre());
      const foreign = await read<DfdgErrorDocument>(`/v1/Jobordre/${jobordreIdentifier}`, pki.foreignClient);
      const starOwn = await read<DfdgErrorDocument>(`/v1/Jobordre/${jobordreIdentifier}`, pki.starClient);
      assert.equal(foreign.status, 403);
      assert.equal(starOwn.status, 403);
      assert.equal(foreign.body.fejlkode, 403);
      assert.doesNotMatch(JSON.stringify(foreign.body), /Bager/);
    });
  });

  describe('delivering messages', () => {
    it("when a jobordre is published, then one Jobordre message reaches the receiver with STAR's certificate", async () => {
      await start();
      const published = star.publish(buildJobordre());

      const results = await star.deliver();

      assert.equal(receiver.received.length, 1);
      const [got] = receiver.received;
      assert.equal(got?.thumbprint, pki.starClient.thumbprint);
      assert.equal(got?.authorized, true, "STAR's certificate chains to STAR's CA");
      assert.deepEqual(got?.message, {
        beskedIdentifier: results[0]?.messageId,
        entitetNavn: 'Jobordre',
        entitetId: 120001,
        eksternIdentifier: published.jobordreIdentifier,
        versionIdentifier: published.jobordreIdentifier,
        identifikationstypeId: 2,
        aendringstypeId: 1,
        haendelsestidspunkt: '2026-03-02T09:00:00.000Z',
      });
      assert.deepEqual(results, [{ messageId: got?.message.beskedIdentifier, status: 202 }]);
      assert.deepEqual(star.queued(), []);
      assert.equal(star.deliveries[0]?.certificateThumbprint, pki.starClient.thumbprint);
    });

    it('when the receiver does not answer 2xx, then the message stays queued and goes again, same id, next time', async () => {
      await start();
      star.publish(buildJobordre());
      receiver.answer = () => 500;

      const failed = await star.deliver();
      receiver.answer = () => 200;
      const retried = await star.deliver();

      assert.deepEqual(
        failed.map((r) => r.status),
        [500],
      );
      assert.deepEqual(
        retried.map((r) => r.status),
        [200],
      );
      assert.equal(failed[0]?.messageId, retried[0]?.messageId);
      assert.equal(receiver.received.length, 2);
      assert.deepEqual(star.queued(), []);
    });

    it('when the receiver is down, then the delivery reports a network error and keeps the message', async () => {
      await start();
      star.publish(buildJobordre());
      await receiver.close();

      const results = await star.deliver();

      assert.deepEqual(
        results.map((r) => r.status),
        ['network_error'],
      );
      assert.equal(star.queued().length, 1);
    });

    it('when there is no receiver, then deliver() says so and keeps the messages', async () => {
      star = await startStarEmulator({ now, pki });
      running.push(star);
      star.publish(buildJobordre());
      await assert.rejects(star.deliver(), /no receiver/);
      assert.equal(star.queued().length, 1);
    });

    it('when autoDeliver is on, then a change reaches the receiver without a call to deliver()', async () => {
      await start({ autoDeliver: true });
      const published = star.publish(buildJobordre());
      star.setStatus(published.jobordreIdentifier, 'inaktiveret');
      await star.idle();

      assert.deepEqual(
        receiver.received.map((r) => r.message.aendringstypeId),
        [1, 2],
      );
      assert.deepEqual(star.queued(), []);
    });
  });

  describe('fault switches', () => {
    it('when duplicates is on, then every message is posted twice with the same id', async () => {
      await start({ faults: { duplicates: true } });
      star.publish(buildJobordre());
      star.publish(buildJobordre({ stillingsbetegnelse: 'Konditor' }));

      await star.deliver();

      const ids = receiver.received.map((r) => r.message.beskedIdentifier);
      assert.equal(ids.length, 4);
      assert.equal(new Set(ids).size, 2);
      assert.deepEqual(star.queued(), []);
    });

    it('when reorder is on, then a batch goes out shuffled, the same way for the same seed', async () => {
      const orderOf = async () => {
        await start({ faults: { reorder: true }, seed: 7 });
        const titles = Array.from({ length: 8 }, (_, i) => `Stilling ${i}`);
        for (const title of titles) star.publish(buildJobordre({ stillingsbetegnelse: title }));
        const published = star.queued().map((m) => m.eksternIdentifier);
        await star.deliver();
        return receiver.received.map((r) => published.indexOf(r.message.eksternIdentifier));
      };

      const first = await orderOf();
      const second = await orderOf();

      assert.notDeepEqual(first, [0, 1, 2, 3, 4, 5, 6, 7]);
      assert.deepEqual([...first].sort(), [0, 1, 2, 3, 4, 5, 6, 7]);
      assert.deepEqual(second, first);
    });

    it('when fetch503 is 2, then two reads answer 503 with Retry-After and the third the jobordre', async () => {
      await start({ faults: { fetch503: 2 } });
      const { jobordreIdentifier } = star.publish(buildJobordre());
      const path = `/v1/Jobordre/${jobordreIdentifier}`;

      const first = await read<DfdgErrorDocument>(path);
      const second = await read<DfdgErrorDocument>(path);
      const third = await read(path);

      assert.deepEqual([first.status, second.status, third.status], [503, 503, 200]);
      assert.equal(first.headers['retry-after'], '1');
      assert.equal(first.body.fejlkode, 503);
      assert.equal(third.body.jobordreIdentifier, jobordreIdentifier);
      assert.equal(star.faults.fetch503, 0);
      assert.deepEqual(
        star.fetches.map((f) => f.status),
        [503, 503, 200],
      );
    });

    it("when expiredCertificate is on, then the receiver gets STAR's certificate whose validity has ended", async () => {
      await start({ faults: { expiredCertificate: true } });
      star.publish(buildJobordre());

      await star.deliver();

      const [got] = receiver.received;
      assert.equal(got?.thumbprint, pki.starClientExpired.thumbprint);
      assert.equal(got?.authorized, false);
      assert.ok((got?.validTo.getTime() ?? Infinity) < Date.now(), 'TLS compares validity with the OS clock');
    });

    it('when foreignCertificate is on, then the receiver gets a certificate not issued by STAR', async () => {
      await start({ faults: { foreignCertificate: true } });
      star.publish(buildJobordre());

      await star.deliver();

      assert.equal(receiver.received[0]?.thumbprint, pki.foreignClient.thumbprint);
      assert.equal(receiver.received[0]?.authorized, false);
      assert.notEqual(pki.foreignClient.thumbprint, pki.starClient.thumbprint);
    });

    it("when impostorCertificate is on, then the receiver gets STAR's subject on a certificate from another CA", async () => {
      await start({ faults: { impostorCertificate: true } });
      star.publish(buildJobordre());

      await star.deliver();

      const impostor = new X509Certificate(pki.impostorClient.cert);
      assert.equal(receiver.received[0]?.thumbprint, pki.impostorClient.thumbprint);
      assert.equal(receiver.received[0]?.authorized, false);
      assert.equal(pki.impostorClient.subject, pki.starClient.subject);
      assert.equal(impostor.checkIssued(new X509Certificate(pki.ca.cert)), false);
    });
  });

  describe('demo jobordrer', () => {
    const companies = [
      {
        cvr: '29189846',
        pNumber: '1003388394',
        name: 'Roskilde Bageri ApS',
        address: 'Algade 12',
        postcode: '4000',
        city: 'Roskilde',
      },
      {
        cvr: '31234567',
        pNumber: '1012345678',
        name: 'Jyllinge VVS A/S',
        address: 'Møllehusvej 3',
        postcode: '4040',
        city: 'Jyllinge',
      },
    ];

    it('when the demo builds jobordrer, then they are the same for a seed, in Roskilde, with deadlines ahead and løntilskud among them', () => {
      const options = { now: clock, seed: 42, count: 60 };
      const built = demoJobordrer(companies, options);

      assert.deepEqual(demoJobordrer(companies, options), built);
      assert.notDeepEqual(demoJobordrer(companies, { ...options, seed: 43 }), built);
      assert.equal(built.length, 60);
      assert.ok(built.every((j) => j.arbejdssted?.kommunekode === '265'));
      assert.ok(built.every((j) => j.ansoegningsfrist === null || j.ansoegningsfrist > '2026-03-02'));
      assert.ok(built.some((j) => j.type.startsWith('loentilskud')));
      assert.ok(built.some((j) => j.type === 'ordinaert'));
      assert.deepEqual(built[1]?.virksomhed, {
        cvrNummer: '31234567',
        produktionsenhedsnummer: '1012345678',
        navn: 'Jyllinge VVS A/S',
      });
    });

    it('when a demo jobordre is published, then the emulator serves it as DFDG does', async () => {
      await start();
      const [input] = demoJobordrer(companies, { now: clock, seed: 1 });
      const published = star.publish(input as JobordreInput);
      const answer = await read(`/v1/Jobordre/${published.jobordreIdentifier}`);
      assert.equal(answer.status, 200);
      assert.equal(answer.body.arbejdssted?.postdistrikt, 'Roskilde');
    });
  });
});

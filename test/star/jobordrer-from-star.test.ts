import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import { DEMO_TENANT_ID } from '../../src/config.js';
import { demoMunicipality } from '../../src/wiring/register.js';
import { NO_STAR_FAULTS, startStarEmulator, type StarEmulator } from '../../src/demo/emulators/star/star-emulator.js';
import { demoJobordrer, type DemoJobordreCompany } from '../../src/demo/emulators/star/demo-jobordrer.js';
import { alertTenant } from '../alerts/support/alert-fixture.js';
import { postgresUrlOrSkip } from '../support/databases.js';
import { startLocalConnector } from '../alerts/support/local-connector.js';
import {
  killHard,
  startServiceProcess,
  until,
  urlWithSchema,
  type ServiceProcess,
} from '../support/service-process.js';

const CHANNELS = 2;
const STAR_LISTENING = "Kontaktspor listens for STAR's messages";

/**
 * Jobordrer from Jobnet end to end, as production runs them: real service processes (`src/main.ts`)
 * on PostgreSQL take STAR's messages on their mutual-TLS port, read each jobordre from the STAR
 * emulator with the function certificate (both from certificate files, as configured in production),
 * create the companies from the CVR register (the demo's emulator) and post the alerts to section
 * channels through the Bot Framework connector stand-in.
 */
describe('Jobordrer from Jobnet arrive by themselves (STAR, PostgreSQL)', function () {
  this.timeout(240_000);
  let url: string;
  let connector: Awaited<ReturnType<typeof startLocalConnector>>;
  let emulator: StarEmulator;
  let certificates: string;
  let companies: DemoJobordreCompany[];
  const instances: ServiceProcess[] = [];

  before(async function () {
    url = postgresUrlOrSkip(this);
    connector = await startLocalConnector();
    emulator = await startStarEmulator({ now: () => new Date() });
    certificates = writeCertificates(emulator);
    // Companies of the municipality the service's CVR register emulator knows; none is in the store yet.
    companies = demoMunicipality()
      .expectedCvrs.slice(0, 220)
      .map((cvr, i) => ({
        cvr,
        pNumber: null,
        name: `Virksomhed ${i}`,
        address: `Algade ${i + 1}`,
        postcode: '4000',
        city: 'Roskilde',
      }));
  });
  afterEach(async () => {
    for (const instance of instances.splice(0)) await killHard(instance);
    emulator.setReceiver(null);
    Object.assign(emulator.faults, NO_STAR_FAULTS);
  });
  after(async () => {
    await emulator?.close();
    await connector?.close();
    if (certificates) rmSync(certificates, { recursive: true, force: true });
  });

  /** A fresh schema with the demo tenant's section channels (no filters: every vacancy). */
  async function prepare() {
    const schema = `ks_star_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const db = await openDatabase({ kind: 'postgres', url, schema });
    await alertTenant(new KyselyStore(db), DEMO_TENANT_ID, { serviceUrl: connector.url, channels: CHANNELS });
    return {
      db,
      instanceUrl: urlWithSchema(url, schema),
      async cleanup() {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
        await db.destroy();
      },
    };
  }

  /** A service process with STAR configured from files; the emulator delivers to its STAR port. */
  async function launch(instanceUrl: string, env: Record<string, string> = {}) {
    const instance = startServiceProcess({
      DATABASE_URL: instanceUrl,
      DEMO_SEED: 'false',
      ALERT_RATE_PER_CONVERSATION: '300',
      ALERT_RATE_PER_APP: '2000',
      ALERT_POLL_MS: '50',
      STAR_API_URL: emulator.url,
      STAR_API_CA_PATH: join(certificates, 'star-ca.pem'),
      STAR_FUNCTION_CERT_PATH: join(certificates, 'function.crt'),
      STAR_FUNCTION_KEY_PATH: join(certificates, 'function.key'),
      STAR_LISTEN_PORT: '0',
      STAR_TLS_CERT_PATH: join(certificates, 'service.crt'),
      STAR_TLS_KEY_PATH: join(certificates, 'service.key'),
      STAR_CLIENT_CA_PATH: join(certificates, 'star-ca.pem'),
      STAR_CLIENT_CERT_THUMBPRINTS: emulator.pki.starClient.thumbprint,
      STAR_RETRY_BASE_SECONDS: '0.05',
      STAR_RETRY_MAX_SECONDS: '0.5',
      STAR_LEASE_SECONDS: '2',
      STAR_WORKER_INTERVAL_SECONDS: '0.2',
      ...env,
    });
    instances.push(instance);
    await instance.ready;
    await until(() => instance.loggedUrl(STAR_LISTENING) !== null, 'the STAR listener');
    const starUrl = instance.loggedUrl(STAR_LISTENING)!;
    emulator.setReceiver({ url: `${starUrl}/api/star/messages`, ca: emulator.pki.ca.cert });
    return { instance, starUrl };
  }

  function publish(count: number, seed: number, from = 0) {
    return demoJobordrer(companies.slice(from, from + count), { now: new Date(), seed }).map((input) =>
      emulator.publish(input),
    );
  }

  it('when 200 jobordrer arrive with duplicates and out of order, then exactly 200 vacancies show the latest of each, each channel gets one alert, and 50 "besat" close them and update the cards', async () => {
    const run = await prepare();
    try {
      await launch(run.instanceUrl);
      const jobordrer = publish(200, 17);
      // A later change to 40 of them: the oldest message may now arrive last.
      for (const jobordre of jobordrer.slice(0, 40))
        emulator.update(jobordre.jobordreIdentifier, { antalStillinger: jobordre.antalStillinger + 1 });
      Object.assign(emulator.faults, { duplicates: true, reorder: true });
      const delivered = await emulator.deliver();
      assert.ok(
        delivered.every((result) => result.status === 202),
        'every message accepted, repeats too',
      );
      assert.equal(delivered.length, 2 * 240);

      await until(async () => (await latestShown(run.db, emulator)) === 200, '200 vacancies at their latest version');
      assert.equal(await count(run.db, sql`select count(*) from vacancies`), 200);
      const positions = await rows(run.db, sql`select jobordre_id, positions from vacancies`);
      for (const row of positions)
        assert.equal(row.positions, emulator.get(row.jobordre_id as string)!.antalStillinger, 'the latest version');

      await until(() => posts().length >= 200 * CHANNELS, 'an alert per vacancy and channel');
      await settle();
      const keys = posts().map((call) => `${call.channelId}/${call.vacancyId}`);
      assert.equal(keys.length, 200 * CHANNELS, 'no channel got a vacancy twice');
      assert.equal(new Set(keys).size, 200 * CHANNELS);

      const filled = jobordrer.slice(100, 150).map((jobordre) => jobordre.jobordreIdentifier);
      for (const id of filled) emulator.setStatus(id, 'afsluttetBesat');
      await emulator.deliver();
      await until(
        async () => (await count(run.db, sql`select count(*) from vacancies where status = 'filled'`)) === 50,
        '50 filled vacancies',
      );
      const filledVacancies = await rows(
        run.db,
        sql`select id from vacancies where jobordre_id in (${sql.join(filled)})`,
      );
      // A closed card has no claim button, so its vacancy is the one first posted in that thread.
      const vacancyOfThread = new Map(posts().map((call) => [call.conversationId, call.vacancyId]));
      const updatedToFilled = () =>
        new Set(
          connector.accepted
            .filter((call) => call.kind === 'update' && /Besat/.test(JSON.stringify(call.card)))
            .map((call) => `${call.channelId}/${vacancyOfThread.get(call.conversationId)}`),
        );
      await until(() => updatedToFilled().size === 50 * CHANNELS, 'every channel card of the 50 shows "Besat"');
      for (const row of filledVacancies)
        assert.ok([...updatedToFilled()].some((key) => key.endsWith(`/${row.id as string}`)));
      assert.equal(await count(run.db, sql`select count(*) from vacancies where status = 'filled'`), 50);
    } finally {
      await run.cleanup();
    }
  });

  it("when a certificate is not STAR's, then 403 and nothing is stored; bad messages get the error shape; once STAR's own certificate delivers, the vacancy is made", async () => {
    const run = await prepare();
    try {
      const { starUrl } = await launch(run.instanceUrl);
      const [jobordre] = publish(1, 3, 200);
      for (const fault of ['foreignCertificate', 'expiredCertificate', 'impostorCertificate'] as const) {
        emulator.faults[fault] = true;
        const [result] = await emulator.deliver();
        assert.equal(result?.status, 403, fault);
        emulator.faults[fault] = false;
      }
      const ca = emulator.pki.ca.cert;
      const plain = await postAsStar(starUrl, ca, '{}', { 'content-type': 'application/json' }, null);
      assert.equal(plain.status, 403, 'no client certificate');
      assert.equal(plain.body.error.code, 'FORBIDDEN');
      assert.equal(await count(run.db, sql`select count(*) from star_messages`), 0, 'nothing stored');

      const star = emulator.pki.starClient;
      const bad: [string, string, Record<string, string>, number][] = [
        ['malformed JSON', '{"beskedIdentifier":', { 'content-type': 'application/json' }, 400],
        ['not a WSB message', JSON.stringify({ hello: 'STAR' }), { 'content-type': 'application/json' }, 400],
        ['oversized', JSON.stringify({ pad: 'x'.repeat(200_000) }), { 'content-type': 'application/json' }, 413],
        ['not JSON', 'Jobordre', { 'content-type': 'text/plain' }, 415],
      ];
      for (const [label, body, headers, status] of bad) {
        const answer = await postAsStar(starUrl, ca, body, headers, star);
        assert.equal(answer.status, status, label);
        assert.equal(typeof answer.body?.error?.code, 'string', label);
        assert.doesNotMatch(answer.text, /at .*\.ts:\d+/, `${label}: no stack trace`);
      }
      assert.equal(await count(run.db, sql`select count(*) from star_messages`), 0, 'still nothing stored');

      const [accepted] = await emulator.deliver();
      assert.equal(accepted?.status, 202);
      await until(
        async () =>
          (await count(
            run.db,
            sql`select count(*) from vacancies where jobordre_id = ${jobordre!.jobordreIdentifier}`,
          )) === 1,
        'the vacancy',
      );
    } finally {
      await run.cleanup();
    }
  });

  it('when STAR answers the jobordre with 503, then it is read again until it succeeds, once', async () => {
    const run = await prepare();
    try {
      await launch(run.instanceUrl);
      emulator.faults.fetch503 = 3;
      const [jobordre] = publish(1, 5, 201);
      const id = jobordre!.jobordreIdentifier;
      await emulator.deliver();
      await until(
        async () => (await count(run.db, sql`select count(*) from vacancies where jobordre_id = ${id}`)) === 1,
        'the vacancy after the retries',
      );
      await settle();
      const statuses = emulator.fetches.filter((fetch) => fetch.jobordreId === id).map((fetch) => fetch.status);
      assert.deepEqual(statuses, [503, 503, 503, 200]);
      const [message] = await rows(run.db, sql`select status, attempts from star_messages`);
      assert.equal(message?.status, 'done');
      assert.equal(message?.attempts, 4);
    } finally {
      await run.cleanup();
    }
  });

  it('when the service is killed right after it accepted a message, then the vacancy exists after the restart', async () => {
    const run = await prepare();
    try {
      // The first read fails and the retry waits 3 s: the kill lands while the message is only in the inbox.
      const env = { STAR_RETRY_BASE_SECONDS: '3', STAR_RETRY_MAX_SECONDS: '3' };
      const { instance } = await launch(run.instanceUrl, env);
      emulator.faults.fetch503 = 1;
      const [jobordre] = publish(1, 9, 202);
      const id = jobordre!.jobordreIdentifier;
      const [accepted] = await emulator.deliver();
      assert.equal(accepted?.status, 202);
      await killHard(instance);
      assert.equal(await count(run.db, sql`select count(*) from vacancies where jobordre_id = ${id}`), 0);

      await launch(run.instanceUrl, env);
      await until(
        async () => (await count(run.db, sql`select count(*) from vacancies where jobordre_id = ${id}`)) === 1,
        'the vacancy after the restart',
      );
    } finally {
      await run.cleanup();
    }
  });

  function posts() {
    return connector.accepted.filter((call) => call.kind === 'post');
  }

  /** Waits for the workers to go quiet: whatever was going to arrive twice would have by now. */
  async function settle() {
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
});

/** How many vacancies show the version the emulator holds for their jobordre now. */
async function latestShown(db: Kysely<Database>, emulator: StarEmulator): Promise<number> {
  const shown = await rows(db, sql`select jobordre_id, jobnet_version from vacancies where jobordre_id is not null`);
  return shown.filter((row) => {
    const latest = emulator.get(row.jobordre_id as string)?.sidstAendretTidspunkt;
    return latest !== undefined && new Date(row.jobnet_version as string).getTime() === new Date(latest).getTime();
  }).length;
}

async function count(db: Kysely<Database>, query: ReturnType<typeof sql>): Promise<number> {
  const { rows: result } = await sql<{ n: number }>`select (${query})::int as n`.execute(db);
  return result[0]!.n;
}

async function rows(db: Kysely<Database>, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await query.execute(db)).rows as Record<string, unknown>[];
}

/** The PKI's PEMs as the files production reads (the service server, STAR's CA, our function certificate). */
function writeCertificates(emulator: StarEmulator): string {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktspor-star-'));
  const { pki } = emulator;
  writeFileSync(join(dir, 'star-ca.pem'), pki.ca.cert);
  writeFileSync(join(dir, 'service.crt'), pki.serviceServer.cert);
  writeFileSync(join(dir, 'service.key'), pki.serviceServer.key);
  writeFileSync(join(dir, 'function.crt'), pki.functionCertificate.cert);
  writeFileSync(join(dir, 'function.key'), pki.functionCertificate.key);
  return dir;
}

/** A POST to the STAR port as STAR (with `client`) or as nobody (null). */
function postAsStar(
  starUrl: string,
  ca: string,
  body: string,
  headers: Record<string, string>,
  client: { cert: string; key: string } | null,
): Promise<{ status: number; text: string; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${starUrl}/api/star/messages`,
      { method: 'POST', headers, ca, ...(client && { cert: client.cert, key: client.key }) },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, text, body: parsed });
        });
      },
    );
    // The server may answer and close before it read a large body: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    req.end(body);
  });
}

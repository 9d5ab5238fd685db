import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { createVacancy } from '../../src/app/vacancies.js';
import { systemClock } from '../../src/ports/clock.js';
import { DEMO_TENANT_ID } from '../../src/config.js';
import { alertTenant, vacancyInput } from './support/alert-fixture.js';
import { postgresUrlOrSkip } from '../support/databases.js';
import { startLocalConnector } from './support/local-connector.js';
import {
  killHard,
  startServiceProcess,
  until,
  urlWithSchema,
  type ServiceProcess,
} from '../support/service-process.js';

const VACANCIES = 500;
const CHANNELS = 5;

/**
 * Two real service processes (`node --import tsx src/main.ts`, demo mode) deliver from one
 * PostgreSQL schema to the local connector. Rate limits are raised here so 2,500 posts take seconds,
 * not the 71 s Teams' 7/s per channel would need; the limits themselves are tested in delivery.test.ts.
 */
function startInstance(databaseUrl: string): ServiceProcess {
  return startServiceProcess({
    DATABASE_URL: databaseUrl,
    DEMO_SEED: 'false',
    ALERT_RATE_PER_CONVERSATION: '300',
    ALERT_RATE_PER_APP: '2000',
    ALERT_POLL_MS: '50',
    ALERT_LEASE_MS: '20000',
    ALERT_SEND_TIMEOUT_MS: '10000',
  });
}

describe('Vacancy alerts exactly once across service processes (PostgreSQL)', function () {
  this.timeout(180_000);
  let url: string;
  let connector: Awaited<ReturnType<typeof startLocalConnector>>;
  const children: ChildProcess[] = [];

  before(async function () {
    url = postgresUrlOrSkip(this);
    connector = await startLocalConnector();
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });
  after(async () => connector?.close());

  /** A fresh schema with the demo tenant's channels; 500 vacancies created through the use case. */
  async function prepare() {
    const schema = `ks_once_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const db = await openDatabase({ kind: 'postgres', url, schema });
    const store = new KyselyStore(db);
    const { actor, company } = await alertTenant(store, DEMO_TENANT_ID, {
      serviceUrl: connector.url,
      channels: CHANNELS,
    });
    const instanceUrl = urlWithSchema(url, schema);
    const sentRows = async () => {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from alert_outbox where status = 'sent'`.execute(db);
      return rows[0]!.n;
    };
    const createAll = async () => {
      // Ten at a time, as many staff would: also lets delivery start while vacancies keep arriving.
      for (let n = 0; n < VACANCIES; n += 10) {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            createVacancy({ store, clock: systemClock }, actor, vacancyInput(company.id, n + i)),
          ),
        );
      }
    };
    const cleanup = async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    };
    return { instanceUrl, sentRows, createAll, cleanup };
  }

  function launch(instanceUrl: string) {
    const instance = startInstance(instanceUrl);
    children.push(instance.child);
    return instance;
  }

  function assertExactlyOnce() {
    const posts = connector.accepted.filter((call) => call.kind === 'post');
    const keys = posts.map((call) => `${call.channelId}/${call.vacancyId}`);
    assert.equal(new Set(keys).size, VACANCIES * CHANNELS, 'every vacancy reached every channel');
    assert.equal(posts.length, VACANCIES * CHANNELS, 'and none twice');
  }

  it('when two processes deliver 500 vacancies to 5 channels, then the connector gets exactly 2,500 posts, none twice', async () => {
    connector.accepted.splice(0);
    const run = await prepare();
    try {
      const instances = [launch(run.instanceUrl), launch(run.instanceUrl)];
      await Promise.all(instances.map((i) => i.ready));
      await run.createAll();
      await until(async () => (await run.sentRows()) === VACANCIES * CHANNELS, '2,500 sent rows');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assertExactlyOnce();
    } finally {
      for (const child of children) child.kill('SIGKILL');
      await run.cleanup();
    }
  });

  it('when one process is SIGKILLed mid-run and restarted, then still exactly 2,500 posts', async () => {
    connector.accepted.splice(0);
    const run = await prepare();
    try {
      const [victim, survivor] = [launch(run.instanceUrl), launch(run.instanceUrl)];
      await Promise.all([victim.ready, survivor.ready]);
      await run.createAll();
      await until(() => connector.accepted.length >= 800, '800 posts before the kill');
      // Hold new requests unrecorded; once every answered post is committed, kill. The killed
      // process's held requests are dropped (its sockets are gone), as Teams would never see them.
      // This leaves out, honestly, the irreducible window between Teams' answer and our commit.
      connector.closeGate();
      await until(async () => (await run.sentRows()) === connector.accepted.length, 'answered posts committed');
      await killHard(victim);
      await connector.openGate();
      const restarted = launch(run.instanceUrl);
      await restarted.ready;
      await until(async () => (await run.sentRows()) === VACANCIES * CHANNELS, '2,500 sent rows after the restart');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assertExactlyOnce();
    } finally {
      for (const child of children) child.kill('SIGKILL');
      await run.cleanup();
    }
  });
});

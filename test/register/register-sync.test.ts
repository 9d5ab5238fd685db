/**
 * Issue 16's daily sync against the local CVR distribution emulator, through the same adapter,
 * use cases, job and HTTP app as production: what changed in the register shows up after one run;
 * an unreachable register leaves the last good state, is retried and tells the admin; an import
 * that stops half-way leaves whole batches only and the next run continues after them.
 */
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { smallRoskilde, CVR_PASSWORD, CVR_USER, REGISTER_NOW, unitsOf } from '../emulators/support/cvr-fixtures.js';
import { startCvrEmulator, type CvrEmulator } from '../../src/demo/emulators/cvr/cvr-emulator.js';
import { generateMunicipality } from '../../src/demo/emulators/cvr/municipality.js';
import { createDistributionSource } from '../../src/adapters/cvr/distribution-source.js';
import { importRegister } from '../../src/app/register-import.js';
import { startRegisterSyncJob } from '../../src/app/register-sync-job.js';
import { completeCvr } from '../../src/domain/cvr.js';
import type { OutboundFetch } from '../../src/adapters/outbound-fetch.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Clock } from '../../src/ports/clock.js';

const ROSKILDE = '265';
const SYNC_DAY = new Date('2026-12-02T03:00:00.000Z');
const clock: Clock = { now: () => SYNC_DAY };

for (const target of STORE_TARGETS) {
  describe(`CVR register sync on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let emulator: CvrEmulator;
    let app: TestApp;
    let tenantId: string;

    const sourceFor = (fetch?: OutboundFetch) =>
      createDistributionSource({
        baseUrl: emulator.url,
        user: CVR_USER,
        password: CVR_PASSWORD,
        ownDomains: ['roskilde.dk'],
        ...(fetch && { fetch }),
      });
    const syncJob = () =>
      startRegisterSyncJob({
        deps: { store, source: sourceFor(), clock },
        clock,
        logger: pino({ level: 'silent' }),
        tenants: [tenantId],
        municipalityCode: ROSKILDE,
        intervalMs: 24 * 3_600_000,
        retryBaseMs: 3_600_000,
        firstRunMs: 24 * 3_600_000,
      });
    const companyByCvr = async (cvr: string) => {
      const hits = await app.call('GET', `/api/companies?q=${cvr}`);
      if (hits.body.items.length === 0) return null;
      return (await app.call('GET', `/api/companies/${hits.body.items[0].id}`)).body.company;
    };

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      emulator = await startCvrEmulator({
        documents: structuredClone(smallRoskilde().documents),
        users: { [CVR_USER]: CVR_PASSWORD },
      });
      tenantId = newTenantId();
      await store.insertStaff(tenantId, {
        email: 'mette@roskilde.dk',
        name: 'Mette Kjærgaard',
        sectionId: null,
        isAdmin: true,
      });
      await importRegister({ store, source: sourceFor(), clock }, { tenantId, municipalityCode: ROSKILDE });
      app = await startTestApp({
        store,
        tenantId,
        defaultEmail: 'mette@roskilde.dk',
        register: { source: sourceFor(), municipalityCode: ROSKILDE },
      });
    });
    after(async () => {
      await app?.close();
      await emulator?.close();
      await close?.();
    });

    it('when a company is renamed, another goes bankrupt and a new one registers, then one sync run shows all three', async () => {
      const [renamed, ...others] = smallRoskilde().expectedCvrs.slice(3) as [string, ...string[]];
      // A company with a mail domain, so the Outlook pane finds it from an email.
      let bankrupt = '';
      let bankruptDomain = '';
      for (const cvr of others) {
        const domains: string[] = (await companyByCvr(cvr)).domains;
        if (domains.length === 0) continue;
        [bankrupt, bankruptDomain] = [cvr, domains[0]!];
        break;
      }
      const formerName = (await companyByCvr(renamed)).name;
      const at = new Date(REGISTER_NOW.getTime() + 3_600_000);
      const newCvr = completeCvr('4999997')!;
      const added = generateMunicipality({
        seed: 9,
        legalUnits: 0,
        now: at,
        knownCompanies: [
          {
            cvr: newCvr,
            name: 'Trekroner Nybyg ApS',
            pNumbers: ['1299999998'],
            postcode: '4000',
            city: 'Roskilde',
            industryCode: '412000',
            employeeBand: '1-9',
            domains: ['trekroner-nybyg.dk'],
          },
        ],
      });
      emulator.rename(renamed, 'Roskilde Fjord Gruppen ApS', at);
      emulator.setStatus(bankrupt, 'UNDER KONKURS', at);
      emulator.addCompany(
        added.documents.map((d) =>
          'Vrvirksomhed' in d
            ? { Vrvirksomhed: { ...d.Vrvirksomhed, sidstOpdateret: at.toISOString() } }
            : { VrproduktionsEnhed: { ...d.VrproduktionsEnhed, sidstOpdateret: at.toISOString() } },
        ),
      );

      const job = syncJob();
      try {
        const [result] = await job.runOnce();
        assert.ok(result && 'summary' in result, 'the run succeeded');
        assert.equal(result.summary.created, 1);
        assert.equal(result.summary.updated, 2);
      } finally {
        await job.stop();
      }

      const renamedNow = await companyByCvr(renamed);
      assert.equal(renamedNow.name, 'Roskilde Fjord Gruppen ApS');
      assert.ok(
        renamedNow.register.nameHistory.some(
          (entry: { name: string; period: { to: string | null } }) =>
            entry.name === formerName && entry.period.to !== null,
        ),
        'the former name is kept in the history, ended',
      );
      assert.equal((await companyByCvr(bankrupt)).registerStatus, 'UNDER KONKURS');
      const pane = await app.call('GET', `/api/context?email=${encodeURIComponent(`job@${bankruptDomain}`)}`);
      assert.equal(pane.body.matches[0].context.flags.registerStatus, 'UNDER KONKURS', 'the pane flags the bankruptcy');
      const created = await companyByCvr(newCvr);
      assert.equal(created.name, 'Trekroner Nybyg ApS');
      assert.deepEqual(created.domains, ['trekroner-nybyg.dk']);
    });

    it('when the register cannot be reached, then the last good state stays, the admin is told, and the next run recovers', async () => {
      const before = await app.call('GET', '/api/companies?limit=100');
      emulator.faults.failNext(100, 503);
      const job = syncJob();
      try {
        const [failed] = await job.runOnce();
        assert.deepEqual(failed, { tenantId, errorCode: 'REGISTER_UNAVAILABLE' });
        const status = (await app.call('GET', '/api/admin/register')).body;
        assert.equal(status.notice, 'failing');
        assert.equal(status.failures, 1);
        assert.equal(status.lastErrorCode, 'REGISTER_UNAVAILABLE');
        assert.deepEqual((await app.call('GET', '/api/companies?limit=100')).body, before.body);

        emulator.faults.failNext(0);
        const [recovered] = await job.runOnce();
        assert.ok(recovered && 'summary' in recovered);
        const after = (await app.call('GET', '/api/admin/register')).body;
        assert.equal(after.notice, null);
        assert.equal(after.failures, 0);
      } finally {
        emulator.faults.failNext(0);
        await job.stop();
      }
    });

    it('when an import stops half-way, then only whole batches are written and the next run continues after them', async () => {
      // A register of its own: the stories above changed the shared one.
      const own = await startCvrEmulator({
        documents: structuredClone(smallRoskilde().documents),
        users: { [CVR_USER]: CVR_PASSWORD },
      });
      const ownSource = (fetch?: OutboundFetch) =>
        createDistributionSource({
          baseUrl: own.url,
          user: CVR_USER,
          password: CVR_PASSWORD,
          ownDomains: ['roskilde.dk'],
          ...(fetch && { fetch }),
        });
      try {
        const tenant = newTenantId();
        let calls = 0;
        const breaking: OutboundFetch = async (url, init) => {
          calls += 1;
          if (calls > 6) throw new TypeError('fetch failed');
          return fetch(url, init);
        };
        const batchSize = 20;
        await assert.rejects(
          importRegister(
            { store, source: ownSource(breaking), clock },
            { tenantId: tenant, municipalityCode: ROSKILDE, batchSize },
          ),
        );
        const stopped = await store.getRegisterSync(tenant);
        assert.ok(stopped?.importCheckpoint, 'the last whole batch is the checkpoint');
        const written = (await store.listCompanies(tenant, 1000)).length;
        assert.equal(written % batchSize, 0, 'whole batches only');

        const resumed = await importRegister(
          { store, source: ownSource(), clock },
          { tenantId: tenant, municipalityCode: ROSKILDE, batchSize },
        );
        const all = smallRoskilde().expectedCvrs.length;
        assert.equal(resumed.created, all - written, 'the rest, nothing twice');
        assert.equal((await store.listCompanies(tenant, 1000)).length, all);
        assert.equal((await store.getRegisterSync(tenant))?.importCheckpoint, null);
      } finally {
        await own.close();
      }
    });
  });
}

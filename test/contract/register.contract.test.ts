import assert from 'node:assert/strict';
import { buildCompany } from '../support/factories.js';
import { buildRegisterPUnit as buildPUnit, buildRegisterCompany } from '../support/register-company-factory.js';
import { toRegisterCompanyRow } from '../../src/app/register-row.js';
import type { RegisterSyncState } from '../../src/ports/store.js';
import { describeStoreContract } from './support/store-suite.js';

const ROSKILDE = '265';
const SYNCED = new Date('2026-12-01T03:00:00.000Z');
const row = (overrides: Parameters<typeof buildRegisterCompany>[0] = {}) =>
  toRegisterCompanyRow(buildRegisterCompany({ domains: ['ostergaard-byg.dk'], ...overrides }), ROSKILDE);

describeStoreContract('register', (t) => {
  describe('applyRegisterCompanies', () => {
    it('when the register names a new company, then it is created with its P-units, domains and register facts', async () => {
      const here = buildPUnit();
      const away = buildPUnit({
        address: {
          street: 'Vesterbrogade 1',
          postcode: '1620',
          city: 'København V',
          municipalityCode: '101',
          countryCode: 'DK',
        },
      });
      const company = row({ pUnits: [here, away], status: 'UNDER KONKURS', advertisingProtected: true });
      const [outcome] = await t.store.applyRegisterCompanies(t.tenant, [company], SYNCED);
      assert.equal(outcome?.change, 'created');
      const read = await t.store.getCompany(t.tenant, outcome!.companyId);
      assert.equal(read?.cvr, company.cvr);
      assert.equal(read?.registerStatus, 'UNDER KONKURS');
      assert.deepEqual(read?.domains, ['ostergaard-byg.dk']);
      assert.equal(read?.register?.advertisingProtected, true);
      assert.equal(read?.register?.syncedAt.toISOString(), SYNCED.toISOString());
      assert.deepEqual(
        read?.register?.pUnits.map((unit) => [unit.pNumber, unit.inMunicipality]),
        [
          [here.pNumber, true],
          [away.pNumber, false],
        ],
      );
      assert.deepEqual(
        (await t.store.findCompaniesByPNumber(t.tenant, away.pNumber, 5)).map((c) => c.id),
        [read?.id],
      );
    });

    it('when the same documents are applied again, then every company is unchanged', async () => {
      const rows = [row(), row()];
      await t.store.applyRegisterCompanies(t.tenant, rows, SYNCED);
      const again = await t.store.applyRegisterCompanies(t.tenant, rows, new Date('2026-12-02T03:00:00.000Z'));
      assert.deepEqual(
        again.map((outcome) => outcome.change),
        ['unchanged', 'unchanged'],
      );
    });

    it('when a company staff typed has the CVR, then the register updates it and keeps what staff wrote', async () => {
      const typed = await t.store.insertCompany(
        t.tenant,
        buildCompany({
          name: 'Østergaard',
          blockade: true,
          responsibleStaffId: t.staff.id,
          domains: ['oestergaard.dk'],
        }),
      );
      const [outcome] = await t.store.applyRegisterCompanies(
        t.tenant,
        [row({ cvr: typed.cvr!, name: 'Østergaard Byg A/S' })],
        SYNCED,
      );
      assert.deepEqual([outcome?.change, outcome?.companyId], ['updated', typed.id]);
      const read = await t.store.getCompany(t.tenant, typed.id);
      assert.equal(read?.name, 'Østergaard Byg A/S');
      assert.equal(read?.blockade, true);
      assert.equal(read?.responsibleStaffId, t.staff.id);
      assert.deepEqual(read?.domains, ['oestergaard.dk', 'ostergaard-byg.dk']);
    });

    it('when a company staff typed without CVR has one of the P-numbers, then it is that company', async () => {
      const unit = buildPUnit();
      const typed = await t.store.insertCompany(t.tenant, buildCompany({ cvr: null, pNumbers: [unit.pNumber] }));
      const company = row({ pUnits: [unit] });
      const [outcome] = await t.store.applyRegisterCompanies(t.tenant, [company], SYNCED);
      assert.deepEqual([outcome?.change, outcome?.companyId], ['updated', typed.id]);
      assert.equal((await t.store.getCompany(t.tenant, typed.id))?.cvr, company.cvr);
    });

    it('when the register drops a domain, then its domain goes and the one staff added stays', async () => {
      const first = row({ domains: ['gammel.dk'] });
      const [created] = await t.store.applyRegisterCompanies(t.tenant, [first], SYNCED);
      const company = (await t.store.getCompany(t.tenant, created!.companyId))!;
      await t.store.updateCompany(t.tenant, company.id, { domains: [...company.domains, 'staff.dk'] });
      await t.store.applyRegisterCompanies(t.tenant, [{ ...first, domains: ['ny.dk'], hash: 'changed' }], SYNCED);
      assert.deepEqual((await t.store.getCompany(t.tenant, company.id))?.domains, ['ny.dk', 'staff.dk']);
    });

    it('when a batch fails half-way, then none of it is written', async () => {
      const good = row();
      const clash = { ...row(), pUnits: [{ ...good.pUnits[0]!, pNumber: 'not ten digits' }] };
      await assert.rejects(t.store.applyRegisterCompanies(t.tenant, [good, clash], SYNCED));
      assert.deepEqual(await t.store.findCompaniesByCvrPrefix(t.tenant, good.cvr, 5), []);
    });
  });

  describe('getRegisterSync, saveRegisterSync', () => {
    it('when no import has run, then there is no state; a saved state reads back and is replaced', async () => {
      assert.equal(await t.store.getRegisterSync(t.tenant), null);
      const state: RegisterSyncState = {
        source: 'file',
        importCheckpoint: '31245678',
        importCompletedAt: null,
        watermark: new Date('2026-11-30T10:00:00.000Z'),
        lastAttemptAt: SYNCED,
        lastSuccessAt: null,
        failures: 2,
        lastErrorCode: 'REGISTER_UNAVAILABLE',
      };
      await t.store.saveRegisterSync(t.tenant, state);
      assert.deepEqual(await t.store.getRegisterSync(t.tenant), state);
      await t.store.saveRegisterSync(t.tenant, { ...state, importCheckpoint: null, failures: 0 });
      assert.equal((await t.store.getRegisterSync(t.tenant))?.failures, 0);
    });
  });
});

import assert from 'node:assert/strict';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildVacancy } from '../support/factories.js';
import type { NewVacancy } from '../../src/ports/store.js';
import type { JobnetFacts } from '../../src/domain/jobordre.js';
import { describeStoreContract } from './support/store-suite.js';

const jobnetFacts = (jobordreId: string, version: string): JobnetFacts => ({
  jobordreId,
  version: new Date(version),
  status: 'open',
  statusText: 'Aktiv',
  type: { code: '2', label: 'Løntilskud - privat', specialTerms: true },
  occupation: { code: '7115.1', label: 'Tømrer' },
  workAddress: { street: 'Algade 12', postcode: '4000', city: 'Roskilde', municipalityCode: '265' },
});

const listedVacancy = {
  positions: 2,
  deadline: '2026-12-31',
  location: 'Roskilde',
  postcode: '4000',
  topics: ['rekruttering'],
};

describeStoreContract('vacancies', (t) => {
  describe('insertVacancy, getVacancyForUpdate, updateVacancyStatus, insertVacancyEvent, listVacancies, listVacancyEvents', () => {
    it('when a vacancy moves, then its status and events are kept', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const vacancy = await t.store.insertVacancy(t.tenant, buildVacancy(company.id, t.staff.id, listedVacancy));
      assert.equal(vacancy.deadline, '2026-12-31');
      await t.store.withTransaction(async (tx) => {
        const locked = await tx.getVacancyForUpdate(t.tenant, vacancy.id);
        assert.equal(locked?.status, 'received');
        await tx.updateVacancyStatus(t.tenant, vacancy.id, 'in_progress', t.staff.id);
        await tx.insertVacancyEvent(t.tenant, {
          vacancyId: vacancy.id,
          fromStatus: 'received',
          toStatus: 'in_progress',
          actorId: t.staff.id,
          note: null,
        });
      });
      const [listed] = await t.store.listVacancies(t.tenant, { statuses: ['in_progress'], limit: 5 });
      assert.equal(listed?.claimedBy, t.staff.id);
      assert.equal(listed?.companyName, company.name);
      assert.deepEqual(
        (await t.store.listVacancyEvents(t.tenant, vacancy.id)).map((e) => e.toStatus),
        ['in_progress'],
      );
      assert.equal(await t.store.getVacancyForUpdate(newTenantId(), vacancy.id), null);
    });
  });

  describe('listVacanciesPastDeadline', () => {
    it('when deadlines pass, then only open vacancies whose deadline is before today are listed, oldest deadline first', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const insert = (overrides: Partial<NewVacancy>) =>
        t.store.insertVacancy(t.tenant, buildVacancy(company.id, t.staff.id, overrides));
      const later = await insert({ deadline: '2026-03-10' });
      const earlier = await insert({ deadline: '2026-03-01', status: 'in_progress', claimedBy: t.staff.id });
      await insert({ deadline: '2026-03-15' });
      await insert({ deadline: null });
      await insert({ deadline: '2026-02-01', status: 'filled' });
      assert.deepEqual(await t.store.listVacanciesPastDeadline(t.tenant, '2026-03-15', 10), [earlier.id, later.id]);
      assert.deepEqual(await t.store.listVacanciesPastDeadline(t.tenant, '2026-03-15', 1), [earlier.id]);
      assert.deepEqual(await t.store.listVacanciesPastDeadline(newTenantId(), '2026-03-15', 10), []);
    });
  });

  describe('getVacancyByJobordreForUpdate and updateVacancyFromJobnet', () => {
    it('when a vacancy came from Jobnet, then it is found by its jobordre id and a newer version replaces its facts', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const jobordreId = '5b0b7c1e-2f7a-4a57-9a43-0f5d2b7c9e11';
      const vacancy = await t.store.insertVacancy(t.tenant, {
        ...buildVacancy(company.id, t.staff.id, { createdBy: null }),
        jobnet: jobnetFacts(jobordreId, '2026-12-01T07:00:00.000Z'),
      });
      assert.equal(vacancy.createdBy, null);
      const found = await t.store.withTransaction((tx) => tx.getVacancyByJobordreForUpdate(t.tenant, jobordreId));
      assert.equal(found?.id, vacancy.id);
      assert.deepEqual(found?.jobnet, jobnetFacts(jobordreId, '2026-12-01T07:00:00.000Z'));

      const newer = { ...jobnetFacts(jobordreId, '2026-12-03T07:00:00.000Z'), statusText: 'Aktiv (ændret)' };
      const updated = await t.store.updateVacancyFromJobnet(t.tenant, vacancy.id, {
        title: 'Tømrer til tag',
        positions: 3,
        deadline: '2026-12-24',
        location: 'Algade 12, Roskilde',
        postcode: '4000',
        jobnet: newer,
      });
      assert.deepEqual(
        [updated.title, updated.positions, updated.deadline, updated.location, updated.status],
        ['Tømrer til tag', 3, '2026-12-24', 'Algade 12, Roskilde', 'received'],
      );
      assert.deepEqual(updated.jobnet, newer);
      assert.equal(await t.store.getVacancyByJobordreForUpdate(newTenantId(), jobordreId), null);
      assert.equal(await t.store.getVacancyByJobordreForUpdate(t.tenant, '00000000-0000-4000-8000-000000000000'), null);
    });

    it('when a second vacancy names the same jobordre, then the store refuses it (one vacancy per jobordre)', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const jobordreId = 'c0a80121-7e1f-4a57-9a43-0f5d2b7c9e11';
      const fromJobnet = () => ({
        ...buildVacancy(company.id, t.staff.id, { createdBy: null }),
        jobnet: jobnetFacts(jobordreId, '2026-12-01T07:00:00.000Z'),
      });
      await t.store.insertVacancy(t.tenant, fromJobnet());
      await assert.rejects(t.store.insertVacancy(t.tenant, fromJobnet()));
      const staffs = await t.store.insertVacancy(t.tenant, buildVacancy(company.id, t.staff.id));
      assert.equal(staffs.jobnet, null);
    });
  });
});

import assert from 'node:assert/strict';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildVacancy } from '../support/factories.js';
import type { NewVacancy } from '../../src/ports/store.js';
import { describeStoreContract } from './support/store-suite.js';

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
});

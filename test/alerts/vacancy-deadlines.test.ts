import assert from 'node:assert/strict';
import { STORE_TARGETS, openOrSkip } from '../support/databases.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { createVacancy, transitionVacancy } from '../../src/app/vacancies.js';
import { closeVacanciesPastDeadline } from '../../src/app/vacancy-deadlines.js';
import { danishDate } from '../../src/domain/local-date.js';
import { alertTenant, vacancyInput } from './support/alert-fixture.js';

const TENANT = 'e3b0c442-98fc-4c14-9afb-f4c8996fb924';
const fixedClock = (iso: string) => ({ now: () => new Date(iso) });

for (const target of STORE_TARGETS) {
  describe(`Vacancies past their deadline on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
    });
    after(async () => close?.());

    it('when the Danish date passes a deadline, then open vacancies close as "deadline passed" by Kontaktspor, their channel cards are queued for update, and a second run changes nothing', async () => {
      const { actor, company } = await alertTenant(store, TENANT, { serviceUrl: 'http://127.0.0.1:9/', channels: 2 });
      const deps = { store, clock: fixedClock('2027-01-10T09:00:00Z') };
      const due = await createVacancy(deps, actor, { ...vacancyInput(company.id, 1), deadline: '2027-01-14' });
      const claimed = await createVacancy(deps, actor, { ...vacancyInput(company.id, 2), deadline: '2027-01-14' });
      await transitionVacancy(deps, actor, claimed.id, { to: 'in_progress' });
      const later = await createVacancy(deps, actor, { ...vacancyInput(company.id, 3), deadline: '2027-01-15' });
      const filled = await createVacancy(deps, actor, { ...vacancyInput(company.id, 4), deadline: '2027-01-01' });
      await transitionVacancy(deps, actor, filled.id, { to: 'filled' });
      const noDeadline = await createVacancy(deps, actor, { ...vacancyInput(company.id, 5), deadline: null });

      // 23:30 UTC on the 14th is already the 15th in Copenhagen: the 14th's deadline has passed.
      const now = new Date('2027-01-14T23:30:00Z');
      assert.equal(danishDate(now), '2027-01-15');
      assert.equal(await closeVacanciesPastDeadline(store, TENANT, now), 2);

      const status = async (id: string) => (await store.getVacancyForUpdate(TENANT, id))!.status;
      assert.equal(await status(due.id), 'deadline_passed');
      assert.equal(await status(claimed.id), 'deadline_passed');
      assert.equal(await status(later.id), 'received', 'a deadline of today is still open');
      assert.equal(await status(filled.id), 'filled');
      assert.equal(await status(noDeadline.id), 'received');

      const events = await store.listVacancyEvents(TENANT, due.id);
      assert.deepEqual(events.at(-1), {
        ...events.at(-1)!,
        fromStatus: 'received',
        toStatus: 'deadline_passed',
        actorId: null,
      });
      const updates = (await store.listAlerts(TENANT, { status: 'pending', vacancyId: due.id, limit: 10 })).filter(
        (row) => row.kind === 'update',
      );
      assert.equal(updates.length, 2, 'both channels get the closed card');

      assert.equal(await closeVacanciesPastDeadline(store, TENANT, now), 0);
    });
  });
}

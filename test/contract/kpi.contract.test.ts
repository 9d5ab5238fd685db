import assert from 'node:assert/strict';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildInteraction, buildVacancy } from '../support/factories.js';
import { describeStoreContract } from './support/store-suite.js';

describeStoreContract('kpi', (t) => {
  describe('kpiFacts', () => {
    it('when contacts and vacancies fall in and out of a period, then the facts count only those inside it', async () => {
      const range = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') };
      const [served, cooperating, quiet] = await Promise.all(
        [1, 2, 3].map(() => t.store.insertCompany(t.tenant, buildCompany())),
      );
      const contact = (companyId: string, occurredAt: string, topics: string[]) =>
        t.store.insertInteraction(
          t.tenant,
          buildInteraction(companyId, t.staff.id, { occurredAt: new Date(occurredAt), topics }),
        );
      await contact(served!.id, '2026-01-10T10:00:00Z', ['rekruttering']);
      await contact(cooperating!.id, '2026-02-10T10:00:00Z', ['mentor']);
      await contact(cooperating!.id, '2026-02-11T10:00:00Z', ['rekruttering']);
      await contact(quiet!.id, '2025-12-31T10:00:00Z', ['mentor']);
      const createdAt = new Date('2026-01-15T10:00:00Z');
      const vacancy = await t.store.insertVacancy(t.tenant, buildVacancy(served!.id, t.staff.id, { createdAt }));
      await t.store.insertVacancyEvent(t.tenant, {
        vacancyId: vacancy.id,
        fromStatus: 'received',
        toStatus: 'filled',
        actorId: t.staff.id,
        note: null,
        at: new Date('2026-01-17T10:00:00Z'),
      });

      const facts = await t.store.kpiFacts(t.tenant, range, null, ['mentor']);
      assert.deepEqual(
        [facts.companiesTotal, facts.companiesServed, facts.cooperatingCompanies, facts.staffTotal],
        [3, 2, 1, 1],
      );
      assert.deepEqual(facts.loggingStaffByMonth, [
        { month: '2026-01', staff: 1 },
        { month: '2026-02', staff: 1 },
      ]);
      assert.deepEqual(
        facts.contactsByMonthAndSection.map((row) => [row.month, row.contacts, row.companies]),
        [
          ['2026-01', 1, 1],
          ['2026-02', 2, 1],
        ],
      );
      assert.deepEqual(
        [
          facts.vacanciesReceived,
          facts.vacanciesReferred,
          facts.vacanciesFilled,
          facts.vacanciesClosed,
          facts.avgDaysToFirstAction,
        ],
        [1, 1, 1, 1, 2],
      );
      const elsewhere = await t.store.kpiFacts(newTenantId(), range, null, ['mentor']);
      assert.deepEqual([elsewhere.companiesTotal, elsewhere.companiesServed, elsewhere.vacanciesReceived], [0, 0, 0]);
    });
  });

  describe('upsertKpiTargets, listKpiTargets', () => {
    it('when targets are set twice, then the later value wins, per metric, section and period', async () => {
      await t.store.upsertKpiTargets(t.tenant, [
        { metric: 'companiesServed', sectionId: null, period: '2026', value: 100 },
        { metric: 'companiesServed', sectionId: 'unge', period: '2026', value: 20 },
        { metric: 'contacts', sectionId: null, period: '2026', value: 900 },
      ]);
      await t.store.upsertKpiTargets(t.tenant, [
        { metric: 'companiesServed', sectionId: null, period: '2026', value: 120 },
      ]);
      await t.store.upsertKpiTargets(t.tenant, []);
      assert.deepEqual(await t.store.listKpiTargets(t.tenant, null), [
        { metric: 'companiesServed', sectionId: null, period: '2026', value: 120 },
        { metric: 'contacts', sectionId: null, period: '2026', value: 900 },
      ]);
      assert.deepEqual(await t.store.listKpiTargets(t.tenant, 'unge'), [
        { metric: 'companiesServed', sectionId: 'unge', period: '2026', value: 20 },
      ]);
      assert.deepEqual(await t.store.listKpiTargets(newTenantId(), null), []);
    });
  });
});

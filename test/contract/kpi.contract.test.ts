import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildInteraction, buildVacancy } from '../support/factories.js';
import { MUNICIPALITY, buildRegisterCompany, buildRegisterPUnit } from '../support/register-company-factory.js';
import { toRegisterCompanyRow } from '../../src/app/register-row.js';
import { strategyKpis } from '../../src/app/strategy-kpis.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';
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

  describe('samarbejdsgrad over the CVR register (kpiFacts through strategyKpis)', () => {
    const range = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
    const actor = () => ({
      tenantId: t.tenant,
      staffId: t.staff.id,
      name: t.staff.name,
      email: t.staff.email,
      sectionId: null,
      isAdmin: false,
    });
    const contact = (companyId: string, occurredAt: string, topics: string[]) =>
      t.store.insertInteraction(
        t.tenant,
        buildInteraction(companyId, t.staff.id, { occurredAt: new Date(occurredAt), topics }),
      );

    /** What the register-based measure should be, straight from the tables. */
    async function expectedBySql() {
      const cooperation = DEFAULT_TOPICS.filter((topic) => topic.cooperation).map((topic) => topic.key);
      const { rows } = await sql<{ in_register: number; cooperating: number }>`
        select
          (select count(*)::int from companies where tenant_id = ${t.tenant} and register_counted) as in_register,
          (select count(distinct company_id)::int from interactions
            where tenant_id = ${t.tenant} and occurred_at >= ${range.from} and occurred_at < ${range.to}
              and topics && ${sql.val(cooperation)}::text[]) as cooperating`.execute(t.db);
      return rows[0]!;
    }

    it("when a contact comes from a shared mailbox (no person), then it counts for the section's contacts, not for the staff who logged", async () => {
      const range = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      await t.store.insertInteraction(t.tenant, {
        ...buildInteraction(company.id, t.staff.id, { occurredAt: new Date('2026-01-10T10:00:00Z') }),
        loggedBy: null,
        sectionId: 'virksomhedsservice',
        sharedMailbox: 'jobordre@roskilde.dk',
      });
      const facts = await t.store.kpiFacts(t.tenant, range, null, ['mentor']);
      assert.deepEqual(
        facts.contactsByMonthAndSection.map((row) => [row.month, row.sectionId, row.contacts]),
        [['2026-01', 'virksomhedsservice', 1]],
      );
      assert.deepEqual(facts.loggingStaffByMonth, [], 'no person logged it');
      const kpis = await strategyKpis(
        { store: t.store },
        { tenantId: t.tenant, staffId: t.staff.id, name: 'Anne', email: 'anne@x.dk', sectionId: null, isAdmin: false },
        { ...range, sectionId: null },
      );
      assert.equal(kpis.months[0]?.staffShareLogging, 0);
    });

    it("when the register has been imported, then samarbejdsgrad is cooperating companies over the register's companies with at least one employee", async () => {
      const elsewhere = {
        street: 'Vesterbrogade 1',
        postcode: '1620',
        city: 'København V',
        municipalityCode: '101',
        countryCode: 'DK',
      };
      const imported = [
        buildRegisterCompany({ name: 'Tæller 1 ApS' }),
        buildRegisterCompany({ name: 'Tæller 2 ApS' }),
        buildRegisterCompany({ name: 'Tæller 3 ApS' }),
        buildRegisterCompany({ name: 'Tæller 4 ApS' }),
        buildRegisterCompany({ name: 'Uden ansatte ApS', employeeInterval: 'ANTAL_0_0' }),
        buildRegisterCompany({ name: 'Opløst ApS', status: 'OPLØST EFTER KONKURS' }),
        buildRegisterCompany({ name: 'I København ApS', pUnits: [buildRegisterPUnit({ address: elsewhere })] }),
      ];
      const outcomes = await t.store.applyRegisterCompanies(
        t.tenant,
        imported.map((company) => toRegisterCompanyRow(company, MUNICIPALITY)),
        new Date('2026-03-01T00:00:00Z'),
      );
      const id = (name: string) => outcomes[imported.findIndex((company) => company.name === name)]!.companyId;
      const typedByStaff = await t.store.insertCompany(t.tenant, buildCompany());
      await contact(id('Tæller 1 ApS'), '2026-01-10T10:00:00Z', ['mentor']);
      await contact(id('Tæller 1 ApS'), '2026-02-10T10:00:00Z', ['loentilskud']);
      await contact(id('Tæller 2 ApS'), '2026-03-10T10:00:00Z', ['virksomhedspraktik', 'rekruttering']);
      await contact(id('Tæller 3 ApS'), '2026-02-10T10:00:00Z', ['rekruttering']);
      await contact(id('Tæller 4 ApS'), '2025-12-31T10:00:00Z', ['mentor']);
      await contact(typedByStaff.id, '2026-02-01T10:00:00Z', ['rekruttering']);

      const kpi = await strategyKpis({ store: t.store }, actor(), { ...range, sectionId: null });

      const expected = await expectedBySql();
      assert.deepEqual([expected.in_register, expected.cooperating], [4, 2], 'the scenario itself');
      assert.equal(kpi.counts.denominator, 'register');
      assert.equal(kpi.counts.companiesInRegister, expected.in_register);
      assert.equal(kpi.counts.companiesTotal, 8);
      assert.equal(kpi.counts.cooperatingCompanies, expected.cooperating);
      const share = Math.round((expected.cooperating / expected.in_register) * 10_000) / 10_000;
      assert.equal(kpi.metrics['samarbejdsgrad'], share);
      assert.equal(kpi.months.at(-1)?.cumulative.samarbejdsgrad, share);
    });

    it('when the register has not been imported, then samarbejdsgrad is over every company Kontaktspor knows, and says so', async () => {
      const [cooperating] = await Promise.all(
        [1, 2, 3, 4, 5].map(() => t.store.insertCompany(t.tenant, buildCompany())),
      );
      await contact(cooperating!.id, '2026-02-10T10:00:00Z', ['jobrotation']);

      const kpi = await strategyKpis({ store: t.store }, actor(), { ...range, sectionId: null });

      const expected = await expectedBySql();
      assert.equal(expected.in_register, 0);
      assert.deepEqual(
        [
          kpi.counts.denominator,
          kpi.counts.companiesInRegister,
          kpi.counts.companiesTotal,
          kpi.metrics['samarbejdsgrad'],
        ],
        ['companies', 0, 5, Math.round((expected.cooperating / 5) * 10_000) / 10_000],
      );
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

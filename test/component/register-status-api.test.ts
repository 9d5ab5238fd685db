import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { STORE_TARGETS, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';
import { buildInteraction } from '../support/factories.js';
import { MUNICIPALITY, buildRegisterCompany } from '../support/register-company-factory.js';
import { toRegisterCompanyRow } from '../../src/app/register-row.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/store/db-schema.js';

/**
 * The CVR register's status reaches every view through the API (search, the company page, the
 * Outlook pane's context), and the KPI answer says what samarbejdsgrad was divided by. Every answer
 * is also checked against the OpenAPI document, so a schema that strips or refuses a field fails here.
 */
for (const target of STORE_TARGETS) {
  describe(`CVR register status and samarbejdsgrad through the API on ${target.name}`, function () {
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let app: TestApp;
    let tenantId: string;
    let bankruptId: string;
    let now: Date;

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      let demoEmail: string;
      let staffId: string;
      ({ tenantId, demoEmail, now } = await seedTenant(store));
      ({ id: staffId } = (await store.findStaffByEmail(tenantId, demoEmail))!);
      app = await startTestApp({ store, tenantId, defaultEmail: demoEmail });
      const bankrupt = buildRegisterCompany({
        name: 'Konkursbo Tømrer ApS',
        status: 'UNDER KONKURS',
        domains: ['konkursbo-toemrer.dk'],
      });
      const [outcome] = await store.applyRegisterCompanies(
        tenantId,
        [toRegisterCompanyRow(bankrupt, MUNICIPALITY), toRegisterCompanyRow(buildRegisterCompany(), MUNICIPALITY)],
        now,
      );
      bankruptId = outcome!.companyId;
      await store.insertInteraction(
        tenantId,
        buildInteraction(bankruptId, staffId, { occurredAt: now, topics: ['mentor'] }),
      );
    });
    after(async () => {
      await app?.close();
      await close?.();
    });

    it('when staff search for a company the register says is under bankruptcy, then the hit carries the status', async () => {
      const { body } = await app.call('GET', '/api/companies?q=Konkursbo');
      assert.deepEqual(
        body.items.map((item: { id: string; registerStatus: string | null }) => [item.id, item.registerStatus]),
        [[bankruptId, 'UNDER KONKURS']],
      );
    });

    it('when the company page is opened, then the company and its service context carry the status', async () => {
      const { status, body } = await app.call('GET', `/api/companies/${bankruptId}`);
      assert.equal(status, 200);
      assert.equal(body.company.registerStatus, 'UNDER KONKURS');
      assert.equal(body.context.flags.registerStatus, 'UNDER KONKURS');
    });

    it('when an email from the company opens the Outlook pane, then the match and its context carry the status', async () => {
      const { body } = await app.call('GET', `/api/context?email=${encodeURIComponent('info@konkursbo-toemrer.dk')}`);
      const [match] = body.matches;
      assert.equal(match.company.id, bankruptId);
      assert.equal(match.company.registerStatus, 'UNDER KONKURS');
      assert.equal(match.context.flags.registerStatus, 'UNDER KONKURS');
    });

    it("when the dashboard asks for the year, then samarbejdsgrad is over the register's companies, as plain SQL counts them", async () => {
      const from = `${now.getUTCFullYear()}-01-01`;
      const to = now.toISOString().slice(0, 10);
      const { body } = await app.call('GET', `/api/kpi?from=${from}&to=${to}`);
      const cooperation = DEFAULT_TOPICS.filter((topic) => topic.cooperation).map((topic) => topic.key);
      const { rows } = await sql<{ in_register: number; served: number; cooperating: number }>`
        select
          (select count(*)::int from companies where tenant_id = ${tenantId} and register_counted) as in_register,
          (select count(distinct company_id)::int from interactions
            where tenant_id = ${tenantId} and occurred_at >= ${new Date(body.period.from)} and occurred_at < ${new Date(body.period.to)}
              and company_id in (select id from companies where tenant_id = ${tenantId} and register_counted)) as served,
          (select count(distinct company_id)::int from interactions
            where tenant_id = ${tenantId} and occurred_at >= ${new Date(body.period.from)} and occurred_at < ${new Date(body.period.to)}
              and topics && ${sql.val(cooperation)}::text[]
              and company_id in (select id from companies where tenant_id = ${tenantId} and register_counted)) as cooperating`.execute(
        db,
      );
      const expected = rows[0]!;
      assert.equal(expected.in_register, 2);
      assert.equal(body.counts.denominator, 'register');
      assert.equal(body.counts.companiesInRegister, expected.in_register);
      assert.equal(body.counts.cooperatingCompanies, expected.cooperating);
      assert.equal(body.counts.companiesServedInRegister, expected.served);
      assert.equal(
        body.metrics.samarbejdsgrad,
        Math.round((expected.cooperating / expected.in_register) * 10_000) / 10_000,
      );
    });
  });
}

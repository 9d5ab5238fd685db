import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { seedTenant } from '../support/seeded.js';
import { buildActor, buildCompany, buildInteraction, buildVacancy } from '../support/factories.js';
import { runPrivacyMaintenance } from '../../src/app/privacy-maintenance.js';
import { strategyKpis } from '../../src/app/strategy-kpis.js';
import { eraseDataSubject, exportDataSubject, ERASED } from '../../src/app/data-subject.js';
import { rememberContact } from '../../src/app/remember-contact.js';
import { KEPT_ON_ERASURE, textColumns } from '../../src/adapters/store/data-subject-queries.js';
import { addNeverLog, assertNotNeverLogged } from '../../src/app/never-log.js';
import { DomainError } from '../../src/domain/errors.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import type { Staff } from '../../src/domain/model.js';
import { itNamesEveryMethodOf } from './support/store-ports.js';

const DAY = 86_400_000;

for (const target of STORE_TARGETS) {
  describe(`Store contract, privacy port (decay, retention, never-log, data subjects), on ${target.name}`, function () {
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let tenantId: string;
    let admin: Staff;

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      const seeded = await seedTenant(store);
      tenantId = seeded.tenantId;
      admin = (await store.findStaffByEmail(tenantId, seeded.demoEmail))!;
    });
    after(async () => close?.());

    itNamesEveryMethodOf('privacy');

    describe('decayInteractions', () => {
      it('when time passes with a test clock, then text steps down at the configured ages, KPI counts stay equal, and a second run changes nothing', async () => {
        const now = new Date();
        const company = await store.insertCompany(tenantId, buildCompany());
        const at = (days: number) => new Date(now.getTime() - days * DAY);
        const full = {
          subject: 'Emne',
          summary: 'Resume',
          excerpt: 'Uddrag',
          attachmentNames: ['cv.pdf'],
          visibility: 'full' as const,
        };
        const recent = await store.insertInteraction(
          tenantId,
          buildInteraction(company.id, admin.id, { ...full, occurredAt: at(10) }),
        );
        const older = await store.insertInteraction(
          tenantId,
          buildInteraction(company.id, admin.id, { ...full, occurredAt: at(100) }),
        );
        const oldest = await store.insertInteraction(
          tenantId,
          buildInteraction(company.id, admin.id, { ...full, occurredAt: at(800) }),
        );
        const actor = buildActor(tenantId, admin.id, { isAdmin: true });
        const kpiQuery = { from: at(1000), to: now, sectionId: null };
        const kpisBefore = await strategyKpis({ store }, actor, kpiQuery);

        const report = await runPrivacyMaintenance(store, tenantId, now);
        assert.ok(report.decayedToSummary >= 1 && report.decayedToMetadata >= 1, JSON.stringify(report));
        const read = async (id: string) => (await store.getInteractionEntry(tenantId, id))!;
        assert.deepEqual(pick(await read(recent.id)), {
          subject: 'Emne',
          summary: 'Resume',
          excerpt: 'Uddrag',
          attachmentNames: ['cv.pdf'],
          decayedTo: null,
        });
        assert.deepEqual(pick(await read(older.id)), {
          subject: 'Emne',
          summary: 'Resume',
          excerpt: null,
          attachmentNames: [],
          decayedTo: 'summary',
        });
        assert.deepEqual(pick(await read(oldest.id)), {
          subject: null,
          summary: null,
          excerpt: null,
          attachmentNames: [],
          decayedTo: 'metadata',
        });
        assert.deepEqual(await strategyKpis({ store }, actor, kpiQuery), kpisBefore, 'decay keeps every count');

        const second = await runPrivacyMaintenance(store, tenantId, now);
        assert.deepEqual(
          [second.decayedToSummary, second.decayedToMetadata, second.interactionsDeleted],
          [0, 0, 0],
          'idempotent',
        );
      });
    });

    describe('savePrivacySettings, getPrivacySettings, deleteExpiredInteractions, deleteAuditBefore', () => {
      it("when a company's last contact is older than the retention, then all its contacts are deleted for real, old audit entries go, and the run is audited", async () => {
        const quiet = await store.insertCompany(tenantId, buildCompany());
        const active = await store.insertCompany(tenantId, buildCompany());
        const now = new Date();
        const years = (n: number) => new Date(now.getTime() - n * 366 * DAY);
        await store.insertInteraction(tenantId, buildInteraction(quiet.id, admin.id, { occurredAt: years(7) }));
        await store.insertInteraction(tenantId, buildInteraction(quiet.id, admin.id, { occurredAt: years(6) }));
        const keptOld = await store.insertInteraction(
          tenantId,
          buildInteraction(active.id, admin.id, { occurredAt: years(7) }),
        );
        await store.insertInteraction(tenantId, buildInteraction(active.id, admin.id, { occurredAt: years(1) }));
        await store.savePrivacySettings(
          tenantId,
          { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 5, auditRetentionDays: 183 },
          admin.id,
        );

        // Half a year on, with the test clock: the audit entries written so far are past 183 days.
        const later = new Date(now.getTime() + 200 * DAY);
        const report = await runPrivacyMaintenance(store, tenantId, later);
        assert.ok(report.interactionsDeleted >= 2, JSON.stringify(report));
        const { rows } = await sql<{
          company_id: string;
          n: number;
        }>`select company_id, count(*)::int as n from interactions
        where tenant_id = ${tenantId} and company_id in (${quiet.id}, ${active.id}) group by 1`.execute(db);
        assert.deepEqual(
          rows,
          [{ company_id: active.id, n: 2 }],
          "the quiet company's contacts are gone; the active one keeps even its old contact",
        );
        assert.ok(await store.getInteractionEntry(tenantId, keptOld.id));
        const audit = await store.listAudit(tenantId, { limit: 10 });
        assert.equal(audit.length, 1, 'only the run summary is left');
        assert.equal(audit[0]!.action, 'privacy.maintenance');
        assert.equal(audit[0]!.criteria?.['interactionsDeleted'], report.interactionsDeleted);
        assert.ok(Number(audit[0]!.criteria?.['auditEntriesDeleted']) > 0);
      });
    });

    describe('findDataSubject, namesOfDataSubject, eraseDataSubject', () => {
      it('when an admin exports and then erases a contact person, then the export holds their rows, and afterwards no text column of any table holds their name or address; both are audited by hash', async () => {
        const company = await store.insertCompany(tenantId, buildCompany());
        const email = `frida.fjeldsted.${randomUUID().slice(0, 6)}@${company.domains[0]}`;
        const name = 'Frida Fjeldsted';
        const actor = buildActor(tenantId, admin.id, { isAdmin: true, email: admin.email });
        await rememberContact({ store }, actor, company.id, { email, name }, ['roskilde.dk']);
        await store.insertInteraction(
          tenantId,
          buildInteraction(company.id, admin.id, {
            subject: `Møde med ${name}`,
            summary: `${name} (${email.toUpperCase()}) vil rekruttere.`,
            excerpt: `Fra: ${name} <${email}>`,
            participants: [
              { name, email, role: 'from', side: 'theirs' },
              { name: 'Kollega', email: admin.email, role: 'to', side: 'ours' },
            ],
          }),
        );
        await store.insertVacancy(tenantId, buildVacancy(company.id, admin.id, { title: `Lager (kontakt ${name})` }));
        await store.appendAudit(tenantId, { actorId: admin.id, action: 'context.read', criteria: { emails: [email] } });

        const exported = await exportDataSubject({ store }, actor, { email });
        assert.equal(exported.contacts.length, 1);
        assert.equal(exported.interactions.length, 1);
        assert.ok(exported.auditEntries.some((entry) => entry.action === 'context.read'));

        const result = await eraseDataSubject({ store }, actor, { email, confirm: true });
        assert.equal(result.contactsDeleted, 1);
        assert.equal(result.participantEntriesRemoved, 1);
        assert.ok(result.rowsRewritten >= 4, JSON.stringify(result));

        const columns = await textColumns(db);
        assert.ok(
          columns.some((c) => c.table === 'interactions' && c.column === 'participants'),
          'the sweep sees jsonb columns',
        );
        assert.ok(columns.some((c) => c.table === 'audit_log' && c.column === 'criteria'));
        for (const { table, column } of columns) {
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
          where tenant_id = ${tenantId} and (${sql.ref(column)}::text ilike ${`%${email}%`} or ${sql.ref(column)}::text ilike ${`%${name}%`})`.execute(
            db,
          );
          assert.equal(rows[0]!.n, 0, `${table}.${column} still holds the person`);
        }
        const { rows: placeholders } = await sql<{ n: number }>`select count(*)::int as n from interactions
        where tenant_id = ${tenantId} and company_id = ${company.id} and summary like ${`%${ERASED}%`}`.execute(db);
        assert.equal(placeholders[0]!.n, 1, 'the text stays, with a placeholder');
        const actions = (await store.listAudit(tenantId, { limit: 5 })).filter((e) =>
          e.action.startsWith('datasubject.'),
        );
        assert.deepEqual(
          actions.map((e) => e.action),
          ['datasubject.erase', 'datasubject.export'],
        );
        for (const entry of actions) assert.match(String(entry.criteria?.['subject']), /^[0-9a-f]{16}$/);
      });
    });

    describe('insertNeverLogEntry, neverLogRulesFor, eraseDataSubject', () => {
      it('when a person who objected (a never-log rule on their address) is erased, then the rule survives and still blocks capturing their mail', async () => {
        const company = await store.insertCompany(tenantId, buildCompany());
        const email = `otto.olsen.${randomUUID().slice(0, 6)}@${company.domains[0]}`;
        const actor = buildActor(tenantId, admin.id, { isAdmin: true, email: admin.email });
        await rememberContact({ store }, actor, company.id, { email, name: 'Otto Olsen' }, ['roskilde.dk']);
        const rule = await addNeverLog({ store }, actor, 'tenant', email);

        await eraseDataSubject({ store }, actor, { email, confirm: true });

        const { rows } = await sql<{
          value: string;
        }>`select value from never_log_entries where tenant_id = ${tenantId} and id = ${rule.id}`.execute(db);
        assert.deepEqual(rows, [{ value: email }], 'the rule keeps the address it blocks');
        await assert.rejects(
          assertNotNeverLogged(store, actor, [email]),
          (error) => error instanceof DomainError && error.code === 'NEVER_LOG',
        );
        await assert.rejects(
          rememberContact({ store }, actor, company.id, { email }, ['roskilde.dk']),
          (error) => error instanceof DomainError && error.code === 'NEVER_LOG',
        );
        assert.ok(KEPT_ON_ERASURE.has('never_log_entries'));
        // Everywhere else the person is gone.
        for (const { table, column } of (await textColumns(db)).filter((c) => !KEPT_ON_ERASURE.has(c.table))) {
          const { rows: left } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
          where tenant_id = ${tenantId} and ${sql.ref(column)}::text ilike ${`%${email}%`}`.execute(db);
          assert.equal(left[0]!.n, 0, `${table}.${column} still holds the person`);
        }
      });
    });

    describe('getPrivacySettings, savePrivacySettings', () => {
      it('when a tenant saves its settings, then they are read back; before that, and for another tenant, there are none', async () => {
        const tenant = newTenantId();
        assert.equal(await store.getPrivacySettings(tenant), null, 'the defaults apply');
        const settings = { summaryAfterDays: 60, metadataAfterDays: 365, retentionYears: 3, auditRetentionDays: 400 };
        await store.savePrivacySettings(tenant, settings, admin.id);
        await store.savePrivacySettings(tenant, { ...settings, retentionYears: 4 }, admin.id);
        assert.deepEqual(await store.getPrivacySettings(tenant), { ...settings, retentionYears: 4 });
        assert.equal(await store.getPrivacySettings(newTenantId()), null);
      });
    });

    describe('listTenantIds', () => {
      it('when a tenant has staff, then it is listed for the maintenance job; a tenant without staff is not', async () => {
        const [withStaff, without] = [newTenantId(), newTenantId()];
        await store.insertStaff(withStaff, { email: 'ida@roskilde.dk', name: 'Ida', sectionId: null, isAdmin: false });
        await store.savePrivacySettings(
          without,
          { summaryAfterDays: 60, metadataAfterDays: 365, retentionYears: 3, auditRetentionDays: 400 },
          admin.id,
        );
        const tenants = await store.listTenantIds();
        assert.ok(tenants.includes(withStaff) && tenants.includes(tenantId));
        assert.ok(!tenants.includes(without));
      });
    });

    describe('insertNeverLogEntry, listNeverLogEntries, deleteNeverLogEntry', () => {
      it("when entries are added to the tenant's and a user's list, then each list holds its own, and only its owner removes one", async () => {
        const tenant = newTenantId();
        const user = { staffId: admin.id };
        const shared = await store.insertNeverLogEntry(tenant, {
          staffId: null,
          kind: 'domain',
          value: 'laege.dk',
          createdBy: admin.id,
        });
        await store.insertNeverLogEntry(tenant, {
          staffId: null,
          kind: 'address',
          value: 'a@b.dk',
          createdBy: admin.id,
        });
        const own = await store.insertNeverLogEntry(tenant, {
          ...user,
          kind: 'address',
          value: 'ven@privat.dk',
          createdBy: admin.id,
        });
        await assert.rejects(
          store.insertNeverLogEntry(tenant, { staffId: null, kind: 'domain', value: 'laege.dk', createdBy: admin.id }),
          (error) => error instanceof DomainError && error.code === 'CONFLICT',
        );
        assert.deepEqual(
          (await store.listNeverLogEntries(tenant, { staffId: null })).map((e) => [e.scope, e.value]),
          [
            ['tenant', 'a@b.dk'],
            ['tenant', 'laege.dk'],
          ],
        );
        assert.deepEqual(
          (await store.listNeverLogEntries(tenant, user)).map((e) => [e.scope, e.value]),
          [['user', 'ven@privat.dk']],
        );
        assert.equal(
          await store.deleteNeverLogEntry(tenant, user, shared.id),
          0,
          "a user cannot remove the tenant's entry",
        );
        assert.equal(await store.deleteNeverLogEntry(tenant, { staffId: null }, shared.id), 1);
        assert.equal(await store.deleteNeverLogEntry(tenant, user, own.id), 1);
        assert.deepEqual(
          (await store.listNeverLogEntries(tenant, { staffId: null })).map((e) => e.value),
          ['a@b.dk'],
        );
        assert.deepEqual(await store.listNeverLogEntries(tenant, user), []);
      });
    });

    describe('purgeNeverLogged', () => {
      it("when a list is purged, then a dry run only counts, a user's purge takes only their own contacts, and the tenant's takes contact persons too", async () => {
        const company = await store.insertCompany(tenantId, buildCompany());
        const colleague = await store.insertStaff(tenantId, {
          email: `kollega.${randomUUID().slice(0, 6)}@roskilde.dk`,
          name: 'Kollega',
          sectionId: null,
          isAdmin: false,
        });
        const domain = `klinik-${randomUUID().slice(0, 6)}.dk`;
        const from = (email: string) => ({
          participants: [{ name: null, email, role: 'from' as const, side: 'theirs' as const }],
        });
        await store.insertInteraction(
          tenantId,
          buildInteraction(company.id, admin.id, from(`sekretaer@afd.${domain}`)),
        );
        await store.insertInteraction(tenantId, buildInteraction(company.id, colleague.id, from(`laege@${domain}`)));
        await store.insertInteraction(tenantId, buildInteraction(company.id, admin.id, from('anden@andet.dk')));
        await store.insertContact(tenantId, {
          companyId: company.id,
          name: 'Læge',
          email: `laege@${domain}`,
          phone: null,
          title: null,
        });
        const rules = { addresses: [], domains: [domain] };

        assert.deepEqual(await store.purgeNeverLogged(tenantId, rules, { loggedBy: null, dryRun: true }), {
          interactions: 2,
          contacts: 1,
        });
        assert.deepEqual(await store.purgeNeverLogged(tenantId, rules, { loggedBy: admin.id, dryRun: false }), {
          interactions: 1,
          contacts: 0,
        });
        assert.deepEqual(await store.purgeNeverLogged(tenantId, rules, { loggedBy: null, dryRun: false }), {
          interactions: 1,
          contacts: 1,
        });
        assert.deepEqual(await store.purgeNeverLogged(tenantId, rules, { loggedBy: null, dryRun: true }), {
          interactions: 0,
          contacts: 0,
        });
        assert.equal(
          (await store.listInteractions(tenantId, company.id, {}, null, 10)).length,
          1,
          'the other contact stays',
        );
        assert.deepEqual(
          await store.purgeNeverLogged(tenantId, { addresses: [], domains: [] }, { loggedBy: null, dryRun: false }),
          { interactions: 0, contacts: 0 },
        );
      });
    });
  });
}

function pick(entry: {
  subject: string | null;
  summary: string | null;
  excerpt: string | null;
  attachmentNames: string[];
  decayedTo?: string | null;
}) {
  return {
    subject: entry.subject,
    summary: entry.summary,
    excerpt: entry.excerpt,
    attachmentNames: entry.attachmentNames,
    decayedTo: entry.decayedTo ?? null,
  };
}

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { buildCompany, buildInteraction } from '../support/factories.js';
import { toSearchKey } from '../../src/domain/search-key.js';
import { DomainError } from '../../src/domain/errors.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Staff } from '../../src/domain/model.js';

// One suite, every store: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
for (const target of STORE_TARGETS) {
  describe(`Store contract on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenant: string;
    let staff: Staff;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
    });
    after(async () => close?.());
    beforeEach(async () => {
      tenant = newTenantId();
      staff = await store.insertStaff(tenant, { email: 'Anne.Larsen@roskilde.dk', name: 'Anne Larsen', sectionId: null, isAdmin: false });
    });

    describe('companies', () => {
      it('when a company is registered, then it is read back with its domains', async () => {
        const created = await store.insertCompany(tenant, buildCompany({ name: 'Østergaard Byg A/S', domains: ['Ostergaard-Byg.dk'] }));
        const read = await store.getCompany(tenant, created.id);
        assert.equal(read?.name, 'Østergaard Byg A/S');
        assert.deepEqual(read?.domains, ['ostergaard-byg.dk']);
      });

      it('when a CVR is registered twice in one tenant, then the second is a conflict', async () => {
        const company = buildCompany();
        await store.insertCompany(tenant, company);
        await assert.rejects(store.insertCompany(tenant, buildCompany({ cvr: company.cvr })), (e: DomainError) => e.code === 'CONFLICT');
      });

      it('when another tenant registers the same CVR, then both exist apart', async () => {
        const company = buildCompany();
        await store.insertCompany(tenant, company);
        const other = await store.insertCompany(newTenantId(), buildCompany({ cvr: company.cvr }));
        assert.equal(await store.getCompany(tenant, other.id), null);
      });

      it('when staff search "øster", "ostergaard" or a typo, then Østergaard is found', async () => {
        await store.insertCompany(tenant, buildCompany({ name: 'Østergaard Byg A/S' }));
        await store.insertCompany(tenant, buildCompany({ name: 'Vestergaard Transport' }));
        for (const query of ['øster', 'ostergaard', 'Østergård', 'ostergard', 'byg']) {
          const hits = await store.searchCompaniesByName(tenant, toSearchKey(query), 10);
          assert.equal(hits[0]?.name, 'Østergaard Byg A/S', `query ${query}`);
        }
      });

      it('when searching by CVR, P-number or domain, then the exact company answers', async () => {
        const company = await store.insertCompany(tenant, buildCompany({ pNumbers: ['1012697712'], domains: ['lager.dk'] }));
        assert.deepEqual((await store.findCompaniesByCvrPrefix(tenant, company.cvr!, 5)).map((c) => c.id), [company.id]);
        assert.deepEqual((await store.findCompaniesByPNumber(tenant, '1012697712', 5)).map((c) => c.id), [company.id]);
        assert.deepEqual((await store.findCompaniesByDomain(tenant, 'LAGER.dk', 5)).map((c) => c.id), [company.id]);
      });

      it('when a company is patched, then only the given fields change and domains are replaced', async () => {
        const company = await store.insertCompany(tenant, buildCompany({ domains: ['a.dk', 'b.dk'], city: 'Roskilde' }));
        const patched = await store.updateCompany(tenant, company.id, { blockade: true, domains: ['c.dk'] });
        assert.equal(patched?.blockade, true);
        assert.equal(patched?.city, 'Roskilde');
        assert.deepEqual(patched?.domains, ['c.dk']);
        assert.equal(await store.updateCompany(tenant, randomUUID(), { blockade: true }), null);
      });
    });

    describe('address matching', () => {
      it('when contact addresses and domains are looked up, then the hits name their companies', async () => {
        const a = await store.insertCompany(tenant, buildCompany({ domains: ['kommune-shared.dk'] }));
        const b = await store.insertCompany(tenant, buildCompany({ domains: ['kommune-shared.dk'] }));
        await store.insertContact(tenant, { companyId: a.id, name: 'Per', email: 'Per@Kommune-Shared.dk', phone: null, title: null });
        assert.deepEqual(await store.findContactsByEmails(tenant, ['per@kommune-shared.dk']), [
          { email: 'per@kommune-shared.dk', companyId: a.id },
        ]);
        const domainHits = await store.findDomainHits(tenant, ['kommune-shared.dk']);
        assert.deepEqual(domainHits.map((hit) => hit.companyId).sort(), [a.id, b.id].sort());
      });
    });

    describe('interactions', () => {
      it('when a timeline is paged, then pages follow newest first without gaps or repeats', async () => {
        const company = await store.insertCompany(tenant, buildCompany());
        const sameInstant = new Date('2026-03-01T10:00:00Z');
        for (let i = 0; i < 7; i++) {
          await store.insertInteraction(tenant, buildInteraction(company.id, staff.id, { occurredAt: i < 3 ? sameInstant : new Date(Date.UTC(2026, 0, 1 + i)) }));
        }
        const seen: string[] = [];
        let after = null;
        for (;;) {
          const page = await store.listInteractions(tenant, company.id, {}, after, 3);
          seen.push(...page.map((entry) => entry.id));
          if (page.length < 3) break;
          const last = page.at(-1)!;
          after = { occurredAt: last.occurredAt, id: last.id };
        }
        const all = await store.listInteractions(tenant, company.id, {}, null, 100);
        assert.deepEqual(seen, all.map((entry) => entry.id));
        assert.equal(new Set(seen).size, 7);
        const times = all.map((entry) => entry.occurredAt.getTime());
        assert.deepEqual(times, [...times].sort((x, y) => y - x));
      });

      it('when filters are given, then each narrows the timeline', async () => {
        const company = await store.insertCompany(tenant, buildCompany());
        const other = await store.insertStaff(tenant, { email: 'bo@roskilde.dk', name: 'Bo', sectionId: 'unge', isAdmin: false });
        await store.insertInteraction(tenant, buildInteraction(company.id, staff.id, { kind: 'call', topics: ['rekruttering'], occurredAt: new Date('2025-01-10T00:00:00Z') }));
        await store.insertInteraction(tenant, buildInteraction(company.id, other.id, { kind: 'visit', topics: ['mentor'], sectionId: 'unge', occurredAt: new Date('2025-06-10T00:00:00Z') }));
        const list = (filter: Parameters<KyselyStore['listInteractions']>[2]) =>
          store.listInteractions(tenant, company.id, filter, null, 10).then((rows) => rows.map((row) => row.kind));
        assert.deepEqual(await list({ kinds: ['visit'] }), ['visit']);
        assert.deepEqual(await list({ topics: ['rekruttering'] }), ['call']);
        assert.deepEqual(await list({ staffId: other.id }), ['visit']);
        assert.deepEqual(await list({ sectionId: 'unge' }), ['visit']);
        assert.deepEqual(await list({ from: new Date('2025-03-01T00:00:00Z') }), ['visit']);
        assert.deepEqual(await list({ to: new Date('2025-03-01T00:00:00Z') }), ['call']);
      });

      it('when the same email is stored twice, then the source key refuses the second', async () => {
        const company = await store.insertCompany(tenant, buildCompany());
        const email = buildInteraction(company.id, staff.id, { kind: 'email', source: 'outlook', sourceKey: 'msg:abc@x.dk' });
        await store.insertInteraction(tenant, email);
        await assert.rejects(store.insertInteraction(tenant, email), (e: DomainError) => e.code === 'CONFLICT');
        const logged = await store.findLoggedItem(tenant, 'msg:abc@x.dk');
        assert.deepEqual(logged?.loggedBy, [{ id: staff.id, name: 'Anne Larsen' }]);
      });

      it('when contacts carry topics, then the counts per topic cover the period asked', async () => {
        const company = await store.insertCompany(tenant, buildCompany());
        await store.insertInteraction(tenant, buildInteraction(company.id, staff.id, { topics: ['mentor', 'fleksjob'] }));
        await store.insertInteraction(tenant, buildInteraction(company.id, staff.id, { topics: ['mentor'] }));
        await store.insertInteraction(tenant, buildInteraction(company.id, staff.id, { topics: ['mentor'], occurredAt: new Date('2020-01-01') }));
        const counts = await store.countInteractionsByTopic(tenant, company.id, new Date(Date.now() - 86_400_000));
        assert.deepEqual(counts, [{ topic: 'mentor', count: 2 }, { topic: 'fleksjob', count: 1 }]);
      });
    });

    describe('transactions', () => {
      it('when work fails midway, then nothing of it is stored', async () => {
        await assert.rejects(
          store.withTransaction(async (tx) => {
            await tx.insertCompany(tenant, buildCompany({ name: 'Halvvejs ApS' }));
            throw new Error('boom');
          }),
        );
        assert.deepEqual(await store.searchCompaniesByName(tenant, toSearchKey('Halvvejs'), 5), []);
      });
    });

    describe('vacancies and audit', () => {
      it('when a vacancy moves, then its status and events are kept', async () => {
        const company = await store.insertCompany(tenant, buildCompany());
        const vacancy = await store.insertVacancy(tenant, {
          companyId: company.id, title: 'Lagermedarbejder', positions: 2, deadline: '2026-12-31', location: 'Roskilde',
          postcode: '4000', topics: ['rekruttering'], status: 'received', claimedBy: null, sectionId: null,
          interactionId: null, createdBy: staff.id,
        });
        assert.equal(vacancy.deadline, '2026-12-31');
        await store.withTransaction(async (tx) => {
          const locked = await tx.getVacancyForUpdate(tenant, vacancy.id);
          assert.equal(locked?.status, 'received');
          await tx.updateVacancyStatus(tenant, vacancy.id, 'in_progress', staff.id);
          await tx.insertVacancyEvent(tenant, { vacancyId: vacancy.id, fromStatus: 'received', toStatus: 'in_progress', actorId: staff.id, note: null });
        });
        const [listed] = await store.listVacancies(tenant, { statuses: ['in_progress'], limit: 5 });
        assert.equal(listed?.claimedBy, staff.id);
        assert.equal(listed?.companyName, company.name);
        assert.deepEqual((await store.listVacancyEvents(tenant, vacancy.id)).map((e) => e.toStatus), ['in_progress']);
      });

      it('when audit entries are appended, then they are listed newest first per tenant', async () => {
        await store.appendAudit(tenant, { actorId: staff.id, action: 'company.search', criteria: { q: 'ros' } });
        await store.appendAudit(tenant, { actorId: staff.id, action: 'company.read', companyId: randomUUID() });
        await store.appendAudit(newTenantId(), { actorId: null, action: 'company.read' });
        const entries = await store.listAudit(tenant, { limit: 10 });
        assert.deepEqual(entries.map((e) => e.action), ['company.read', 'company.search']);
        assert.deepEqual(entries[1]?.criteria, { q: 'ros' });
      });
    });
  });
}

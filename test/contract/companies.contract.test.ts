import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildInteraction, buildVacancy } from '../support/factories.js';
import { toSearchKey } from '../../src/domain/search-key.js';
import { DomainError } from '../../src/domain/errors.js';
import { describeStoreContract } from './support/store-suite.js';

describeStoreContract('companies', (t) => {
  describe('insertCompany, getCompany', () => {
    it('when a company is registered, then it is read back with its domains', async () => {
      const created = await t.store.insertCompany(
        t.tenant,
        buildCompany({ name: 'Østergaard Byg A/S', domains: ['Ostergaard-Byg.dk'] }),
      );
      const read = await t.store.getCompany(t.tenant, created.id);
      assert.equal(read?.name, 'Østergaard Byg A/S');
      assert.deepEqual(read?.domains, ['ostergaard-byg.dk']);
    });

    it('when a CVR is registered twice in one tenant, then the second is a conflict', async () => {
      const company = buildCompany();
      await t.store.insertCompany(t.tenant, company);
      await assert.rejects(
        t.store.insertCompany(t.tenant, buildCompany({ cvr: company.cvr })),
        (e: DomainError) => e.code === 'CONFLICT',
      );
    });

    it('when another tenant registers the same CVR, then both exist apart', async () => {
      const company = buildCompany();
      await t.store.insertCompany(t.tenant, company);
      const other = await t.store.insertCompany(newTenantId(), buildCompany({ cvr: company.cvr }));
      assert.equal(await t.store.getCompany(t.tenant, other.id), null);
    });
  });

  describe('searchCompaniesByName', () => {
    it('when staff search "øster", "ostergaard" or a typo, then Østergaard is found', async () => {
      await t.store.insertCompany(t.tenant, buildCompany({ name: 'Østergaard Byg A/S' }));
      await t.store.insertCompany(t.tenant, buildCompany({ name: 'Vestergaard Transport' }));
      for (const query of ['øster', 'ostergaard', 'Østergård', 'ostergard', 'byg']) {
        const hits = await t.store.searchCompaniesByName(t.tenant, toSearchKey(query), 10);
        assert.equal(hits[0]?.name, 'Østergaard Byg A/S', `query ${query}`);
      }
    });
  });

  describe('findCompaniesByCvrPrefix, findCompaniesByPNumber, findCompaniesByDomain', () => {
    it('when searching by CVR, P-number or domain, then the exact company answers', async () => {
      const company = await t.store.insertCompany(
        t.tenant,
        buildCompany({ pNumbers: ['1012697712'], domains: ['lager.dk'] }),
      );
      const ids = (companies: { id: string }[]) => companies.map((c) => c.id);
      assert.deepEqual(ids(await t.store.findCompaniesByCvrPrefix(t.tenant, company.cvr!, 5)), [company.id]);
      assert.deepEqual(ids(await t.store.findCompaniesByPNumber(t.tenant, '1012697712', 5)), [company.id]);
      assert.deepEqual(ids(await t.store.findCompaniesByDomain(t.tenant, 'LAGER.dk', 5)), [company.id]);
    });
  });

  describe('updateCompany', () => {
    it('when a company is patched, then only the given fields change and domains are replaced', async () => {
      const company = await t.store.insertCompany(
        t.tenant,
        buildCompany({ domains: ['a.dk', 'b.dk'], city: 'Roskilde' }),
      );
      const patched = await t.store.updateCompany(t.tenant, company.id, { blockade: true, domains: ['c.dk'] });
      assert.equal(patched?.blockade, true);
      assert.equal(patched?.city, 'Roskilde');
      assert.deepEqual(patched?.domains, ['c.dk']);
      assert.equal(await t.store.updateCompany(t.tenant, randomUUID(), { blockade: true }), null);
    });
  });

  describe('listCompanies, getCompanySummaries', () => {
    it('when companies are listed, then they come by name up to the limit, and summaries answer only the ids asked', async () => {
      const b = await t.store.insertCompany(t.tenant, buildCompany({ name: 'Bager Hansen' }));
      const a = await t.store.insertCompany(t.tenant, buildCompany({ name: 'Anlæg og Beton' }));
      await t.store.insertCompany(t.tenant, buildCompany({ name: 'Cykelsmeden' }));
      await t.store.insertCompany(newTenantId(), buildCompany({ name: 'Aaa andet tenant' }));
      assert.deepEqual(
        (await t.store.listCompanies(t.tenant, 2)).map((c) => c.name),
        ['Anlæg og Beton', 'Bager Hansen'],
      );
      const summaries = await t.store.getCompanySummaries(t.tenant, [a.id, b.id, randomUUID()]);
      assert.deepEqual(summaries.map((c) => c.id).sort(), [a.id, b.id].sort());
      assert.deepEqual(await t.store.getCompanySummaries(t.tenant, []), []);
    });
  });

  describe('findDomainHits', () => {
    it('when domains are looked up, then each hit names a company holding it', async () => {
      const a = await t.store.insertCompany(t.tenant, buildCompany({ domains: ['kommune-shared.dk'] }));
      const b = await t.store.insertCompany(t.tenant, buildCompany({ domains: ['kommune-shared.dk'] }));
      const domainHits = await t.store.findDomainHits(t.tenant, ['Kommune-Shared.dk']);
      assert.deepEqual(domainHits.map((hit) => hit.companyId).sort(), [a.id, b.id].sort());
      assert.deepEqual(await t.store.findDomainHits(newTenantId(), ['kommune-shared.dk']), []);
    });
  });

  describe('mergeCompanies, resolveCompanyId', () => {
    it('when two companies are merged, then the survivor holds both histories and the old id resolves to it', async () => {
      const survivor = await t.store.insertCompany(t.tenant, buildCompany({ domains: ['a.dk'] }));
      const merged = await t.store.insertCompany(
        t.tenant,
        buildCompany({ cvr: null, blockade: true, pNumbers: ['1012697712'], domains: ['a.dk', 'b.dk'] }),
      );
      await t.store.insertInteraction(t.tenant, buildInteraction(survivor.id, t.staff.id));
      await t.store.insertInteraction(t.tenant, buildInteraction(merged.id, t.staff.id));
      await t.store.insertContact(t.tenant, {
        companyId: merged.id,
        name: 'Mette',
        email: 'mette@b.dk',
        phone: null,
        title: null,
      });
      await t.store.insertVacancy(t.tenant, buildVacancy(merged.id, t.staff.id));

      const moved = await t.store.mergeCompanies(t.tenant, survivor.id, merged.id, t.staff.id);
      assert.deepEqual(moved, { interactions: 1, contacts: 1, vacancies: 1, domains: 1, pUnits: 0 });
      assert.equal(await t.store.getCompany(t.tenant, merged.id), null);
      assert.equal(await t.store.resolveCompanyId(t.tenant, merged.id), survivor.id);
      assert.equal(await t.store.resolveCompanyId(t.tenant, survivor.id), survivor.id);
      const read = await t.store.getCompany(t.tenant, survivor.id);
      assert.deepEqual(read?.domains, ['a.dk', 'b.dk']);
      assert.equal(read?.blockade, true, "staff's warning is never lost in a merge");
      assert.deepEqual(read?.pNumbers, ['1012697712']);
      const history = await t.store.listInteractions(t.tenant, survivor.id, {}, null, 10);
      assert.equal(history.length, 2);
    });

    it('when a survivor is later merged itself, then the first alias follows to the last survivor', async () => {
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => t.store.insertCompany(t.tenant, buildCompany())));
      await t.store.mergeCompanies(t.tenant, b!.id, a!.id, t.staff.id);
      await t.store.mergeCompanies(t.tenant, c!.id, b!.id, t.staff.id);
      assert.equal(await t.store.resolveCompanyId(t.tenant, a!.id), c!.id);
    });

    it('when a company is merged into itself or a company is missing, then nothing happens', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      assert.equal(await t.store.mergeCompanies(t.tenant, company.id, company.id, t.staff.id), null);
      assert.equal(await t.store.mergeCompanies(t.tenant, company.id, randomUUID(), t.staff.id), null);
      assert.equal(await t.store.resolveCompanyId(t.tenant, randomUUID()), null);
      assert.equal(await t.store.resolveCompanyId(newTenantId(), company.id), null, 'another tenant');
    });
  });
});

import assert from 'node:assert/strict';
import { newTenantId } from '../support/databases.js';
import { buildCompany } from '../support/factories.js';
import { DomainError } from '../../src/domain/errors.js';
import { describeStoreContract } from './support/store-suite.js';

describeStoreContract('contacts', (t) => {
  describe('insertContact, findContactsByEmails', () => {
    it('when contact addresses are looked up, then the hits name their companies', async () => {
      const a = await t.store.insertCompany(t.tenant, buildCompany({ domains: ['kommune-shared.dk'] }));
      await t.store.insertContact(t.tenant, {
        companyId: a.id,
        name: 'Per',
        email: 'Per@Kommune-Shared.dk',
        phone: null,
        title: null,
      });
      assert.deepEqual(await t.store.findContactsByEmails(t.tenant, ['per@kommune-shared.dk']), [
        { email: 'per@kommune-shared.dk', companyId: a.id },
      ]);
      assert.deepEqual(await t.store.findContactsByEmails(newTenantId(), ['per@kommune-shared.dk']), []);
      assert.deepEqual(await t.store.findContactsByEmails(t.tenant, []), []);
    });

    it('when an address is already a contact person, then a second one with it is a conflict', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const contact = { companyId: company.id, name: 'Per', email: 'per@lager.dk', phone: null, title: null };
      await t.store.insertContact(t.tenant, contact);
      await assert.rejects(t.store.insertContact(t.tenant, contact), (e: DomainError) => e.code === 'CONFLICT');
    });
  });

  describe('listContacts', () => {
    it("when a company's contact persons are listed, then they come by name, and only that company's", async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const other = await t.store.insertCompany(t.tenant, buildCompany());
      await t.store.insertContact(t.tenant, {
        companyId: company.id,
        name: 'Signe',
        email: null,
        phone: '12345678',
        title: 'HR',
      });
      await t.store.insertContact(t.tenant, {
        companyId: company.id,
        name: 'Bent',
        email: 'bent@lager.dk',
        phone: null,
        title: null,
      });
      await t.store.insertContact(t.tenant, {
        companyId: other.id,
        name: 'Anders',
        email: null,
        phone: null,
        title: null,
      });
      const listed = await t.store.listContacts(t.tenant, company.id);
      assert.deepEqual(
        listed.map((c) => [c.name, c.phone, c.title]),
        [
          ['Bent', null, null],
          ['Signe', '12345678', 'HR'],
        ],
      );
    });
  });

  describe('assignContactEmail', () => {
    it('when an address is new, then it becomes a contact person of the company, with no previous company', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const { contact, previousCompanyId } = await t.store.assignContactEmail(t.tenant, {
        companyId: company.id,
        email: 'Mette@Lager.dk',
        name: 'Mette',
      });
      assert.deepEqual(
        [contact.companyId, contact.email, contact.name, previousCompanyId],
        [company.id, 'mette@lager.dk', 'Mette', null],
      );
    });

    it('when the address belongs to another company, then it moves here, keeps what was not given, and names the one it left', async () => {
      const before = await t.store.insertCompany(t.tenant, buildCompany());
      const after = await t.store.insertCompany(t.tenant, buildCompany());
      const first = await t.store.insertContact(t.tenant, {
        companyId: before.id,
        name: 'Mette',
        email: 'mette@lager.dk',
        phone: '11223344',
        title: 'Leder',
      });
      const moved = await t.store.assignContactEmail(t.tenant, {
        companyId: after.id,
        email: 'mette@lager.dk',
        name: null,
      });
      assert.equal(moved.contact.id, first.id, 'the same contact person, not a copy');
      assert.deepEqual(
        [moved.contact.companyId, moved.contact.name, moved.contact.phone, moved.contact.title],
        [after.id, 'Mette', '11223344', 'Leder'],
      );
      assert.equal(moved.previousCompanyId, before.id);
      assert.deepEqual(await t.store.listContacts(t.tenant, before.id), []);
      const again = await t.store.assignContactEmail(t.tenant, {
        companyId: after.id,
        email: 'mette@lager.dk',
        name: 'Mette Holm',
      });
      assert.deepEqual(
        [again.contact.name, again.previousCompanyId],
        ['Mette Holm', null],
        'already here: no previous company',
      );
    });
  });
});

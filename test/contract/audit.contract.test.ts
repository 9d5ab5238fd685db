import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { newTenantId } from '../support/databases.js';
import { describeStoreContract } from './support/store-suite.js';

describeStoreContract('audit', (t) => {
  describe('appendAudit, listAudit', () => {
    it('when audit entries are appended, then they are listed newest first per tenant', async () => {
      await t.store.appendAudit(t.tenant, { actorId: t.staff.id, action: 'company.search', criteria: { q: 'ros' } });
      await t.store.appendAudit(t.tenant, { actorId: t.staff.id, action: 'company.read', companyId: randomUUID() });
      await t.store.appendAudit(newTenantId(), { actorId: null, action: 'company.read' });
      const entries = await t.store.listAudit(t.tenant, { limit: 10 });
      assert.deepEqual(
        entries.map((e) => e.action),
        ['company.read', 'company.search'],
      );
      assert.deepEqual(entries[1]?.criteria, { q: 'ros' });
      assert.ok(entries.every((e) => e.at instanceof Date));
    });

    it("when the list asks for one company, then only that company's entries come, up to the limit", async () => {
      const companyId = randomUUID();
      for (const action of ['company.read', 'interaction.create', 'company.update']) {
        await t.store.appendAudit(t.tenant, { actorId: t.staff.id, action, companyId, targetId: action });
      }
      await t.store.appendAudit(t.tenant, { actorId: t.staff.id, action: 'company.read', companyId: randomUUID() });
      const entries = await t.store.listAudit(t.tenant, { companyId, limit: 2 });
      assert.deepEqual(
        entries.map((e) => [e.action, e.companyId, e.targetId]),
        [
          ['company.update', companyId, 'company.update'],
          ['interaction.create', companyId, 'interaction.create'],
        ],
      );
    });
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildInteraction } from '../support/factories.js';
import { DomainError } from '../../src/domain/errors.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { describeStoreContract } from './support/store-suite.js';

describeStoreContract('interactions', (t) => {
  describe('insertInteraction, listInteractions', () => {
    it('when a timeline is paged, then pages follow newest first without gaps or repeats', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const sameInstant = new Date('2026-03-01T10:00:00Z');
      for (let i = 0; i < 7; i++) {
        const occurredAt = i < 3 ? sameInstant : new Date(Date.UTC(2026, 0, 1 + i));
        await t.store.insertInteraction(t.tenant, buildInteraction(company.id, t.staff.id, { occurredAt }));
      }
      const seen: string[] = [];
      let after = null;
      for (;;) {
        const page = await t.store.listInteractions(t.tenant, company.id, {}, after, 3);
        seen.push(...page.map((entry) => entry.id));
        if (page.length < 3) break;
        const last = page.at(-1)!;
        after = { occurredAt: last.occurredAt, id: last.id };
      }
      const all = await t.store.listInteractions(t.tenant, company.id, {}, null, 100);
      assert.deepEqual(
        seen,
        all.map((entry) => entry.id),
      );
      assert.equal(new Set(seen).size, 7);
      const times = all.map((entry) => entry.occurredAt.getTime());
      assert.deepEqual(
        times,
        [...times].sort((x, y) => y - x),
      );
    });

    it('when filters are given, then each narrows the timeline', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const other = await t.store.insertStaff(t.tenant, {
        email: 'bo@roskilde.dk',
        name: 'Bo',
        sectionId: 'unge',
        isAdmin: false,
      });
      await t.store.insertInteraction(
        t.tenant,
        buildInteraction(company.id, t.staff.id, {
          kind: 'call',
          topics: ['rekruttering'],
          occurredAt: new Date('2025-01-10T00:00:00Z'),
        }),
      );
      await t.store.insertInteraction(
        t.tenant,
        buildInteraction(company.id, other.id, {
          kind: 'visit',
          topics: ['mentor'],
          sectionId: 'unge',
          occurredAt: new Date('2025-06-10T00:00:00Z'),
        }),
      );
      const list = (filter: Parameters<KyselyStore['listInteractions']>[2]) =>
        t.store.listInteractions(t.tenant, company.id, filter, null, 10).then((rows) => rows.map((row) => row.kind));
      assert.deepEqual(await list({ kinds: ['visit'] }), ['visit']);
      assert.deepEqual(await list({ topics: ['rekruttering'] }), ['call']);
      assert.deepEqual(await list({ staffId: other.id }), ['visit']);
      assert.deepEqual(await list({ sectionId: 'unge' }), ['visit']);
      assert.deepEqual(await list({ from: new Date('2025-03-01T00:00:00Z') }), ['visit']);
      assert.deepEqual(await list({ to: new Date('2025-03-01T00:00:00Z') }), ['call']);
    });
  });

  describe('insertInteraction, findLoggedItem', () => {
    it('when the same email is stored twice, then the source key refuses the second', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const email = buildInteraction(company.id, t.staff.id, {
        kind: 'email',
        source: 'outlook',
        sourceKey: 'msg:abc@x.dk',
      });
      await t.store.insertInteraction(t.tenant, email);
      await assert.rejects(t.store.insertInteraction(t.tenant, email), (e: DomainError) => e.code === 'CONFLICT');
      const logged = await t.store.findLoggedItem(t.tenant, 'msg:abc@x.dk');
      assert.deepEqual(logged?.loggedBy, [{ id: t.staff.id, name: 'Anne Larsen' }]);
      assert.equal(await t.store.findLoggedItem(t.tenant, 'msg:other@x.dk'), null);
    });

    it('when a contact from a shared mailbox is stored by no person, then it is found under its source key with no logger, and its entry names the mailbox', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const stored = await t.store.insertInteraction(t.tenant, {
        ...buildInteraction(company.id, t.staff.id, { kind: 'email', source: 'outlook', sourceKey: 'msg:job@x.dk' }),
        loggedBy: null,
        sectionId: 'virksomhedsservice',
        sharedMailbox: 'jobordre@roskilde.dk',
      });
      assert.deepEqual(await t.store.findLoggedItem(t.tenant, 'msg:job@x.dk'), {
        interactionId: stored.id,
        companyId: company.id,
        loggedBy: [],
      });
      const entry = await t.store.getInteractionEntry(t.tenant, stored.id);
      assert.equal(entry?.loggedBy, null);
      assert.equal(entry?.loggedByName, null);
      assert.deepEqual(entry?.loggers, []);
      assert.equal(entry?.sharedMailbox, 'jobordre@roskilde.dk');
      assert.equal(entry?.sectionId, 'virksomhedsservice');
    });
  });

  describe('countInteractionsByTopic', () => {
    it('when contacts carry topics, then the counts per topic cover the period asked', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      await t.store.insertInteraction(
        t.tenant,
        buildInteraction(company.id, t.staff.id, { topics: ['mentor', 'fleksjob'] }),
      );
      await t.store.insertInteraction(t.tenant, buildInteraction(company.id, t.staff.id, { topics: ['mentor'] }));
      await t.store.insertInteraction(
        t.tenant,
        buildInteraction(company.id, t.staff.id, { topics: ['mentor'], occurredAt: new Date('2020-01-01') }),
      );
      const counts = await t.store.countInteractionsByTopic(t.tenant, company.id, new Date(Date.now() - 86_400_000));
      assert.deepEqual(counts, [
        { topic: 'mentor', count: 2 },
        { topic: 'fleksjob', count: 1 },
      ]);
    });
  });

  describe('addInteractionLogger, getInteractionEntry', () => {
    it('when a colleague logs the same contact, then the entry names both loggers in order, once each', async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const bo = await t.store.insertStaff(t.tenant, {
        email: 'bo@roskilde.dk',
        name: 'Bo',
        sectionId: null,
        isAdmin: false,
      });
      const stored = await t.store.insertInteraction(
        t.tenant,
        buildInteraction(company.id, t.staff.id, { kind: 'email', source: 'outlook', sourceKey: 'msg:colog@x.dk' }),
      );
      await t.store.addInteractionLogger(t.tenant, stored.id, bo.id);
      await t.store.addInteractionLogger(t.tenant, stored.id, bo.id);
      const entry = await t.store.getInteractionEntry(t.tenant, stored.id);
      assert.equal(entry?.loggedByName, 'Anne Larsen');
      assert.deepEqual(entry?.loggers, [t.staff.id, bo.id]);
      const logged = await t.store.findLoggedItem(t.tenant, 'msg:colog@x.dk');
      assert.deepEqual(
        logged?.loggedBy.map((s) => s.name),
        ['Anne Larsen', 'Bo'],
      );
      assert.equal(await t.store.getInteractionEntry(newTenantId(), stored.id), null);
    });
  });

  describe('companyOfInteraction', () => {
    it("when asked for a stored contact's company, then it answers it; another tenant's or an unknown id is null", async () => {
      const company = await t.store.insertCompany(t.tenant, buildCompany());
      const stored = await t.store.insertInteraction(t.tenant, buildInteraction(company.id, t.staff.id));
      assert.equal(await t.store.companyOfInteraction(t.tenant, stored.id), company.id);
      assert.equal(await t.store.companyOfInteraction(newTenantId(), stored.id), null);
      assert.equal(await t.store.companyOfInteraction(t.tenant, randomUUID()), null);
    });
  });
});

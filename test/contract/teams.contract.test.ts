import assert from 'node:assert/strict';
import { newTenantId } from '../support/databases.js';
import type { ConversationRef } from '../../src/domain/model.js';
import { describeStoreContract } from './support/store-suite.js';

const base = {
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  userOid: null,
  reference: { conversation: { id: 'x' } },
};
const channel = (conversationId: string, teamId = 'team-1'): ConversationRef => ({
  ...base,
  conversationId,
  kind: 'channel',
  teamId,
  channelId: conversationId,
});
const filters = { topics: ['rekruttering'], industryPrefixes: ['41'], postcodes: ['4000'], keywords: ['lager'] };

describeStoreContract('teams', (t) => {
  describe('saveConversationRef, getConversationRef', () => {
    it('when a conversation is saved again, then the reference is refreshed, not doubled; another tenant sees none', async () => {
      await t.store.saveConversationRef(t.tenant, channel('19:a@thread.tacv2'));
      await t.store.saveConversationRef(t.tenant, {
        ...channel('19:a@thread.tacv2'),
        serviceUrl: 'https://smba.example/new/',
      });
      const read = await t.store.getConversationRef(t.tenant, '19:a@thread.tacv2');
      assert.deepEqual(read, { ...channel('19:a@thread.tacv2'), serviceUrl: 'https://smba.example/new/' });
      assert.equal(await t.store.getConversationRef(newTenantId(), '19:a@thread.tacv2'), null);
    });
  });

  describe('findPersonalConversationRef', () => {
    it("when the user installed the bot, then their personal conversation is found by their object id, not a channel's", async () => {
      const reference = { conversation: { id: 'a:1' } };
      await t.store.saveConversationRef(t.tenant, { ...channel('19:channel@thread.tacv2'), reference });
      await t.store.saveConversationRef(t.tenant, {
        ...base,
        reference,
        conversationId: 'a:1',
        kind: 'personal',
        teamId: null,
        channelId: null,
        userOid: 'oid-anne',
      });
      const found = await t.store.findPersonalConversationRef(t.tenant, 'oid-anne');
      assert.equal(found?.conversationId, 'a:1');
      assert.deepEqual(found?.reference, reference);
      assert.equal(await t.store.findPersonalConversationRef(newTenantId(), 'oid-anne'), null);
    });
  });

  describe('deleteConversationRefs', () => {
    it('when one conversation or a whole team is removed, then only those are forgotten, and the count says how many', async () => {
      await t.store.saveConversationRef(t.tenant, channel('19:a@thread.tacv2', 'team-1'));
      await t.store.saveConversationRef(t.tenant, channel('19:b@thread.tacv2', 'team-1'));
      await t.store.saveConversationRef(t.tenant, channel('19:c@thread.tacv2', 'team-2'));
      assert.equal(await t.store.deleteConversationRefs(t.tenant, { conversationId: '19:c@thread.tacv2' }), 1);
      assert.equal(await t.store.deleteConversationRefs(newTenantId(), { teamId: 'team-1' }), 0);
      assert.equal(await t.store.deleteConversationRefs(t.tenant, { teamId: 'team-1' }), 2);
      assert.equal(await t.store.getConversationRef(t.tenant, '19:a@thread.tacv2'), null);
    });
  });

  describe('insertSubscription, listSubscriptions, deleteSubscriptions', () => {
    it("when channels subscribe, then each lists its own filters; removing one or a channel's all says how many went", async () => {
      const first = await t.store.insertSubscription(t.tenant, {
        ...filters,
        conversationId: '19:a',
        createdBy: t.staff.id,
      });
      const second = await t.store.insertSubscription(t.tenant, {
        ...filters,
        topics: [],
        conversationId: '19:a',
        createdBy: t.staff.id,
      });
      const other = await t.store.insertSubscription(t.tenant, {
        ...filters,
        conversationId: '19:b',
        createdBy: t.staff.id,
      });
      assert.deepEqual(
        [first.topics, first.industryPrefixes, first.postcodes, first.keywords, first.createdBy],
        [['rekruttering'], ['41'], ['4000'], ['lager'], t.staff.id],
      );
      assert.deepEqual(
        (await t.store.listSubscriptions(t.tenant, '19:a')).map((s) => s.id),
        [first.id, second.id],
      );
      assert.deepEqual(
        (await t.store.listSubscriptions(t.tenant)).map((s) => s.id).sort(),
        [first.id, second.id, other.id].sort(),
      );
      assert.deepEqual(await t.store.listSubscriptions(newTenantId()), []);

      assert.equal(await t.store.deleteSubscriptions(t.tenant, { id: other.id }), 1);
      assert.equal(await t.store.deleteSubscriptions(t.tenant, { conversationId: '19:a' }), 2);
      assert.equal(await t.store.deleteSubscriptions(t.tenant, { id: other.id }), 0);
      assert.deepEqual(await t.store.listSubscriptions(t.tenant), []);
    });
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { newTenantId } from '../support/databases.js';
import { buildCompany, buildVacancy } from '../support/factories.js';
import type { AlertClaimOptions } from '../../src/ports/store.js';
import type { Vacancy } from '../../src/domain/model.js';
import { describeStoreContract, type StoreFixture } from './support/store-suite.js';

const t0 = new Date('2026-03-02T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const claimAt = (now: Date, overrides: Partial<AlertClaimOptions> = {}): AlertClaimOptions => ({
  now,
  limit: 10,
  leaseMs: 30_000,
  conversationSpacingMs: 1_000,
  appSpacingMs: 100,
  maxAheadMs: 60_000,
  ...overrides,
});
const sent = { activityId: 'activity-1', postedConversationId: '19:a;messageid=1' };

async function vacancyIn(t: StoreFixture): Promise<Vacancy> {
  const company = await t.store.insertCompany(
    t.tenant,
    buildCompany({ name: 'Lager og Logistik A/S', industryCode: '521000' }),
  );
  return t.store.insertVacancy(t.tenant, buildVacancy(company.id, t.staff.id, { postcode: '4000' }));
}

describeStoreContract('alerts', (t) => {
  describe('enqueueAlertPosts, getAlertPost, enqueueAlertUpdates', () => {
    it('when a vacancy is queued twice for a channel, then it has one post there; an update follows every post', async () => {
      const vacancy = await vacancyIn(t);
      assert.equal(await t.store.enqueueAlertPosts(t.tenant, vacancy.id, ['19:a', '19:b'], t0), 2);
      assert.equal(
        await t.store.enqueueAlertPosts(t.tenant, vacancy.id, ['19:a', '19:c'], t0),
        1,
        'only the new channel',
      );
      assert.equal(await t.store.enqueueAlertPosts(t.tenant, vacancy.id, [], t0), 0);
      const post = await t.store.getAlertPost(t.tenant, vacancy.id, '19:a');
      assert.deepEqual([post?.kind, post?.status, post?.attempts], ['post', 'pending', 0]);
      assert.equal(await t.store.getAlertPost(t.tenant, vacancy.id, '19:none'), null);
      assert.equal(await t.store.getAlertPost(newTenantId(), vacancy.id, '19:a'), null);
      assert.equal(await t.store.enqueueAlertUpdates(t.tenant, vacancy.id, t0), 3);
      const updates = await t.store.listAlerts(t.tenant, { vacancyId: vacancy.id, limit: 10 });
      assert.equal(updates.filter((row) => row.kind === 'update').length, 3);
    });
  });

  describe('claimDueAlerts, completeAlert', () => {
    it('when due rows are claimed, then each gets a lease and a paced slot, is not handed out twice, and completes once', async () => {
      const vacancy = await vacancyIn(t);
      await t.store.enqueueAlertPosts(t.tenant, vacancy.id, ['19:a', '19:b'], t0);
      assert.deepEqual(await t.store.claimDueAlerts(t.tenant, claimAt(at(-1))), [], 'not due yet');
      const claimed = await t.store.claimDueAlerts(t.tenant, claimAt(t0));
      assert.equal(claimed.length, 2);
      assert.deepEqual(
        claimed.map((row) => row.slotAt.getTime() - t0.getTime()).sort((a, b) => a - b),
        [0, 100],
        'app spacing',
      );
      assert.deepEqual(await t.store.claimDueAlerts(t.tenant, claimAt(t0)), [], 'leased rows stay with their holder');

      const [first] = claimed;
      assert.equal(await t.store.completeAlert(t.tenant, first!.lease, sent, at(10)), true);
      assert.equal(await t.store.completeAlert(t.tenant, first!.lease, sent, at(20)), false, 'once');
      assert.equal(
        await t.store.completeAlert(t.tenant, { id: claimed[1]!.id, token: randomUUID() }, sent, at(20)),
        false,
        'a lost lease',
      );
      const row = await t.store.getAlertPost(t.tenant, vacancy.id, first!.conversationId);
      assert.deepEqual(
        [row?.status, row?.activityId, row?.postedConversationId, row?.sentAt?.getTime()],
        ['sent', 'activity-1', sent.postedConversationId, at(10).getTime()],
      );
    });

    it('when a lease runs out, then another claim takes the row again', async () => {
      const vacancy = await vacancyIn(t);
      await t.store.enqueueAlertPosts(t.tenant, vacancy.id, ['19:a'], t0);
      const [first] = await t.store.claimDueAlerts(t.tenant, claimAt(t0, { leaseMs: 5_000 }));
      const [again] = await t.store.claimDueAlerts(t.tenant, claimAt(at(6_000)));
      assert.equal(again?.id, first?.id);
      assert.notEqual(again?.lease.token, first?.lease.token);
    });
  });

  describe('failAlert, conversationPausedUntil, deferAlert', () => {
    it('when Teams answers 429, then the row waits, the conversation is paused, and a deferral does not count an attempt', async () => {
      const vacancy = await vacancyIn(t);
      await t.store.enqueueAlertPosts(t.tenant, vacancy.id, ['19:a'], t0);
      const [row] = await t.store.claimDueAlerts(t.tenant, claimAt(t0));
      assert.equal(await t.store.conversationPausedUntil(t.tenant, '19:a'), null);
      await t.store.failAlert(
        t.tenant,
        row!.lease,
        { error: 'THROTTLED', retryAt: at(5_000), countsAsAttempt: true, pauseConversationUntil: at(5_000) },
        t0,
      );
      assert.equal((await t.store.conversationPausedUntil(t.tenant, '19:a'))?.getTime(), at(5_000).getTime());
      let stored = await t.store.getAlertPost(t.tenant, vacancy.id, '19:a');
      assert.deepEqual(
        [stored?.status, stored?.attempts, stored?.lastError, stored?.nextAttemptAt.getTime()],
        ['pending', 1, 'THROTTLED', at(5_000).getTime()],
      );

      const [retry] = await t.store.claimDueAlerts(t.tenant, claimAt(at(5_000)));
      await t.store.deferAlert(t.tenant, retry!.lease, at(9_000));
      stored = await t.store.getAlertPost(t.tenant, vacancy.id, '19:a');
      assert.deepEqual([stored?.attempts, stored?.nextAttemptAt.getTime()], [1, at(9_000).getTime()]);
      assert.deepEqual(await t.store.claimDueAlerts(t.tenant, claimAt(at(8_000))), [], 'deferred until then');
    });
  });

  describe('listAlerts, retryDeadAlert', () => {
    it('when a row is dead-lettered, then it lists as dead and a retry puts it back with fresh attempts, once', async () => {
      const vacancy = await vacancyIn(t);
      await t.store.enqueueAlertPosts(t.tenant, vacancy.id, ['19:a', '19:b'], t0);
      const [row] = await t.store.claimDueAlerts(t.tenant, claimAt(t0, { limit: 1 }));
      await t.store.failAlert(
        t.tenant,
        row!.lease,
        { error: 'FORBIDDEN', retryAt: null, countsAsAttempt: true },
        at(1),
      );
      const dead = await t.store.listAlerts(t.tenant, { status: 'dead', limit: 10 });
      assert.deepEqual(
        dead.map((r) => [r.id, r.attempts, r.lastError]),
        [[row!.id, 1, 'FORBIDDEN']],
      );
      assert.equal((await t.store.listAlerts(t.tenant, { status: 'pending', limit: 10 })).length, 1);
      assert.deepEqual(await t.store.listAlerts(newTenantId(), { limit: 10 }), []);

      const retried = await t.store.retryDeadAlert(t.tenant, row!.id, at(2));
      assert.deepEqual(
        [retried?.status, retried?.attempts, retried?.nextAttemptAt.getTime()],
        ['pending', 0, at(2).getTime()],
      );
      assert.equal(await t.store.retryDeadAlert(t.tenant, row!.id, at(3)), null, 'no longer dead');
      assert.equal(await t.store.retryDeadAlert(newTenantId(), row!.id, at(3)), null);
    });
  });

  describe('getAlertVacancy', () => {
    it("when a card is drawn, then it has the vacancy, its company's name, industry and postcode, and who claimed it", async () => {
      const vacancy = await vacancyIn(t);
      await t.store.updateVacancyStatus(t.tenant, vacancy.id, 'in_progress', t.staff.id);
      const alert = await t.store.getAlertVacancy(t.tenant, vacancy.id);
      assert.deepEqual(
        [alert?.vacancy.id, alert?.vacancy.status, alert?.companyName, alert?.industryCode, alert?.claimedByName],
        [vacancy.id, 'in_progress', 'Lager og Logistik A/S', '521000', 'Anne Larsen'],
      );
      assert.equal(alert?.companyPostcode, '4000');
      assert.equal(await t.store.getAlertVacancy(newTenantId(), vacancy.id), null);
    });
  });
});

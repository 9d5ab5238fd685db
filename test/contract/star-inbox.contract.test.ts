import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { JobordreMessage } from '../../src/domain/jobordre.js';
import { describeStoreContract } from './support/store-suite.js';

const RECEIVED = new Date('2026-12-02T09:00:00.000Z');
const minutes = (n: number) => new Date(RECEIVED.getTime() + n * 60_000);
const message = (overrides: Partial<JobordreMessage> = {}): JobordreMessage => ({
  messageId: randomUUID(),
  jobordreId: randomUUID(),
  changeType: 'create',
  occurredAt: new Date('2026-12-02T08:59:00.000Z'),
  ...overrides,
});

describeStoreContract('starInbox', (t) => {
  describe('enqueueStarMessage', () => {
    it('when STAR delivers the same message twice, then it is stored once and the repeat names the first', async () => {
      const delivered = message();
      const first = await t.store.enqueueStarMessage(t.tenant, delivered, RECEIVED);
      const again = await t.store.enqueueStarMessage(t.tenant, delivered, minutes(1));
      assert.equal(first.stored, true);
      assert.deepEqual(again, { id: first.id, stored: false });
      assert.equal((await t.store.starInboxStatus(t.tenant)).queued, 1);
    });

    it('when another tenant gets a message with the same id, then each tenant has its own', async () => {
      const delivered = message();
      await t.store.enqueueStarMessage(t.tenant, delivered, RECEIVED);
      const other = await t.store.enqueueStarMessage(randomUUID(), delivered, RECEIVED);
      assert.equal(other.stored, true);
    });
  });

  describe('claimStarMessages', () => {
    it('when messages are due, then they are leased oldest change first with what the worker needs', async () => {
      const later = message({ occurredAt: new Date('2026-12-02T08:58:00.000Z') });
      const earlier = message({ occurredAt: new Date('2026-12-02T08:00:00.000Z'), changeType: 'update' });
      await t.store.enqueueStarMessage(t.tenant, later, RECEIVED);
      await t.store.enqueueStarMessage(t.tenant, earlier, RECEIVED);
      const jobs = await t.store.claimStarMessages(t.tenant, RECEIVED, minutes(5), 10);
      assert.deepEqual(
        jobs.map((job) => [job.messageId, job.jobordreId, job.changeType, job.attempts]),
        [
          [earlier.messageId, earlier.jobordreId, 'update', 0],
          [later.messageId, later.jobordreId, 'create', 0],
        ],
      );
      assert.equal(jobs[0]!.occurredAt.toISOString(), earlier.occurredAt.toISOString());
    });

    it('when a message is leased, then nobody else takes it until the lease runs out', async () => {
      await t.store.enqueueStarMessage(t.tenant, message(), RECEIVED);
      const [leased] = await t.store.claimStarMessages(t.tenant, RECEIVED, minutes(5), 10);
      assert.deepEqual(await t.store.claimStarMessages(t.tenant, minutes(1), minutes(6), 10), []);
      const retaken = await t.store.claimStarMessages(t.tenant, minutes(6), minutes(11), 10);
      assert.deepEqual(
        retaken.map((job) => job.id),
        [leased!.id],
      );
    });
  });

  describe('retryStarMessage', () => {
    it('when a message is sent back, then it waits until its time and counts the attempt', async () => {
      await t.store.enqueueStarMessage(t.tenant, message(), RECEIVED);
      const [job] = await t.store.claimStarMessages(t.tenant, RECEIVED, minutes(5), 10);
      await t.store.retryStarMessage(t.tenant, job!.id, { errorCode: 'UNAVAILABLE', retryAt: minutes(2) });
      assert.deepEqual(await t.store.claimStarMessages(t.tenant, minutes(1), minutes(6), 10), []);
      const [again] = await t.store.claimStarMessages(t.tenant, minutes(2), minutes(7), 10);
      assert.equal(again?.id, job!.id);
      assert.equal(again?.attempts, 1);
    });
  });

  describe('nextStarMessageDue', () => {
    it('when messages wait, then the earliest time one falls due is named; none waiting: null', async () => {
      assert.equal(await t.store.nextStarMessageDue(t.tenant), null);
      await t.store.enqueueStarMessage(t.tenant, message(), RECEIVED);
      await t.store.enqueueStarMessage(t.tenant, message(), RECEIVED);
      const [first, second] = await t.store.claimStarMessages(t.tenant, RECEIVED, minutes(5), 10);
      await t.store.retryStarMessage(t.tenant, first!.id, { errorCode: 'UNAVAILABLE', retryAt: minutes(3) });
      await t.store.retryStarMessage(t.tenant, second!.id, { errorCode: 'UNAVAILABLE', retryAt: minutes(2) });
      assert.equal((await t.store.nextStarMessageDue(t.tenant))?.toISOString(), minutes(2).toISOString());
      await t.store.finishStarMessage(t.tenant, second!.id, { status: 'dead', errorCode: 'REJECTED' }, minutes(2));
      assert.equal((await t.store.nextStarMessageDue(t.tenant))?.toISOString(), minutes(3).toISOString());
    });
  });

  describe('finishStarMessage and starInboxStatus', () => {
    it('when messages end done, skipped or dead, then the status counts them and names the dead ones by code', async () => {
      const [a, b, c, d] = [message(), message(), message(), message()];
      for (const each of [a, b, c, d]) await t.store.enqueueStarMessage(t.tenant, each, RECEIVED);
      const jobs = await t.store.claimStarMessages(t.tenant, RECEIVED, minutes(5), 3);
      const vacancyId = randomUUID();
      await t.store.finishStarMessage(
        t.tenant,
        jobs[0]!.id,
        { status: 'done', vacancyId, outcome: 'created' },
        minutes(1),
      );
      await t.store.finishStarMessage(t.tenant, jobs[1]!.id, { status: 'skipped', outcome: 'stale' }, minutes(1));
      await t.store.finishStarMessage(t.tenant, jobs[2]!.id, { status: 'dead', errorCode: 'REJECTED' }, minutes(2));
      const status = await t.store.starInboxStatus(t.tenant);
      assert.deepEqual([status.queued, status.done, status.skipped, status.dead], [1, 1, 1, 1]);
      assert.equal(status.oldestQueuedAt?.toISOString(), RECEIVED.toISOString());
      assert.equal(status.lastReceivedAt?.toISOString(), RECEIVED.toISOString());
      assert.deepEqual(
        status.recentFailures.map((failure) => [failure.jobordreId, failure.errorCode, failure.attempts]),
        [[jobs[2]!.jobordreId, 'REJECTED', 1]],
      );
      assert.deepEqual(
        await t.store.claimStarMessages(t.tenant, minutes(10), minutes(15), 10).then((j) => j.length),
        1,
      );
    });

    it('when nothing arrived, then the status is empty', async () => {
      assert.deepEqual(await t.store.starInboxStatus(t.tenant), {
        queued: 0,
        done: 0,
        skipped: 0,
        dead: 0,
        oldestQueuedAt: null,
        lastReceivedAt: null,
        recentFailures: [],
      });
    });
  });
});

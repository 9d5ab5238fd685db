import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Staff } from '../../src/domain/model.js';
import { itNamesEveryMethodOf } from './support/store-ports.js';

const HOUR = 3_600_000;

// The "Kontaktspor" category's store functions, on every store: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
for (const target of STORE_TARGETS) {
  describe(`Store contract, tagging port, on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenant: string;
    let staff: Staff;
    const t0 = new Date('2026-03-02T08:00:00Z');

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
    });
    after(async () => close?.());
    beforeEach(async () => {
      tenant = newTenantId();
      staff = await store.insertStaff(tenant, {
        email: 'anne.larsen@roskilde.dk',
        name: 'Anne Larsen',
        sectionId: null,
        isAdmin: false,
      });
    });

    const item = (graphId: string) => ({ ownerId: staff.id, kind: 'email' as const, graphId });

    itNamesEveryMethodOf('tagging');

    describe('upsertMailboxWatch, getMailboxWatch, listMailboxWatches', () => {
      it('when a staff member opts in, then the watch names their mailbox; another tenant sees none of it', async () => {
        const watch = await store.upsertMailboxWatch(tenant, staff.id);
        assert.equal(watch?.graphUserId, staff.id, 'before the first sign-in the staff id stands in for the object id');
        assert.deepEqual(
          (await store.listMailboxWatches(tenant)).map((w) => w.ownerId),
          [staff.id],
        );
        assert.equal(await store.getMailboxWatch(newTenantId(), staff.id), null);
        assert.equal(
          await store.upsertMailboxWatch(newTenantId(), staff.id),
          null,
          'no such staff member in another tenant',
        );
      });
    });

    describe('upsertSharedMailboxWatch', () => {
      it("when a shared mailbox is watched, then its watch says so and its jobs are the mailbox's, apart from any staff member's", async () => {
        const mailboxId = randomUUID();
        const watch = await store.upsertSharedMailboxWatch(tenant, mailboxId, 'graph-user-of-jobordre');
        assert.deepEqual(
          { ownerId: watch.ownerId, ownerKind: watch.ownerKind, graphUserId: watch.graphUserId },
          { ownerId: mailboxId, ownerKind: 'shared', graphUserId: 'graph-user-of-jobordre' },
        );
        assert.equal((await store.upsertMailboxWatch(tenant, staff.id))?.ownerKind, 'staff');
        await store.enqueueTagJob(tenant, { ownerId: mailboxId, kind: 'email', graphId: 'AAMk-1' }, t0);
        await store.enqueueTagJob(tenant, item('AAMk-1'), t0);
        assert.deepEqual(
          (await store.listTagJobs(tenant, mailboxId, ['queued'], 10)).map((job) => job.ownerId),
          [mailboxId],
          'the same item in two mailboxes is two jobs',
        );
        assert.equal(await store.getMailboxWatch(newTenantId(), mailboxId), null);
      });
    });

    describe('saveGraphSubscription, getGraphSubscription, listGraphSubscriptions, saveDeltaLink, getDeltaLink, deleteMailboxWatch', () => {
      it('when subscriptions are saved, renewed and listed by expiry, then the store follows; opting out returns and removes them', async () => {
        await store.upsertMailboxWatch(tenant, staff.id);
        await store.saveGraphSubscription(tenant, {
          id: 'sub-1',
          ownerId: staff.id,
          resource: 'messages',
          clientState: 's1',
          expiresAt: new Date(t0.getTime() + HOUR),
        });
        await store.saveGraphSubscription(tenant, {
          id: 'sub-2',
          ownerId: staff.id,
          resource: 'events',
          clientState: 's2',
          expiresAt: new Date(t0.getTime() + 48 * HOUR),
        });
        assert.deepEqual(
          (await store.listGraphSubscriptions(tenant, { expiringBefore: new Date(t0.getTime() + 24 * HOUR) })).map(
            (s) => s.id,
          ),
          ['sub-1'],
        );
        await store.saveGraphSubscription(tenant, {
          id: 'sub-1',
          ownerId: staff.id,
          resource: 'messages',
          clientState: 's1',
          expiresAt: new Date(t0.getTime() + 72 * HOUR),
        });
        assert.deepEqual(
          await store.listGraphSubscriptions(tenant, { expiringBefore: new Date(t0.getTime() + 24 * HOUR) }),
          [],
        );
        assert.equal((await store.getGraphSubscription(tenant, 'sub-2'))?.clientState, 's2');
        assert.equal(await store.getGraphSubscription(newTenantId(), 'sub-2'), null);
        await store.saveDeltaLink(tenant, staff.id, 'inbox', 'https://graph/delta?token=1', t0);
        await store.saveDeltaLink(tenant, staff.id, 'inbox', 'https://graph/delta?token=2', t0);
        assert.equal(await store.getDeltaLink(tenant, staff.id, 'inbox'), 'https://graph/delta?token=2');

        const removed = await store.deleteMailboxWatch(tenant, staff.id);
        assert.deepEqual(removed.map((s) => s.id).sort(), ['sub-1', 'sub-2']);
        assert.deepEqual(await store.listGraphSubscriptions(tenant, { ownerId: staff.id }), []);
        assert.equal(await store.getDeltaLink(tenant, staff.id, 'inbox'), null);
        assert.equal(await store.getMailboxWatch(tenant, staff.id), null);
      });
    });

    describe('deleteGraphSubscription', () => {
      it('when one subscription is deleted, then it alone is gone', async () => {
        await store.upsertMailboxWatch(tenant, staff.id);
        const expiresAt = new Date(t0.getTime() + HOUR);
        await store.saveGraphSubscription(tenant, {
          id: 'sub-1',
          ownerId: staff.id,
          resource: 'messages',
          clientState: 's1',
          expiresAt,
        });
        await store.saveGraphSubscription(tenant, {
          id: 'sub-2',
          ownerId: staff.id,
          resource: 'events',
          clientState: 's2',
          expiresAt,
        });
        await store.deleteGraphSubscription(newTenantId(), 'sub-1');
        await store.deleteGraphSubscription(tenant, 'sub-1');
        assert.equal(await store.getGraphSubscription(tenant, 'sub-1'), null);
        assert.deepEqual(
          (await store.listGraphSubscriptions(tenant, { ownerId: staff.id })).map((s) => s.id),
          ['sub-2'],
        );
      });
    });

    describe('enqueueTagJob, claimTagJobs, finishTagJob, getTagJob, listTagJobs, deleteTagJob', () => {
      it('when the same item is queued twice, then there is one job; once logged it stays logged; once failed it is queued again', async () => {
        await store.enqueueTagJob(tenant, item('A'), t0);
        await store.enqueueTagJob(tenant, item('A'), t0);
        const [job] = await store.claimTagJobs(tenant, t0, new Date(t0.getTime() + HOUR), 10);
        assert.ok(job);
        assert.equal(job.attempts, 1);
        assert.deepEqual(
          await store.claimTagJobs(tenant, t0, new Date(t0.getTime() + HOUR), 10),
          [],
          'leased: nobody else takes it',
        );

        await store.finishTagJob(
          tenant,
          job.id,
          { status: 'logged', interactionId: '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99' },
          t0,
        );
        await store.enqueueTagJob(tenant, item('A'), t0);
        assert.equal((await store.getTagJob(tenant, job.id))?.status, 'logged');

        await store.finishTagJob(tenant, job.id, { status: 'failed', errorCode: 'FORBIDDEN' }, t0);
        assert.deepEqual(
          (await store.listTagJobs(tenant, staff.id, ['failed'], 10)).map((j) => j.errorCode),
          ['FORBIDDEN'],
        );
        await store.enqueueTagJob(tenant, item('A'), t0);
        const again = await store.getTagJob(tenant, job.id);
        assert.equal(again?.status, 'queued');
        assert.equal(again?.attempts, 0);
        assert.equal(again?.errorCode, null);
      });

      it('when a logged item changes, then it is taken again for a re-check and stays logged, its contact kept, through a retry', async () => {
        const lease = new Date(t0.getTime() + HOUR);
        const interactionId = '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99';
        await store.enqueueTagJob(tenant, item('R'), t0);
        const [job] = await store.claimTagJobs(tenant, t0, lease, 10);
        await store.finishTagJob(tenant, job!.id, { status: 'logged', interactionId }, t0);
        assert.deepEqual(await store.claimTagJobs(tenant, t0, lease, 10), [], 'nothing to look at once logged');

        await store.enqueueTagJob(tenant, item('R'), t0);
        const [recheck] = await store.claimTagJobs(tenant, t0, lease, 10);
        assert.deepEqual(
          [recheck?.id, recheck?.status, recheck?.interactionId, recheck?.attempts],
          [job!.id, 'logged', interactionId, 1],
        );
        assert.deepEqual(
          await store.listTagJobs(tenant, staff.id, ['queued', 'needs_company'], 10),
          [],
          'never pending meanwhile',
        );

        await store.finishTagJob(tenant, job!.id, { status: 'queued', errorCode: 'THROTTLED' }, t0);
        const retried = await store.claimTagJobs(tenant, t0, lease, 10);
        assert.deepEqual(
          retried.map((j) => [j.status, j.interactionId, j.attempts]),
          [['logged', interactionId, 2]],
          'a passing failure tries again',
        );

        await store.finishTagJob(tenant, job!.id, { status: 'logged', interactionId }, t0);
        assert.deepEqual(await store.claimTagJobs(tenant, t0, lease, 10), [], 'settled');
        assert.equal((await store.getTagJob(tenant, job!.id))?.status, 'logged');
      });

      it('when two workers claim at the same moment, then no job is taken twice (SKIP LOCKED)', async () => {
        for (let i = 0; i < 12; i += 1) await store.enqueueTagJob(tenant, item(`P${i}`), t0);
        const lease = new Date(t0.getTime() + HOUR);
        const [a, b] = await Promise.all([
          store.claimTagJobs(tenant, t0, lease, 8),
          store.claimTagJobs(tenant, t0, lease, 8),
        ]);
        const ids = [...a!, ...b!].map((job) => job.id);
        assert.equal(new Set(ids).size, ids.length, 'disjoint');
        assert.equal(ids.length, 12);
      });

      it('when a worker dies holding a job, then its lease runs out and another worker takes it', async () => {
        await store.enqueueTagJob(tenant, item('B'), t0);
        const [first] = await store.claimTagJobs(tenant, t0, new Date(t0.getTime() + HOUR), 10);
        assert.deepEqual(
          await store.claimTagJobs(tenant, new Date(t0.getTime() + HOUR / 2), new Date(t0.getTime() + 2 * HOUR), 10),
          [],
        );
        const [second] = await store.claimTagJobs(
          tenant,
          new Date(t0.getTime() + 2 * HOUR),
          new Date(t0.getTime() + 3 * HOUR),
          10,
        );
        assert.equal(second?.id, first?.id);
        assert.equal(second?.attempts, 2);
      });

      it('when a job waits for a company, then it lists as pending with its candidates, and deleting a job forgets it', async () => {
        await store.enqueueTagJob(tenant, item('C'), t0);
        await store.enqueueTagJob(tenant, item('D'), t0);
        const jobs = await store.claimTagJobs(tenant, t0, new Date(t0.getTime() + HOUR), 1);
        assert.equal(jobs.length, 1, 'the limit holds');
        const candidate = '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99';
        await store.finishTagJob(tenant, jobs[0]!.id, { status: 'needs_company', candidateIds: [candidate] }, t0);
        const [waiting] = await store.listTagJobs(tenant, staff.id, ['needs_company'], 10);
        assert.deepEqual(waiting?.candidateIds, [candidate]);
        assert.deepEqual(await store.listTagJobs(newTenantId(), staff.id, ['needs_company', 'queued'], 10), []);
        await store.deleteTagJob(tenant, jobs[0]!.id);
        assert.equal(await store.getTagJob(tenant, jobs[0]!.id), null);
      });
    });
  });
}

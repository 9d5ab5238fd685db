import assert from 'node:assert/strict';
import { STORE_TARGETS, openOrSkip, newTenantId } from '../support/databases.js';
import { systemClock } from '../../src/ports/clock.js';
import { createVacancy } from '../../src/app/vacancies.js';
import { claimVacancy } from '../../src/app/claim-vacancy.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { validateCard } from '../bot/support/validate-card.js';
import { alertTenant, vacancyInput } from './support/alert-fixture.js';
import { maxInWindow, startLocalConnector } from './support/local-connector.js';
import { startAlertWorker } from './support/alert-worker.js';

/**
 * Two delivery workers (as two instances would run) on one store, wired as main.ts wires them:
 * the production adapter and its turn-error handler, real botbuilder, the local connector.
 */
function workers(
  store: KyselyStore,
  tenantId: string,
  retry: { baseMs: number; maxMs: number; maxAttempts: number } = { baseMs: 100, maxMs: 400, maxAttempts: 4 },
) {
  const env = {
    ALERT_RETRY_BASE_MS: String(retry.baseMs),
    ALERT_RETRY_MAX_MS: String(retry.maxMs),
    ALERT_MAX_ATTEMPTS: String(retry.maxAttempts),
  };
  return [startAlertWorker(store, tenantId, env), startAlertWorker(store, tenantId, env)];
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

for (const target of STORE_TARGETS) {
  describe(`Vacancy alert delivery (${target.name})`, function () {
    this.timeout(40_000);
    let opened: Awaited<ReturnType<typeof target.open>>;
    let connector: Awaited<ReturnType<typeof startLocalConnector>>;

    before(async function () {
      opened = await openOrSkip(this, target);
      connector = await startLocalConnector();
    });
    afterEach(() => {
      assert.deepEqual(connector.stray, [], 'alert delivery writes nothing into a channel but its cards');
    });
    after(async () => {
      await connector?.close();
      await opened?.close();
    });
    beforeEach(() => {
      connector.accepted.splice(0);
      connector.refused.splice(0);
      connector.stray.splice(0);
      connector.setFault(() => null);
    });

    it('when vacancies match channels, then each channel gets one valid 1.5 card thread per vacancy, paced under Teams limits', async () => {
      const tenantId = newTenantId();
      const { actor, company, channelIds } = await alertTenant(opened.store, tenantId, {
        serviceUrl: connector.url,
        channels: 10,
      });
      for (let n = 0; n < 10; n++)
        await createVacancy({ store: opened.store, clock: systemClock }, actor, vacancyInput(company.id, n));
      assert.equal(connector.accepted.length, 0, 'nothing is sent from the request itself');

      const running = workers(opened.store, tenantId);
      try {
        await until(() => connector.accepted.length >= 100, '100 posts');
      } finally {
        await Promise.all(running.map((worker) => worker.stop()));
      }
      const posts = connector.accepted.filter((call) => call.kind === 'post');
      assert.equal(posts.length, 100);
      assert.equal(new Set(posts.map((call) => `${call.channelId}/${call.vacancyId}`)).size, 100, 'no post twice');
      assert.deepEqual([...new Set(posts.map((call) => call.channelId))].sort(), [...channelIds].sort());
      for (const channelId of channelIds) {
        assert.ok(
          maxInWindow(
            posts.filter((call) => call.channelId === channelId),
            1000,
          ) <= 7,
          `${channelId} got more than 7 in a second`,
        );
      }
      assert.ok(maxInWindow(posts, 1000) <= 50, `the app sent ${maxInWindow(posts, 1000)} in one second`);
      assert.deepEqual(validateCard(posts[0]!.card), []);
      const sent = await opened.store.listAlerts(tenantId, { status: 'sent', limit: 500 });
      assert.equal(sent.length, 100);
      assert.ok(sent.every((row) => row.activityId && row.postedConversationId?.includes(';messageid=')));
    });

    it('when the connector answers 429 with Retry-After and 503 for a while, then everything arrives after it recovers, never too fast', async () => {
      const tenantId = newTenantId();
      const { actor, company } = await alertTenant(opened.store, tenantId, { serviceUrl: connector.url, channels: 3 });
      for (let n = 0; n < 6; n++)
        await createVacancy({ store: opened.store, clock: systemClock }, actor, vacancyInput(company.id, n));
      const started = Date.now();
      let calls = 0;
      connector.setFault(() => {
        calls += 1;
        if (Date.now() - started > 1_500) return null;
        return calls % 2 === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : { status: 503 };
      });
      const running = workers(opened.store, tenantId, { baseMs: 200, maxMs: 1_000, maxAttempts: 8 });
      try {
        await until(() => connector.accepted.length >= 18, '18 posts after recovery');
      } finally {
        await Promise.all(running.map((worker) => worker.stop()));
      }
      assert.ok(connector.refused.some((r) => r.status === 429) && connector.refused.some((r) => r.status === 503));
      // After a 429 nothing more reaches that channel for its Retry-After (50 ms grace: a request already on the wire).
      const all = [...connector.accepted, ...connector.refused];
      for (const throttle of connector.refused.filter((r) => r.status === 429)) {
        const early = all.filter(
          (call) =>
            call.channelId === throttle.channelId && call.at > throttle.at + 50 && call.at < throttle.at + 1_000,
        );
        assert.deepEqual(early, [], 'Retry-After was honoured');
      }
      for (const channelId of new Set(all.map((call) => call.channelId))) {
        assert.ok(
          maxInWindow(
            all.filter((call) => call.channelId === channelId),
            1000,
          ) <= 7,
        );
      }
      assert.equal((await opened.store.listAlerts(tenantId, { status: 'dead', limit: 50 })).length, 0);
    });

    it('when one channel always fails, then its rows dead-letter and the other channels get all of theirs', async () => {
      const tenantId = newTenantId();
      const { actor, company, channelIds } = await alertTenant(opened.store, tenantId, {
        serviceUrl: connector.url,
        channels: 3,
      });
      const broken = channelIds[1]!;
      connector.setFault((call) => (call.channelId === broken ? { status: 503 } : null));
      for (let n = 0; n < 4; n++)
        await createVacancy({ store: opened.store, clock: systemClock }, actor, vacancyInput(company.id, n));
      const running = workers(opened.store, tenantId, { baseMs: 30, maxMs: 100, maxAttempts: 3 });
      try {
        await until(
          async () => (await opened.store.listAlerts(tenantId, { status: 'dead', limit: 50 })).length === 4,
          '4 dead letters',
        );
        await until(() => connector.accepted.length >= 8, '8 posts to the healthy channels');
      } finally {
        await Promise.all(running.map((worker) => worker.stop()));
      }
      const dead = await opened.store.listAlerts(tenantId, { status: 'dead', limit: 50 });
      assert.ok(
        dead.every((row) => row.conversationId === broken && row.attempts === 3 && row.lastError === 'HTTP_503'),
      );
      assert.equal(connector.refused.length, 12, 'three attempts per row, then no more');
      assert.equal(connector.accepted.filter((call) => call.channelId !== broken).length, 8);
    });

    it('when Teams answers 429 with Retry-After: 2, then that channel hears nothing for 2 s and the row keeps all its attempts', async () => {
      const tenantId = newTenantId();
      const { actor, company, channelIds } = await alertTenant(opened.store, tenantId, {
        serviceUrl: connector.url,
        channels: 1,
      });
      let throttled = false;
      connector.setFault(() => {
        if (throttled) return null;
        throttled = true;
        return { status: 429, headers: { 'Retry-After': '2' } };
      });
      await createVacancy({ store: opened.store, clock: systemClock }, actor, vacancyInput(company.id, 1));
      const running = workers(opened.store, tenantId, { baseMs: 50, maxMs: 100, maxAttempts: 2 });
      try {
        await until(() => connector.accepted.length >= 1, 'the post after the pause');
      } finally {
        await Promise.all(running.map((worker) => worker.stop()));
      }
      const [refusal] = connector.refused;
      const [post] = connector.accepted;
      assert.equal(refusal?.status, 429);
      assert.equal(post?.channelId, channelIds[0]);
      assert.ok(post!.at - refusal!.at >= 2_000, `the next send came ${post!.at - refusal!.at} ms after the 429`);
      const [row] = await opened.store.listAlerts(tenantId, { status: 'sent', limit: 5 });
      assert.equal(row?.attempts, 0, 'throttling spends no attempt');
    });

    it('when Teams answers 503 to a card update, then the update is retried and the card finally shows who took the vacancy', async () => {
      const tenantId = newTenantId();
      const { actor, company } = await alertTenant(opened.store, tenantId, { serviceUrl: connector.url, channels: 1 });
      const vacancy = await createVacancy(
        { store: opened.store, clock: systemClock },
        actor,
        vacancyInput(company.id, 1),
      );
      const worker = startAlertWorker(
        opened.store,
        tenantId,
        { ALERT_RETRY_BASE_MS: '50', ALERT_RETRY_MAX_MS: '100', ALERT_MAX_ATTEMPTS: '4' },
        false,
      );
      try {
        await until(async () => (await worker.runOnce(), connector.accepted.length === 1), 'the first post');
        let updates = 0;
        connector.setFault((call) => (call.kind === 'update' && ++updates <= 2 ? { status: 503 } : null));
        await claimVacancy({ store: opened.store, clock: systemClock }, actor, vacancy.id);
        await until(
          async () => (await worker.runOnce(), connector.accepted.some((call) => call.kind === 'update')),
          'the update after two 503s',
        );
      } finally {
        await worker.stop();
      }
      assert.deepEqual(
        connector.refused.map((r) => `${r.kind} ${r.status}`),
        ['update 503', 'update 503'],
      );
      const update = connector.accepted.find((call) => call.kind === 'update')!;
      assert.match(JSON.stringify(update.card), new RegExp(actor.name));
      const rows = await opened.store.listAlerts(tenantId, { status: 'sent', limit: 5 });
      assert.equal(rows.length, 2, 'the post and the update are both marked sent, each after Teams accepted it');
      assert.equal((await opened.store.listAlerts(tenantId, { status: 'dead', limit: 5 })).length, 0);
    });

    it('when Teams refuses a post with 403, then the row is dead-lettered at once and no error text reaches the channel', async () => {
      const tenantId = newTenantId();
      const { actor, company } = await alertTenant(opened.store, tenantId, { serviceUrl: connector.url, channels: 1 });
      connector.setFault(() => ({ status: 403 }));
      await createVacancy({ store: opened.store, clock: systemClock }, actor, vacancyInput(company.id, 1));
      const worker = startAlertWorker(opened.store, tenantId, {}, false);
      try {
        await until(
          async () => (
            await worker.runOnce(),
            (await opened.store.listAlerts(tenantId, { status: 'dead', limit: 5 })).length === 1
          ),
          'the dead letter',
        );
      } finally {
        await worker.stop();
      }
      const [dead] = await opened.store.listAlerts(tenantId, { status: 'dead', limit: 5 });
      assert.equal(dead?.lastError, 'HTTP_403');
      assert.equal(dead?.attempts, 1);
      assert.equal(connector.refused.length, 1, 'a refusal is not retried');
    });
  });
}

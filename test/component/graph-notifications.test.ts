import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Kysely } from 'kysely';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { refusingTagDeps } from '../support/tagging.js';
import { countTenantRows } from '../support/tenant-rows.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import type { Staff } from '../../src/domain/model.js';

const STACK_TRACE = [/^\s*at\s/m, /\.ts:/, /node_modules/, /\bError:/];
const PATH = '/api/graph/notifications';

for (const target of STORE_TARGETS) {
  describe(`Graph's notification endpoint on ${target.name}: only Graph's own notifications are queued`, function () {
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let app: TestApp;
    let tenantId: string;
    let staff: Staff;
    const logged: string[] = [];
    const kicks: number[] = [];
    const refreshes: number[] = [];
    const SECRET = 'c2VjcmV0LWNsaWVudC1zdGF0ZS1vZi10aGUtc3Vic2NyaXB0aW9u';

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      tenantId = newTenantId();
      staff = await store.insertStaff(tenantId, {
        email: 'anne@roskilde.dk',
        name: 'Anne',
        sectionId: null,
        isAdmin: false,
      });
      await store.upsertMailboxWatch(tenantId, staff.id);
      await store.saveGraphSubscription(tenantId, {
        id: 'sub-messages',
        ownerId: staff.id,
        resource: 'messages',
        clientState: SECRET,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      const logger = pino(
        { level: 'info' },
        new Writable({
          write(chunk, _encoding, done) {
            logged.push(String(chunk));
            done();
          },
        }),
      );
      app = await startTestApp({
        store,
        tenantId,
        defaultEmail: staff.email,
        tagging: {
          deps: refusingTagDeps(store, { logger }),
          tenantAllowed: (tid) => tid === tenantId,
          kick: () => void kicks.push(1),
          refresh: () => void refreshes.push(1),
        },
      });
    });
    after(async () => {
      await app?.close();
      await close?.();
    });

    const notification = (overrides: Record<string, unknown> = {}) => ({
      subscriptionId: 'sub-messages',
      clientState: SECRET,
      tenantId,
      changeType: 'updated',
      resource: `Users/${staff.id}/Messages/AAMkAGI2TG93AAA=`,
      resourceData: { id: 'AAMkAGI2TG93AAA=' },
      ...overrides,
    });
    const post = (body: string, contentType = 'application/json', query = '') =>
      fetch(`${app.url}${PATH}${query}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const jobs = async () => (await countTenantRows(db, tenantId, ['tag_jobs'])).tag_jobs;

    async function assertRefused(response: Response, status: number, label: string) {
      const text = await response.text();
      assert.equal(response.status, status, `${label}: ${text.slice(0, 200)}`);
      const body = JSON.parse(text) as { error: { code: string; message: string } };
      assert.deepEqual(Object.keys(body), ['error'], label);
      assert.equal(typeof body.error.code, 'string', label);
      for (const trace of STACK_TRACE) assert.doesNotMatch(text, trace, label);
    }

    it('when Graph posts a notification for a subscription we hold with its clientState, then it answers 202 and the item is queued once', async () => {
      const response = await post(JSON.stringify({ value: [notification(), notification()] }));
      assert.equal(response.status, 202);
      assert.equal(await response.text(), '');
      assert.equal(await jobs(), 1);
      assert.ok(kicks.length > 0, 'the worker was woken');
      assert.ok(!logged.join('').includes(SECRET), 'the clientState is never logged');
    });

    it('when notifications name an unknown subscription or tenant, a wrong or missing clientState, or no item, then they are ignored (202) and logged by reason', async () => {
      const before = await jobs();
      const response = await post(
        JSON.stringify({
          value: [
            notification({ subscriptionId: 'sub-unknown', resourceData: { id: 'AAMkAX1' } }),
            notification({ tenantId: newTenantId(), resourceData: { id: 'AAMkAX2' } }),
            notification({ clientState: `${SECRET}x`, resourceData: { id: 'AAMkAX3' } }),
            notification({ clientState: null, resourceData: { id: 'AAMkAX4' } }),
            notification({ resourceData: {} }),
          ],
        }),
      );
      assert.equal(response.status, 202);
      assert.equal(await jobs(), before);
      const reasons = logged
        .filter((line) => line.includes('graph notification ignored'))
        .map((line) => (JSON.parse(line) as { reason: string }).reason);
      for (const reason of ['unknown subscription', 'unknown tenant', 'clientState mismatch', 'no item id'])
        assert.ok(reasons.includes(reason), reason);
    });

    it('when Graph says a subscription was removed or notifications were missed, then it is due for renewal at once and a catch-up is started', async () => {
      const before = await jobs();
      const response = await post(
        JSON.stringify({
          value: [
            { subscriptionId: 'sub-messages', clientState: SECRET, tenantId, lifecycleEvent: 'subscriptionRemoved' },
          ],
        }),
      );
      assert.equal(response.status, 202);
      assert.ok((await store.getGraphSubscription(tenantId, 'sub-messages'))!.expiresAt.getTime() <= Date.now());
      assert.equal(refreshes.length, 1);
      assert.equal(await jobs(), before, 'no item is queued');
      const forged = await post(
        JSON.stringify({
          value: [{ subscriptionId: 'sub-messages', clientState: 'forged', tenantId, lifecycleEvent: 'missed' }],
        }),
      );
      assert.equal(forged.status, 202);
      assert.equal(refreshes.length, 1, 'a forged lifecycle event changes nothing');
    });

    it('when the body is malformed, not a collection, too big, hostile or of another type, then it answers 4xx in the one error shape and queues nothing', async () => {
      const before = await jobs();
      const cases: [string, string, string, number][] = [
        ['malformed JSON', '{"value": [', 'application/json', 400],
        ['no value', '{}', 'application/json', 400],
        ['value is not a list', '{"value": {"subscriptionId": "sub-messages"}}', 'application/json', 400],
        ['an empty list', '{"value": []}', 'application/json', 400],
        [
          '1001 notifications',
          JSON.stringify({ value: Array.from({ length: 1001 }, () => ({ subscriptionId: 'x' })) }),
          'application/json',
          400,
        ],
        [
          'a 5,000-character subscription id',
          JSON.stringify({ value: [notification({ subscriptionId: 'x'.repeat(5_000) })] }),
          'application/json',
          400,
        ],
        [
          'an item id with a path in it',
          JSON.stringify({ value: [notification({ resourceData: { id: '../../etc/passwd' } })] }),
          'application/json',
          400,
        ],
        [
          'a 1 MB body',
          JSON.stringify({ value: [notification({ resource: 'x'.repeat(1_000_000) })] }),
          'application/json',
          413,
        ],
        ['form data', 'value=1', 'application/x-www-form-urlencoded', 415],
        ['plain text without a token', 'hello', 'text/plain', 415],
      ];
      for (const [label, body, type, status] of cases) await assertRefused(await post(body, type), status, label);
      assert.equal(await jobs(), before);
      assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
    });

    it('when the validation token is oversized or repeated, then it is refused; a token with markup is echoed as plain text only', async () => {
      await assertRefused(
        await post('', 'text/plain', `?validationToken=${'x'.repeat(3_000)}`),
        400,
        'oversized token',
      );
      await assertRefused(await post('', 'text/plain', '?validationToken=a&validationToken=b'), 400, 'two tokens');
      const echoed = await post(
        '',
        'text/plain',
        `?validationToken=${encodeURIComponent('<script>alert(1)</script>')}`,
      );
      assert.equal(echoed.status, 200);
      assert.match(echoed.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal(echoed.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(await echoed.text(), '<script>alert(1)</script>');
    });
  });
}

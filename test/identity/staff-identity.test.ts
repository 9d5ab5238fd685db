import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';

const EMAIL = 'mette.kjaergaard@roskilde.dk';

// A sign-in name reused for a new employee: the real Entra authenticator path, on every store.
for (const target of STORE_TARGETS) {
  describe(`Production sign-in: a staff member is tenant + object id, never their email, on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenantId: string;
    let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
    let server: Awaited<ReturnType<typeof serveApp>>;
    const leaver = { oid: randomUUID(), name: 'Mette Kjærgaard', email: EMAIL };
    const newcomer = { oid: randomUUID(), name: 'Mette Kjær', email: EMAIL };
    const admin = {
      oid: randomUUID(),
      name: 'Admin Adminsen',
      email: 'admin@roskilde.dk',
      roles: ['Kontaktspor.Admin'],
    };

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      tenantId = newTenantId();
      harness = await startProductionIdentity({ store, tenantId });
      server = await serveApp({ store, authenticator: harness.authenticator, mailSource: harness.mailSource });
    });
    after(async () => {
      await server?.close();
      await harness?.close();
      await close?.();
    });

    async function as(
      user: { oid: string; name: string; email: string; roles?: string[] },
      method: string,
      path: string,
      body?: unknown,
    ) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await harness.tokenFor(user)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as any };
    }

    it('when two tokens with different object ids carry the same email, then there are two staff rows and neither is changed by the other', async () => {
      const first = await as(leaver, 'GET', '/api/me');
      assert.equal(first.status, 200);
      assert.equal((await as(leaver, 'POST', '/api/me/never-log', { value: 'laege@klinik.dk' })).status, 201);

      const second = await as(newcomer, 'GET', '/api/me');
      assert.equal(second.status, 200);
      assert.notEqual(second.body.id, first.body.id, 'a row of their own');
      assert.equal(second.body.name, newcomer.name);
      assert.deepEqual(
        (await as(newcomer, 'GET', '/api/me/never-log')).body.items,
        [],
        "the newcomer does not inherit the leaver's never-log list",
      );

      const again = await as(leaver, 'GET', '/api/me');
      assert.deepEqual([again.body.id, again.body.name], [first.body.id, leaver.name], 'the first row is untouched');
      assert.deepEqual(
        (await as(leaver, 'GET', '/api/me/never-log')).body.items.map((e: { value: string }) => e.value),
        ['laege@klinik.dk'],
      );
      assert.equal((await store.findStaffByOid(tenantId, leaver.oid))?.id, first.body.id);
      assert.equal((await store.findStaffByOid(tenantId, newcomer.oid))?.id, second.body.id);
    });

    it('when an admin opens the staff clashes, then both rows are listed under the shared email with their object ids; others are refused', async () => {
      const reply = await as(admin, 'GET', '/api/admin/staff/email-clashes');
      assert.equal(reply.status, 200);
      assert.deepEqual(
        reply.body.items.map((c: { email: string; staff: { name: string; entraOid: string }[] }) => [
          c.email,
          c.staff.map((s) => [s.name, s.entraOid]),
        ]),
        [
          [
            EMAIL,
            [
              [leaver.name, leaver.oid],
              [newcomer.name, newcomer.oid],
            ],
          ],
        ],
      );
      const refused = await as(newcomer, 'GET', '/api/admin/staff/email-clashes');
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'FORBIDDEN');
    });
  });
}

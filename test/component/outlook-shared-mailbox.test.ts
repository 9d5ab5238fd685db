import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { ewsIdFor } from '../../src/demo/emulators/graph-ids.js';
import { buildMessage, recipient } from '../../src/demo/emulators/graph-factories.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';

const seed: SeedData = buildSeedData();
const [mette, soeren] = seed.staff;
const company = seed.companies.find((c) => c.domains.length > 0)!;
const SHARED = {
  id: randomUUID(),
  userPrincipalName: 'virksomhedsservice@roskilde.dk',
  mail: 'virksomhedsservice@roskilde.dk',
  displayName: 'Virksomhedsservice',
  department: null,
};

for (const target of STORE_TARGETS) {
  describe(`The pane in a shared mailbox: preview and log through Graph on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
    let server: Awaited<ReturnType<typeof serveApp>>;
    let tenantId: string;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      tenantId = newTenantId();
      await loadSeed(store, tenantId, seed);
      harness = await startProductionIdentity({ store, tenantId, seed });
      harness.emulators.graph.addMailbox(SHARED, {});
      // FullAccess on virksomhedsservice@ for Mette; Søren has none.
      harness.emulators.graph.grantMailboxAccess(SHARED.mail, mette!.id);
      server = await serveApp({ store, authenticator: harness.authenticator, mailSource: harness.mailSource });
    });
    after(async () => {
      server?.assertDescribed();
      await server?.close();
      await harness?.close();
      await close?.();
    });

    /** A new email from the company to virksomhedsservice@, as employers write. */
    function employerWrites(subject: string) {
      const message = buildMessage(
        {
          subject,
          from: recipient({ name: 'Lone Madsen', address: `lone@${company.domains[0]}` }),
          toRecipients: [recipient({ name: 'Virksomhedsservice', address: SHARED.mail })],
        },
        { mailboxId: SHARED.id },
      );
      harness.emulators.graph.addMessages(SHARED.mail, [message]);
      return message;
    }

    async function as(staff: typeof mette, method: string, path: string, body?: unknown) {
      const token = await harness.tokenFor({ oid: staff!.id, name: staff!.name, email: staff!.email });
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as any };
    }
    const loggedItem = (internetMessageId: string) =>
      store.findLoggedItem(tenantId, `msg:${internetMessageId.replace(/^<|>$/g, '').toLowerCase()}`);

    it('when a consultant logs an email of the shared mailbox, then it is logged as their own contact and nothing is written to the shared mailbox', async () => {
      const message = employerWrites('Jobordre: to lagermedarbejdere');
      const preview = await as(
        mette,
        'GET',
        `/api/items/preview?kind=email&itemId=${message.id}&sharedMailbox=${encodeURIComponent(SHARED.mail)}`,
      );
      assert.equal(preview.status, 200, JSON.stringify(preview.body));
      assert.equal(preview.body.subject, 'Jobordre: to lagermedarbejdere');

      const logged = await as(mette, 'POST', '/api/interactions/email', {
        itemId: message.id,
        companyId: company.id,
        topics: ['rekruttering'],
        sharedMailbox: 'Virksomhedsservice@Roskilde.dk',
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      assert.equal(logged.body.status, 'logged');
      assert.deepEqual(logged.body.loggedBy, [{ id: mette!.id, name: mette!.name }]);
      assert.equal(logged.body.interaction.subject, 'Jobordre: to lagermedarbejdere');
      assert.equal(logged.body.categoryApplied, false, 'the pane does not tag in a shared mailbox');
      assert.deepEqual(harness.emulators.graph.getMessage(SHARED.mail, message.id!)?.categories, []);
      assert.deepEqual(
        (await loggedItem(message.internetMessageId!))?.loggedBy.map((l) => l.id),
        [mette!.id],
      );
      const calls = harness.emulators.graph.requests
        .map((r) => ({ method: r.method, path: decodeURIComponent(r.path) }))
        .filter((r) => r.path.includes(`/messages/${message.id}`));
      assert.ok(calls.length > 0);
      assert.deepEqual(
        calls.filter((r) => !r.path.startsWith(`/users/${SHARED.mail}/`) || r.method !== 'GET'),
        [],
        'read in the shared mailbox, never written',
      );
    });

    it('when desktop Outlook sends an EWS id from the shared mailbox, then it is translated there and logged', async () => {
      const message = employerWrites('Praktikplads til en elev');
      const logged = await as(mette, 'POST', '/api/interactions/email', {
        itemId: ewsIdFor(message.id!),
        itemIdType: 'ews',
        companyId: company.id,
        topics: [],
        sharedMailbox: SHARED.mail,
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      assert.equal(logged.body.interaction.subject, 'Praktikplads til en elev');
    });

    it('when a colleague without access to the shared mailbox tries, then the answer is 403 SHARED_MAILBOX_DENIED and nothing is stored', async () => {
      const message = employerWrites('Ny jobordre: kok');
      for (const [method, path, body] of [
        ['GET', `/api/items/preview?kind=email&itemId=${message.id}&sharedMailbox=${SHARED.mail}`, undefined],
        [
          'POST',
          '/api/interactions/email',
          { itemId: message.id, companyId: company.id, topics: [], sharedMailbox: SHARED.mail },
        ],
      ] as const) {
        const answer = await as(soeren, method, path, body);
        assert.equal(answer.status, 403, JSON.stringify(answer.body));
        assert.equal(answer.body.error.code, 'SHARED_MAILBOX_DENIED');
        assert.doesNotMatch(JSON.stringify(answer.body), /at \w+ \(|\.ts:\d+/, 'no stack trace');
      }
      assert.equal(await loggedItem(message.internetMessageId!), null);
    });

    for (const [label, sharedMailbox] of [
      ['not an address', 'jobordre'],
      ['oversized', `${'j'.repeat(330)}@roskilde.dk`],
      ['not a string', 42],
    ] as const) {
      it(`when the shared mailbox is ${label}, then the answer is 400 with the error shape and nothing is read or stored`, async () => {
        const message = employerWrites(`Forkert postkasse (${label})`);
        const before = harness.emulators.graph.requests.length;
        const logged = await as(mette, 'POST', '/api/interactions/email', {
          itemId: message.id,
          companyId: company.id,
          topics: [],
          sharedMailbox,
        });
        assert.equal(logged.status, 400, JSON.stringify(logged.body));
        assert.equal(logged.body.error.code, 'VALIDATION_FAILED');
        assert.equal(typeof logged.body.error.message, 'string');
        const preview = await as(
          mette,
          'GET',
          `/api/items/preview?kind=email&itemId=${message.id}&sharedMailbox=${encodeURIComponent(String(sharedMailbox))}`,
        );
        assert.equal(preview.status, 400, JSON.stringify(preview.body));
        assert.equal(harness.emulators.graph.requests.length, before, 'Graph was not asked');
        assert.equal(await loggedItem(message.internetMessageId!), null);
      });
    }
  });
}

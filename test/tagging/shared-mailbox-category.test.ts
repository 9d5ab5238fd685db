import assert from 'node:assert/strict';
import { pino } from 'pino';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import { addSharedMailbox, eventually } from '../support/tagging.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { buildMessage, recipient } from '../../src/demo/emulators/graph-factories.js';
import { emailSourceKey } from '../../src/domain/source-key.js';
import { startTagWorker, type TagWorker } from '../../src/app/tag-worker.js';
import { listSharedMailboxes, removeSharedMailbox } from '../../src/app/shared-mailboxes.js';
import { AUDIT } from '../../src/app/audit-actions.js';
import type { TagDeps } from '../../src/app/tag-deps.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Actor, Staff } from '../../src/domain/model.js';

const seed: SeedData = buildSeedData();
const CATEGORY = 'Kontaktspor';
const LOGGED = 'Kontaktspor: logget';
const SECTION = 'virksomhedsservice';
const JOBORDRE = 'jobordre@roskilde.dk';
const ADMIN_ROLE = 'Kontaktspor.Admin';
const HOUR = 3_600_000;

/** A seeded company whose contact person has an address: mail from them names one company. */
const known = seed.companies.flatMap((company) => {
  const contact = seed.contacts.find((c) => c.companyId === company.id && c.email);
  return contact?.email ? [{ company, contact: { name: contact.name, address: contact.email } }] : [];
})[0]!;

for (const target of STORE_TARGETS) {
  describe(`A shared mailbox (jobordre@…) logs what is tagged there, for its section and by no person, on ${target.name}`, function () {
    this.timeout(60_000);
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenantId: string;
    let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
    let server: Awaited<ReturnType<typeof serveApp>>;
    let worker: TagWorker;
    let deps: TagDeps;
    let admin: Staff;
    let colleague: Staff;
    let outsider: Staff;
    let mailboxGraphId: string;
    let mailboxId: string;
    let sequence = 0;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      tenantId = newTenantId();
      await loadSeed(store, tenantId, seed);
      harness = await startProductionIdentity({ store, tenantId });
      const person = (email: string, name: string, sectionId: string) =>
        store.insertStaff(tenantId, { email, name, sectionId, isAdmin: false });
      admin = await person('admin.shared@roskilde.dk', 'Admin Andersen', 'unge');
      colleague = await person('vs.shared@roskilde.dk', 'Vibeke Sørensen', SECTION);
      outsider = await person('unge.shared@roskilde.dk', 'Ulrik Nielsen', 'unge');
      mailboxGraphId = addSharedMailbox(harness.emulators.graph, JOBORDRE, 'Jobordre');
      // A person's own mailbox, which an admin must not be able to watch in their stead.
      harness.emulators.graph.addMailbox({
        id: colleague.id,
        userPrincipalName: colleague.email,
        mail: colleague.email,
        displayName: colleague.name,
        department: null,
      });
      deps = {
        store,
        clock: { now: () => new Date() },
        mailSource: harness.mailSource,
        watchSource: harness.watchSource!,
        // A shared mailbox has no personal chat: asking anyone there would be a bug.
        notifier: { sendTagChoice: async () => assert.fail('no personal card for a shared mailbox') },
        logger: pino({ level: 'silent' }),
        ownDomains: ['roskilde.dk'],
        settings: {
          category: CATEGORY,
          loggedCategory: LOGGED,
          notificationUrl: '',
          subscriptionMinutes: 3 * 24 * 60,
          renewBeforeMinutes: 24 * 60,
        },
      };
      worker = startTagWorker(deps, [tenantId], {
        workerIntervalMs: HOUR,
        renewIntervalMs: HOUR,
        deltaIntervalMs: HOUR,
      });
      server = await serveApp({
        store,
        authenticator: harness.authenticator,
        mailSource: harness.mailSource,
        tagging: { deps, tenantAllowed: (tid) => tid === tenantId, kick: () => worker.kick() },
      });
      deps.settings.notificationUrl = `${server.url}/api/graph/notifications`;
    });
    after(async () => {
      await worker?.stop();
      await server?.close();
      await harness?.close();
      await close?.();
    });

    async function as(member: Staff, method: string, path: string, body?: unknown) {
      const roles = member === admin ? [ADMIN_ROLE] : [];
      const token = await harness.tokenFor({ oid: member.id, name: member.name, email: member.email, roles });
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as any) : undefined };
    }

    /** An employer's email arriving at jobordre@ (from a known contact, or from `from`). */
    function arrive(from = known.contact): MicrosoftGraph.Message {
      sequence += 1;
      const message = buildMessage(
        {
          from: recipient(from),
          sender: recipient(from),
          toRecipients: [recipient({ name: 'Jobordre', address: JOBORDRE })],
          subject: `Ny stilling ${sequence}`,
          internetMessageId: `<jobordre-${sequence}-${target.name}@${from.address.split('@')[1]}>`,
        },
        { mailboxId: mailboxGraphId },
      );
      harness.emulators.graph.addMessages(mailboxGraphId, [message]);
      return message;
    }
    const tag = (message: MicrosoftGraph.Message) =>
      harness.emulators.graph.setCategories(mailboxGraphId, 'email', message.id!, [CATEGORY]);
    const categoriesOf = (message: MicrosoftGraph.Message) =>
      harness.emulators.graph.getMessage(mailboxGraphId, message.id!)?.categories;
    const subscriptionsAtGraph = () =>
      harness.emulators.graph.listSubscriptions().filter((s) => s.mailboxId === mailboxGraphId);

    it('when a consultant who is no admin tries to list or add a shared mailbox, then 403 and nothing is added', async () => {
      const listed = await as(colleague, 'GET', '/api/admin/shared-mailboxes');
      assert.equal(listed.status, 403);
      const added = await as(colleague, 'POST', '/api/admin/shared-mailboxes', {
        address: JOBORDRE,
        sectionId: SECTION,
      });
      assert.equal(added.status, 403);
      assert.equal(added.body.error.code, 'FORBIDDEN');
      assert.deepEqual(await store.listSharedMailboxes(tenantId), []);
    });

    it("when an admin sends a bad address, an unknown section, an unknown mailbox or a person's own mailbox, then 4xx with the error shape and nothing is stored", async () => {
      const cases = [
        { address: 'not an address', sectionId: SECTION },
        { address: JOBORDRE, sectionId: 'no-such-section' },
        { address: 'ingen@roskilde.dk', sectionId: SECTION },
        { address: colleague.email, sectionId: SECTION },
        { address: JOBORDRE, sectionId: SECTION, extra: true },
      ];
      for (const body of cases) {
        const reply = await as(admin, 'POST', '/api/admin/shared-mailboxes', body);
        assert.equal(reply.status, 400, JSON.stringify(body));
        assert.equal(reply.body.error.code, 'VALIDATION_FAILED');
        assert.equal(typeof reply.body.error.message, 'string');
        assert.equal(reply.body.error.stack, undefined);
      }
      assert.deepEqual(await store.listSharedMailboxes(tenantId), []);
      assert.deepEqual(subscriptionsAtGraph(), []);
    });

    it('when an admin adds jobordre@ for Virksomhedsservice, then Graph holds a messages and an events subscription for it, it is listed and audited', async () => {
      const reply = await as(admin, 'POST', '/api/admin/shared-mailboxes', {
        address: 'Jobordre@Roskilde.dk ',
        sectionId: SECTION,
      });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.equal(reply.body.address, JOBORDRE);
      assert.equal(reply.body.displayName, 'Jobordre');
      assert.equal(reply.body.sectionId, SECTION);
      assert.equal(reply.body.subscriptions, 2);
      mailboxId = reply.body.id;
      assert.deepEqual(
        subscriptionsAtGraph()
          .map((s) => s.kind)
          .sort(),
        ['events', 'messages'],
      );
      assert.deepEqual((await as(admin, 'GET', '/api/admin/shared-mailboxes')).body.items, [reply.body]);
      const audit = await store.listAudit(tenantId, { limit: 20 });
      assert.ok(audit.some((entry) => entry.action === AUDIT.sharedMailboxAdd && entry.targetId === mailboxId));
    });

    it('when the admin adds the same mailbox again, then 409 and it is still there once', async () => {
      const reply = await as(admin, 'POST', '/api/admin/shared-mailboxes', { address: JOBORDRE, sectionId: SECTION });
      assert.equal(reply.status, 409);
      assert.equal(reply.body.error.code, 'CONFLICT');
      assert.equal((await store.listSharedMailboxes(tenantId)).length, 1);
    });

    it('when an employer email there is tagged "Kontaktspor", then within 10 s it is logged for the section by no person, from the shared mailbox, and renamed', async () => {
      const message = arrive();
      tag(message);
      const logged = await eventually(
        () => store.findLoggedItem(tenantId, emailSourceKey(message.internetMessageId!)),
        10_000,
        'the tagged email is logged',
      );
      assert.equal(logged.companyId, known.company.id);
      assert.deepEqual(logged.loggedBy, [], 'Graph does not say who set the category: no person is named');
      await eventually(async () => categoriesOf(message)?.includes(LOGGED), 10_000, 'renamed');
      assert.deepEqual(categoriesOf(message), [LOGGED]);

      const timeline = await as(colleague, 'GET', `/api/companies/${known.company.id}/interactions`);
      assert.equal(timeline.status, 200);
      const contact = timeline.body.items.find((item: any) => item.id === logged.interactionId);
      assert.equal(contact.loggedBy, null);
      assert.equal(contact.sharedMailbox, JOBORDRE);
      assert.equal(contact.sectionId, SECTION);
      assert.equal(contact.source, 'outlook');
    });

    it("when an email from an unknown sender is tagged there, then it waits for a company in the section's list only, and a section colleague's choice logs it by no person", async () => {
      const message = arrive({ name: 'Ny Virksomhed', address: 'kontakt@ny-virksomhed-uden-match.dk' });
      tag(message);
      const waiting = await eventually(
        async () =>
          (await as(colleague, 'GET', '/api/me/tags')).body.pending.find((job: any) => job.status === 'needs_company'),
        10_000,
        "the item waits in the section's list",
      );
      assert.equal(waiting.sharedMailbox, JOBORDRE);
      assert.deepEqual((await as(outsider, 'GET', '/api/me/tags')).body.pending, [], 'another section does not see it');
      const refused = await as(outsider, 'POST', `/api/me/tags/${waiting.id}/company`, { companyId: known.company.id });
      assert.equal(refused.status, 404);

      const chosen = await as(colleague, 'POST', `/api/me/tags/${waiting.id}/company`, { companyId: known.company.id });
      assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
      assert.equal(chosen.body.status, 'logged');
      const logged = await store.findLoggedItem(tenantId, emailSourceKey(message.internetMessageId!));
      assert.deepEqual(logged?.loggedBy, [], 'choosing the company does not make the colleague its logger');
      assert.deepEqual(categoriesOf(message), [LOGGED]);
    });

    it("when another tenant's admin asks, then it sees no shared mailbox and cannot remove this one", async () => {
      const stranger: Actor = {
        tenantId: newTenantId(),
        staffId: admin.id,
        name: admin.name,
        email: admin.email,
        sectionId: null,
        isAdmin: true,
      };
      assert.deepEqual(await listSharedMailboxes(deps, stranger), []);
      await assert.rejects(removeSharedMailbox(deps, stranger, mailboxId), { code: 'NOT_FOUND' });
      assert.equal(subscriptionsAtGraph().length, 2);
    });

    it('when the admin removes it, then its subscriptions are deleted at Graph, a later tag is not logged, and what was logged stays', async () => {
      const before = await as(colleague, 'GET', `/api/companies/${known.company.id}/interactions`);
      const reply = await as(admin, 'DELETE', `/api/admin/shared-mailboxes/${mailboxId}`);
      assert.equal(reply.status, 200);
      assert.deepEqual(subscriptionsAtGraph(), []);
      assert.deepEqual((await as(admin, 'GET', '/api/admin/shared-mailboxes')).body.items, []);
      assert.equal((await as(admin, 'DELETE', `/api/admin/shared-mailboxes/${mailboxId}`)).status, 404);

      const message = arrive();
      tag(message);
      await harness.emulators.graph.notificationsSettled();
      await worker.runOnce();
      assert.equal(await store.findLoggedItem(tenantId, emailSourceKey(message.internetMessageId!)), null);
      assert.deepEqual(categoriesOf(message), [CATEGORY]);
      const after = await as(colleague, 'GET', `/api/companies/${known.company.id}/interactions`);
      assert.deepEqual(after.body.items, before.body.items);
    });
  });
}

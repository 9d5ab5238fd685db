import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Kysely } from 'kysely';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import { eventually } from '../support/tagging.js';
import { validateCard } from '../bot/support/validate-card.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { buildEvent, buildMessage, recipient, attendee } from '../../src/demo/emulators/graph-factories.js';
import { emailSourceKey } from '../../src/domain/source-key.js';
import { startTagWorker, runTagJobs, type TagWorker } from '../../src/app/tag-worker.js';
import { catchUp, renewSubscriptions } from '../../src/app/mailbox-sync.js';
import { tagChoiceCard } from '../../bot/cards/tag-choice.card.js';
import type { TagDeps } from '../../src/app/tag-deps.js';
import type { TagChoiceNotice } from '../../src/ports/user-notifier.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import type { Staff } from '../../src/domain/model.js';

const seed: SeedData = buildSeedData();
const CATEGORY = 'Kontaktspor';
const LOGGED = 'Kontaktspor: logget';
const MAILBOXES = 10;
const MINUTE = 60_000;

/** A seeded company with a contact person who has an email address: mail from them names one company. */
const correspondents = seed.companies.flatMap((company) => {
  const contact = seed.contacts.find((c) => c.companyId === company.id && c.email);
  return contact?.email ? [{ company, contact: { name: contact.name, address: contact.email } }] : [];
});

for (const target of STORE_TARGETS) {
  describe(`The "Kontaktspor" category logs a tagged email or meeting on ${target.name}`, function () {
    this.timeout(60_000);
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let tenantId: string;
    let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
    let server: Awaited<ReturnType<typeof serveApp>>;
    let worker: TagWorker;
    let deps: TagDeps;
    let now: Date;
    const logLines: Record<string, unknown>[] = [];
    const cards: { userOid: string; notice: TagChoiceNotice }[] = [];
    const staff: Staff[] = [];
    let sequence = 0;

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      tenantId = newTenantId();
      await loadSeed(store, tenantId, seed);
      harness = await startProductionIdentity({ store, tenantId });
      now = new Date();
      harness.emulators.graph.setClock(() => now);
      for (let i = 0; i < MAILBOXES; i += 1) {
        const member = await store.insertStaff(tenantId, {
          email: `tagger${i}@roskilde.dk`,
          name: `Tagger ${i}`,
          sectionId: null,
          isAdmin: false,
        });
        staff.push(member);
        harness.emulators.graph.addMailbox({
          id: member.id,
          userPrincipalName: member.email,
          mail: member.email,
          displayName: member.name,
          department: null,
        });
      }
      const sink = new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split('\n').filter(Boolean))
            logLines.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      });
      deps = {
        store,
        clock: { now: () => now },
        mailSource: harness.mailSource,
        watchSource: harness.watchSource!,
        notifier: {
          sendTagChoice: async (_tenant, userOid, notice) => {
            cards.push({ userOid, notice });
            return true;
          },
        },
        logger: pino({ level: 'info' }, sink),
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
        workerIntervalMs: 60 * MINUTE,
        renewIntervalMs: 60 * MINUTE,
        deltaIntervalMs: 60 * MINUTE,
      });
      server = await serveApp({
        store,
        authenticator: harness.authenticator,
        mailSource: harness.mailSource,
        tagging: { deps, tenantAllowed: (tid) => tid === tenantId, kick: () => worker.kick() },
      });
      deps.settings.notificationUrl = `${server.url}/api/graph/notifications`;
    });
    afterEach(() => harness?.emulators.graph.setNotificationMode('deliver'));
    after(async () => {
      await worker?.stop();
      await server?.close();
      await harness?.close();
      await close?.();
    });

    async function as(member: Staff, method: string, path: string, body?: unknown) {
      const token = await harness.tokenFor({ oid: member.id, name: member.name, email: member.email });
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

    /** A new message in the member's inbox from a company's contact person (or from `from`). */
    function deliver(member: Staff, from?: { name: string; address: string }): MicrosoftGraph.Message {
      sequence += 1;
      const sender = from ?? correspondents[sequence % correspondents.length]!.contact;
      const message = buildMessage(
        {
          from: recipient(sender),
          sender: recipient(sender),
          toRecipients: [recipient({ name: member.name, address: member.email })],
          subject: `Henvendelse ${sequence}`,
          internetMessageId: `<tag-${sequence}-${target.name}@${sender.address.split('@')[1]}>`,
        },
        { mailboxId: member.id },
      );
      harness.emulators.graph.addMessages(member.id, [message]);
      return message;
    }
    const tag = (member: Staff, message: MicrosoftGraph.Message, categories = [CATEGORY]) =>
      harness.emulators.graph.setCategories(member.id, 'email', message.id!, categories);
    const loggedItem = (message: MicrosoftGraph.Message) =>
      store.findLoggedItem(tenantId, emailSourceKey(message.internetMessageId!));
    const countInteractions = async () =>
      Number(
        (
          await db
            .selectFrom('interactions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('tenant_id', '=', tenantId)
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('when Graph checks the notification URL, then the validation token is echoed as text/plain', async () => {
      const response = await fetch(
        `${server.url}/api/graph/notifications?validationToken=${encodeURIComponent('Validation: Token <1> & "2"')}`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
        },
      );
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal(await response.text(), 'Validation: Token <1> & "2"');
    });

    it('when staff opt in, then Graph holds a messages and an events subscription for their mailbox (after the handshake)', async () => {
      for (const member of staff) {
        const reply = await as(member, 'POST', '/api/me/mailbox-watch', { consent: true });
        assert.equal(reply.status, 200, JSON.stringify(reply.body));
        assert.equal(reply.body.enrolled, true);
        assert.equal(reply.body.subscriptions, 2);
      }
      const held = harness.emulators.graph.listSubscriptions().filter((s) => s.mailboxId === staff[0]!.id);
      assert.deepEqual(held.map((s) => s.kind).sort(), ['events', 'messages']);
      assert.ok(
        held.every(
          (s) => s.notificationUrl === deps.settings.notificationUrl && s.clientState && s.clientState.length >= 32,
        ),
      );
      // A first catch-up sets the delta links (nothing is tagged yet).
      assert.equal(await catchUp(deps, tenantId), 0);
    });

    it('when a consultant tags an email from a known contact, then it is logged within 5 s and the category becomes "Kontaktspor: logget"', async () => {
      const member = staff[0]!;
      const message = deliver(member);
      tag(member, message, ['Rød kategori', CATEGORY]);
      const logged = await eventually(() => loggedItem(message), 5_000, 'the tagged email is logged');
      assert.deepEqual(
        logged.loggedBy.map((l) => l.id),
        [member.id],
      );
      const expected = correspondents.find((c) => c.contact.address === message.from!.emailAddress!.address)!.company
        .id;
      assert.equal(logged.companyId, expected);
      await eventually(
        async () => harness.emulators.graph.getMessage(member.id, message.id!)?.categories?.includes(LOGGED),
        5_000,
        'renamed',
      );
      assert.deepEqual(harness.emulators.graph.getMessage(member.id, message.id!)?.categories, [
        'Rød kategori',
        LOGGED,
      ]);
      assert.deepEqual((await as(member, 'GET', '/api/me/tags')).body, { pending: [], failed: [] });
    });

    it('when a consultant applies the category again to an email already logged, then it settles on "Kontaktspor: logget" and no second contact is made', async () => {
      const member = staff[0]!;
      const message = deliver(member);
      const categories = () => harness.emulators.graph.getMessage(member.id, message.id!)?.categories;
      tag(member, message);
      await eventually(async () => categories()?.includes(LOGGED), 5_000, 'logged and renamed');
      await harness.emulators.graph.notificationsSettled();
      await runTagJobs(deps, tenantId);
      const contacts = await countInteractions();

      // Outlook keeps the categories already there and adds the one applied.
      tag(member, message, [LOGGED, CATEGORY]);
      await eventually(
        async () => JSON.stringify(categories()) === JSON.stringify([LOGGED]),
        5_000,
        'the category settles again',
      );
      await harness.emulators.graph.notificationsSettled();
      await runTagJobs(deps, tenantId);

      assert.deepEqual(categories(), [LOGGED]);
      assert.equal(await countInteractions(), contacts, 'no second contact');
      assert.deepEqual(
        (await loggedItem(message))!.loggedBy.map((l) => l.id),
        [member.id],
      );
      const jobs = await store.listTagJobs(
        tenantId,
        member.id,
        ['queued', 'needs_company', 'logged', 'failed', 'cancelled'],
        100,
      );
      assert.deepEqual(
        jobs.filter((job) => job.graphId === message.id).map((job) => job.status),
        ['logged'],
      );
      assert.deepEqual((await as(member, 'GET', '/api/me/tags')).body, { pending: [], failed: [] });
    });

    it('when a meeting is tagged, then it is logged as a meeting', async () => {
      const member = staff[1]!;
      const { contact } = correspondents[0]!;
      const event = buildEvent(
        {
          subject: 'Virksomhedsbesøg',
          attendees: [attendee({ name: contact.name, address: contact.address })],
          organizer: recipient({ name: member.name, address: member.email }),
        },
        { mailboxId: member.id },
      );
      harness.emulators.graph.addEvents(member.id, [event]);
      harness.emulators.graph.setCategories(member.id, 'meeting', event.id!, [CATEGORY]);
      const stored = harness.emulators.graph.getEvent(member.id, event.id!)!;
      await eventually(
        async () => (await store.findLoggedItem(tenantId, `ical:${stored.iCalUId}`)) ?? null,
        5_000,
        'the meeting is logged',
      );
    });

    it('when Graph sends every notification twice, then each tagged email is logged once', async () => {
      harness.emulators.graph.setNotificationMode('duplicate');
      const before = await countInteractions();
      const messages = staff.slice(0, 3).map((member) => ({ member, message: deliver(member) }));
      for (const { member, message } of messages) tag(member, message);
      for (const { message } of messages) await eventually(() => loggedItem(message), 5_000, 'logged');
      await harness.emulators.graph.notificationsSettled();
      await runTagJobs(deps, tenantId);
      assert.equal(await countInteractions(), before + 3);
      for (const { message } of messages) assert.equal((await loggedItem(message))!.loggedBy.length, 1);
    });

    it('when 100 emails are tagged across 10 mailboxes, then there are 100 new contacts', async () => {
      const before = await countInteractions();
      const tagged = staff.flatMap((member) =>
        Array.from({ length: 10 }, () => ({ member, message: deliver(member) })),
      );
      for (const { member, message } of tagged) tag(member, message);
      await eventually(async () => (await countInteractions()) === before + 100, 45_000, '100 contacts');
      await harness.emulators.graph.notificationsSettled();
      await runTagJobs(deps, tenantId);
      assert.equal(await countInteractions(), before + 100);
    });

    it('when every notification is lost, then the next delta catch-up logs the tags', async () => {
      harness.emulators.graph.setNotificationMode('drop');
      const member = staff[2]!;
      const message = deliver(member);
      tag(member, message);
      assert.equal(await loggedItem(message), null);
      assert.equal(await catchUp(deps, tenantId), 1);
      await runTagJobs(deps, tenantId);
      assert.ok(await loggedItem(message));
      assert.equal(
        await catchUp(deps, tenantId),
        0,
        'the logged item carries the logged category now, not the trigger',
      );
    });

    it('when the category is removed before the item is processed, then nothing is logged and no tag waits', async () => {
      harness.emulators.graph.setNotificationMode('drop');
      const member = staff[3]!;
      const message = deliver(member);
      tag(member, message);
      await store.enqueueTagJob(tenantId, { ownerId: member.id, kind: 'email', graphId: message.id! }, now);
      tag(member, message, []);
      await runTagJobs(deps, tenantId);
      assert.equal(await loggedItem(message), null);
      assert.deepEqual((await as(member, 'GET', '/api/me/tags')).body.pending, []);
    });

    it("when the sender's domain is on the jobcenter's never-log list, then the tagged email is not logged and the tag fails with NEVER_LOG", async () => {
      const member = staff[4]!;
      const { contact } = correspondents.at(-1)!;
      const domain = contact.address.split('@')[1]!;
      const entry = await store.insertNeverLogEntry(tenantId, {
        staffId: null,
        kind: 'domain',
        value: domain,
        createdBy: member.id,
      });
      try {
        const message = deliver(member, contact);
        tag(member, message);
        const failed = await eventually(
          async () =>
            (await as(member, 'GET', '/api/me/tags')).body.failed.find(
              (job: { errorCode: string }) => job.errorCode === 'NEVER_LOG',
            ),
          5_000,
          'the tag fails',
        );
        assert.equal(failed.kind, 'email');
        assert.equal(await loggedItem(message), null);
        assert.deepEqual(
          harness.emulators.graph.getMessage(member.id, message.id!)?.categories,
          [CATEGORY],
          'not marked as logged',
        );
      } finally {
        await store.deleteNeverLogEntry(tenantId, { staffId: null }, entry.id);
      }
    });

    it('when a notification carries a wrong clientState, then it is ignored and logged without the secret', async () => {
      const member = staff[4]!;
      const subscription = harness.emulators.graph
        .listSubscriptions()
        .find((s) => s.mailboxId === member.id && s.kind === 'messages')!;
      const message = deliver(member);
      const response = await fetch(`${server.url}/api/graph/notifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          value: [
            {
              subscriptionId: subscription.id,
              clientState: 'guessed-secret',
              tenantId,
              changeType: 'updated',
              resourceData: { id: message.id },
            },
          ],
        }),
      });
      assert.equal(response.status, 202);
      const jobs = await store.listTagJobs(
        tenantId,
        member.id,
        ['queued', 'needs_company', 'logged', 'failed', 'cancelled'],
        100,
      );
      assert.ok(!jobs.some((job) => job.graphId === message.id), 'nothing queued for the item');
      const warning = logLines.find(
        (line) => line.msg === 'graph notification ignored' && line.reason === 'clientState mismatch',
      );
      assert.ok(warning, 'the refusal is logged');
      assert.doesNotMatch(JSON.stringify(logLines), /guessed-secret/);
      assert.doesNotMatch(JSON.stringify(logLines), new RegExp(subscription.clientState!));
    });

    it('when a subscription nears expiry, then it is renewed; when Graph says it is gone (404), then it is recreated', async () => {
      const member = staff[5]!;
      const [first, second] = await store.listGraphSubscriptions(tenantId, { ownerId: member.id });
      assert.ok(first && second);
      assert.deepEqual(await renewSubscriptions(deps, tenantId), { renewed: 0, recreated: 0 }, 'nothing is due yet');
      now = new Date(now.getTime() + (3 * 24 * 60 - 23 * 60) * MINUTE); // 23 h left: inside the 24 h margin
      harness.emulators.graph.removeSubscription(second.id);
      const result = await renewSubscriptions(deps, tenantId);
      assert.equal(result.recreated, 1);
      assert.equal(result.renewed, MAILBOXES * 2 - 1);
      const renewed = harness.emulators.graph.listSubscriptions().find((s) => s.id === first.id)!;
      assert.equal(new Date(renewed.expirationDateTime).getTime(), now.getTime() + 3 * 24 * 60 * MINUTE);
      const held = await store.listGraphSubscriptions(tenantId, { ownerId: member.id });
      assert.equal(held.length, 2);
      assert.ok(!held.some((s) => s.id === second.id), 'the gone subscription was replaced');
      assert.ok(
        harness.emulators.graph
          .listSubscriptions()
          .some((s) => s.id === held.find((h) => h.resource === second.resource)!.id),
      );
      // Tags still arrive through the recreated subscription.
      const message = deliver(member);
      tag(member, message);
      await eventually(() => loggedItem(message), 5_000, 'logged after the recreation');
    });

    it('when the sender is unknown, then the user gets a choice card (Adaptive Cards 1.5) and choosing a company logs it and remembers the sender', async () => {
      const member = staff[6]!;
      const message = deliver(member, { name: 'Ukendt Afsender', address: 'kontakt@ukendt-firma-aps.dk' });
      tag(member, message);
      const card = await eventually(
        async () => cards.find((c) => c.notice.subject === message.subject),
        5_000,
        'a choice card is sent',
      );
      assert.equal(card.userOid, member.id);
      assert.deepEqual(validateCard(tagChoiceCard({ ...card.notice, locale: 'da' })), []);
      assert.deepEqual(validateCard(tagChoiceCard({ ...card.notice, locale: 'en' })), []);
      const tags = await as(member, 'GET', '/api/me/tags');
      const waiting = tags.body.pending.find((job: { id: string }) => job.id === card.notice.jobId);
      assert.equal(waiting.status, 'needs_company');
      assert.equal(await loggedItem(message), null);
      assert.equal(
        (await as(staff[7]!, 'POST', `/api/me/tags/${card.notice.jobId}/company`, { companyId: seed.companies[0]!.id }))
          .status,
        404,
        "not another's tag",
      );

      const company = seed.companies[1]!;
      const chosen = await as(member, 'POST', `/api/me/tags/${card.notice.jobId}/company`, { companyId: company.id });
      assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
      assert.equal(chosen.body.status, 'logged');
      assert.equal((await loggedItem(message))?.companyId, company.id);
      assert.ok(harness.emulators.graph.getMessage(member.id, message.id!)?.categories?.includes(LOGGED));
      const contacts = await store.findContactsByEmails(tenantId, ['kontakt@ukendt-firma-aps.dk']);
      assert.deepEqual(
        contacts.map((c) => c.companyId),
        [company.id],
      );
    });

    it('when the sender matches several companies, then the card offers them all', async () => {
      const member = staff[8]!;
      const [a, b] = correspondents;
      for (const { company } of [a!, b!])
        await store.updateCompany(tenantId, company.id, { domains: [...company.domains, 'delt-domaene.dk'] });
      const message = deliver(member, { name: 'Fælles', address: 'anden@delt-domaene.dk' });
      tag(member, message);
      const card = await eventually(
        async () => cards.find((c) => c.notice.subject === message.subject),
        5_000,
        'a choice card is sent',
      );
      assert.ok(card.notice.choices.length >= 2, JSON.stringify(card.notice.choices));
    });

    it('when staff opt out, then the subscriptions are deleted at Graph', async () => {
      const member = staff[9]!;
      const reply = await as(member, 'DELETE', '/api/me/mailbox-watch');
      assert.equal(reply.body.enrolled, false);
      assert.ok(!harness.emulators.graph.listSubscriptions().some((s) => s.mailboxId === member.id));
    });
  });
}

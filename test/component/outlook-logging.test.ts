import assert from 'node:assert/strict';
import { buildCompany } from '../support/factories.js';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { demoMailboxes } from '../../src/demo/emulators/demo-mailboxes.js';
import { ewsIdFor } from '../../src/demo/emulators/graph-ids.js';
import { buildEvent } from '../../src/demo/emulators/graph-factories.js';
import type { Kysely } from 'kysely';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';

const seed: SeedData = buildSeedData();
const mailboxes = demoMailboxes(seed);
const [mette, soeren, camilla] = seed.staff;

function messageIn(staffIndex: number, predicate: (m: MicrosoftGraph.Message) => boolean): MicrosoftGraph.Message {
  const found = mailboxes[staffIndex]!.messages.find(predicate);
  assert.ok(found, 'the demo mailbox has such a message');
  return found;
}
const companyOf = (address: string) => seed.companies.find((c) => c.domains.includes(address.split('@')[1]!))!;

for (const target of STORE_TARGETS) {
  describe(`Logging Outlook items through Graph on ${target.name}`, function () {
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
    let server: Awaited<ReturnType<typeof serveApp>>;
    let url: string;
    let tenantId: string;

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      tenantId = newTenantId();
      await loadSeed(store, tenantId, seed);
      harness = await startProductionIdentity({ store, tenantId, seed });
      server = await serveApp({ store, authenticator: harness.authenticator, mailSource: harness.mailSource });
      url = server.url;
    });
    afterEach(() => harness?.emulators.graph.clearFaults());
    after(async () => {
      await server?.close();
      await harness?.close();
      await close?.();
    });

    async function as(staff: typeof mette, method: string, path: string, body?: unknown) {
      const token = await harness.tokenFor({ oid: staff!.id, name: staff!.name, email: staff!.email });
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as any };
    }
    const interactionsWithKey = async (internetMessageId: string) =>
      (await store.findLoggedItem(tenantId, `msg:${internetMessageId.replace(/^<|>$/g, '').toLowerCase()}`)) ?? null;
    const countInteractions = async () => {
      const row = await db
        .selectFrom('interactions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };

    it('when a consultant logs an email from a known company with two topics, then it tops the timeline, is tagged in Outlook and the pane says so', async () => {
      const message = messageIn(0, (m) => m.subject === 'Ledige stillinger som lagermedarbejder');
      const company = companyOf(message.from!.emailAddress!.address!);
      const logged = await as(mette, 'POST', '/api/interactions/email', {
        itemId: message.id,
        companyId: company.id,
        topics: ['rekruttering', 'opkvalificering'],
        summary: 'Søger to lagermedarbejdere til august.',
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      assert.equal(logged.body.status, 'logged');
      assert.equal(logged.body.categoryApplied, true);
      const timeline = await as(mette, 'GET', `/api/companies/${company.id}/interactions?limit=50`);
      const item = timeline.body.items.find((i: { id: string }) => i.id === logged.body.interaction.id);
      assert.equal(item.subject, 'Ledige stillinger som lagermedarbejder');
      assert.deepEqual(item.topics, ['rekruttering', 'opkvalificering']);
      assert.ok(harness.emulators.graph.getMessage(mette!.id, message.id!)?.categories?.includes('Kontaktspor'));
      const pane = await as(
        mette,
        'GET',
        `/api/context?email=${encodeURIComponent(message.from!.emailAddress!.address!)}&internetMessageId=${encodeURIComponent(message.internetMessageId!)}`,
      );
      assert.deepEqual(
        pane.body.alreadyLogged.loggedBy.map((l: { id: string }) => l.id),
        [mette!.id],
      );
    });

    it('when the pane still holds a company merged away since it opened, then the email is logged with the survivor', async () => {
      const message = messageIn(0, (m) => m.subject === 'IGU-forløb');
      const survivor = companyOf(message.from!.emailAddress!.address!);
      const duplicate = await store.insertCompany(
        tenantId,
        buildCompany({ cvr: null, name: 'Jyllinge Auto (dublet)' }),
      );
      await store.mergeCompanies(tenantId, survivor.id, duplicate.id, mette!.id);
      const logged = await as(mette, 'POST', '/api/interactions/email', {
        itemId: message.id,
        companyId: duplicate.id,
        topics: ['igu'],
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      assert.equal(logged.body.interaction.companyId, survivor.id);
    });

    it('when a colleague logs the same email from their own mailbox, then it is one contact with two loggers', async () => {
      const mine = messageIn(0, (m) => m.subject === 'Jobordre: 3 chauffører (C/CE)');
      const theirs = messageIn(1, (m) => m.internetMessageId === mine.internetMessageId);
      assert.notEqual(mine.id, theirs.id, 'Graph ids differ per mailbox');
      const company = companyOf(mine.from!.emailAddress!.address!);
      const first = await as(mette, 'POST', '/api/interactions/email', {
        itemId: mine.id,
        companyId: company.id,
        topics: ['rekruttering'],
      });
      const second = await as(soeren, 'POST', '/api/interactions/email', {
        itemId: theirs.id,
        companyId: company.id,
        topics: ['rekruttering'],
      });
      assert.equal(first.status, 201);
      assert.equal(second.status, 200);
      assert.equal(second.body.status, 'already_logged');
      assert.equal(second.body.interaction.id, first.body.interaction.id);
      assert.deepEqual(second.body.loggedBy.map((l: { id: string }) => l.id).sort(), [mette!.id, soeren!.id].sort());
    });

    it('when three colleagues log the same email at the same moment, then one contact has three loggers', async () => {
      const shared = mailboxes.map((box, index) => ({
        index,
        message: box.messages.find((m) => m.subject === 'Opfølgning på vores møde i går')!,
      }));
      const company = companyOf(shared[0]!.message.from!.emailAddress!.address!);
      const staff = [mette, soeren, camilla];
      const results = await Promise.all(
        shared.map(({ index, message }) =>
          as(staff[index], 'POST', '/api/interactions/email', {
            itemId: message.id,
            companyId: company.id,
            topics: ['rekruttering'],
          }),
        ),
      );
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 200, 201]);
      assert.equal(new Set(results.map((r) => r.body.interaction.id)).size, 1);
      const logged = await interactionsWithKey(shared[0]!.message.internetMessageId!);
      assert.equal(logged?.loggedBy.length, 3);
    });

    it('when the email carries a CPR number and the item id comes from desktop Outlook (EWS), then it is stored without the number', async () => {
      const message = messageIn(0, (m) => /cpr/i.test(m.body?.content ?? ''));
      const company = companyOf(message.from!.emailAddress!.address!);
      const logged = await as(mette, 'POST', '/api/interactions/email', {
        itemId: ewsIdFor(message.id!),
        itemIdType: 'ews',
        companyId: company.id,
        topics: ['fastholdelse'],
        summary: 'Medarbejder med cpr 010190-1234 er sygemeldt.',
        visibility: 'full',
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      const entry = await store.getInteractionEntry(tenantId, logged.body.interaction.id);
      for (const text of [entry?.subject, entry?.summary, entry?.excerpt]) {
        assert.doesNotMatch(text ?? '', /010190.?1234/);
      }
      assert.match(entry?.summary ?? '', /\[CPR fjernet\]/);
    });

    it('when a meeting is logged, then it is a meeting contact keyed by its iCalUId', async () => {
      const event = mailboxes[0]!.events.find((e) => e.subject?.startsWith('Afklaring af løntilskud'))!;
      const company = seed.companies.find((c) => c.name.startsWith('Roskilde VVS'))!;
      const logged = await as(mette, 'POST', '/api/interactions/meeting', {
        itemId: event.id,
        companyId: company.id,
        topics: ['loentilskud'],
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      assert.equal(logged.body.interaction.kind, 'meeting');
      const entry = await store.getInteractionEntry(tenantId, logged.body.interaction.id);
      assert.equal(entry?.sourceKey?.startsWith(`ical:${event.iCalUId}`), true);
    });

    it('when the item is a draft, then it is refused and nothing is stored', async () => {
      const draft = messageIn(0, (m) => m.isDraft === true);
      const reply = await as(mette, 'POST', '/api/interactions/email', {
        itemId: draft.id,
        companyId: seed.companies[0]!.id,
      });
      assert.equal(reply.status, 400);
    });

    it('when the meeting was cancelled, then it is refused with the reason and nothing is stored', async () => {
      const event = buildEvent({ subject: 'Aflyst: Virksomhedsbesøg', isCancelled: true }, { mailboxId: mette!.id });
      harness.emulators.graph.addEvents(mette!.email, [event]);
      const before = await countInteractions();
      const reply = await as(mette, 'POST', '/api/interactions/meeting', {
        itemId: event.id,
        companyId: seed.companies[0]!.id,
      });
      assert.equal(reply.status, 422);
      assert.equal(reply.body.error.code, 'MEETING_CANCELLED');
      assert.match(reply.body.error.message, /cancelled/);
      assert.equal(await countInteractions(), before);
      assert.deepEqual(
        harness.emulators.graph.getEvent(mette!.email, event.id!)?.categories,
        [],
        'not tagged as logged either',
      );
    });

    const faults: [string, 404 | 403 | 503, number, string][] = [
      ['the item is gone (404)', 404, 404, 'NOT_FOUND'],
      ['access is denied (403)', 403, 403, 'FORBIDDEN'],
      ['Graph stays unavailable (503)', 503, 503, 'UNAVAILABLE'],
    ];
    for (const [label, fault, status, code] of faults) {
      it(`when ${label}, then the pane gets ${status} ${code} and nothing is stored`, async () => {
        const message = messageIn(0, (m) => m.subject === 'Spørgsmål om løntilskud');
        const company = companyOf(message.from!.emailAddress!.address!);
        harness.emulators.graph.injectFault({
          method: 'GET',
          path: /\/messages\//,
          status: fault,
          retryAfterSeconds: 0,
        });
        const before = await countInteractions();
        const reply = await as(mette, 'POST', '/api/interactions/email', {
          itemId: message.id,
          companyId: company.id,
          topics: ['loentilskud'],
        });
        assert.equal(reply.status, status);
        assert.equal(reply.body.error.code, code);
        assert.equal(await countInteractions(), before);
        assert.equal(await interactionsWithKey(message.internetMessageId!), null);
      });
    }

    it('when an item id holds a space, a slash, a question mark, a hash or a percent sign, then preview and logging answer 400 before Graph is asked', async () => {
      // Were Graph asked, this fault would make every answer 503.
      harness.emulators.graph.injectFault({ path: /./, status: 503, retryAfterSeconds: 0 });
      const company = seed.companies[0]!;
      const before = await countInteractions();
      const bad: [string, 'rest' | 'ews'][] = [
        ['a b', 'rest'],
        ['AAMkAGI2/TG93AAA=', 'rest'],
        ['AAMkAGI2?x=1', 'rest'],
        ['AAMkAGI2#x', 'rest'],
        ['AAMkAGI2%2F', 'rest'],
        ['AAMk=AGI2', 'rest'],
        ['AAMkAGI2-TG93_AAA=', 'ews'],
        ['AAMk AGI2', 'ews'],
      ];
      for (const [itemId, itemIdType] of bad) {
        const query = new URLSearchParams({ kind: 'email', itemId, itemIdType });
        const preview = await as(mette, 'GET', `/api/items/preview?${query}`);
        assert.equal(preview.status, 400, `preview ${itemId}: ${JSON.stringify(preview.body)}`);
        assert.equal(preview.body.error.code, 'VALIDATION_FAILED');
        assert.match(preview.body.error.message, /itemId/);
        const logged = await as(mette, 'POST', '/api/interactions/email', {
          itemId,
          itemIdType,
          companyId: company.id,
        });
        assert.equal(logged.status, 400, `log ${itemId}: ${JSON.stringify(logged.body)}`);
        assert.equal(logged.body.error.code, 'VALIDATION_FAILED');
      }
      assert.equal(await countInteractions(), before);
    });

    it('when Graph refuses an item id as malformed (400), then the pane gets 400 ITEM_ID_INVALID, not 503, and nothing is stored', async () => {
      // An EWS id sent as if it were a REST id: the right alphabet, but Graph cannot parse it.
      const mislabelled = ewsIdFor('AAAA');
      assert.match(mislabelled, /^[A-Za-z0-9_-]+={0,2}$/);
      const before = await countInteractions();
      const preview = await as(mette, 'GET', `/api/items/preview?kind=email&itemId=${encodeURIComponent(mislabelled)}`);
      assert.equal(preview.status, 400, JSON.stringify(preview.body));
      assert.equal(preview.body.error.code, 'ITEM_ID_INVALID');
      const logged = await as(mette, 'POST', '/api/interactions/meeting', {
        itemId: mislabelled,
        companyId: seed.companies[0]!.id,
      });
      assert.equal(logged.status, 400, JSON.stringify(logged.body));
      assert.equal(logged.body.error.code, 'ITEM_ID_INVALID');
      assert.equal(await countInteractions(), before);
    });

    it('when Graph throttles once (429, Retry-After 1), then the email is logged once', async () => {
      const message = messageIn(0, (m) => m.subject === 'Spørgsmål om løntilskud');
      const company = companyOf(message.from!.emailAddress!.address!);
      harness.emulators.graph.injectFault({
        method: 'GET',
        path: /\/messages\//,
        status: 429,
        retryAfterSeconds: 1,
        times: 1,
      });
      const reply = await as(mette, 'POST', '/api/interactions/email', {
        itemId: message.id,
        companyId: company.id,
        topics: ['loentilskud'],
      });
      assert.equal(reply.status, 201);
      assert.equal((await interactionsWithKey(message.internetMessageId!))?.loggedBy.length, 1);
    });

    it('when the email also brings a vacancy, then the vacancy is created and linked to the contact', async () => {
      const message = messageIn(
        0,
        (m) => m.subject === 'Sommerferieafløsere' || m.subject === 'Fleksjob – muligheder hos os',
      );
      const company = companyOf(message.from!.emailAddress!.address!);
      const reply = await as(mette, 'POST', '/api/interactions/email', {
        itemId: message.id,
        companyId: company.id,
        topics: ['rekruttering'],
        vacancy: { title: 'Rengøringsassistent', positions: 2, deadline: '2027-02-01', location: 'Roskilde' },
      });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.equal(reply.body.vacancy.interactionId, reply.body.interaction.id);
      assert.equal(reply.body.vacancy.status, 'received');
    });

    it('when the pane previews an email that names a CPR number and a sick-listed employee, then the draft has no number and suggests metadata only', async () => {
      const message = messageIn(0, (m) => /cpr/i.test(m.body?.content ?? ''));
      const preview = await as(mette, 'GET', `/api/items/preview?kind=email&itemId=${encodeURIComponent(message.id!)}`);
      assert.equal(preview.status, 200, JSON.stringify(preview.body));
      assert.doesNotMatch(JSON.stringify(preview.body), /010190.?1234/);
      assert.equal(preview.body.cprFound, true);
      assert.ok(preview.body.healthWords.length > 0);
      assert.equal(preview.body.suggestedVisibility, 'metadata');
    });

    it('when a gmail sender is placed at a company in the pane, then the next email from that address matches it', async () => {
      const sender = messageIn(0, (m) => m.from?.emailAddress?.address?.endsWith('@gmail.com') === true).from!
        .emailAddress!;
      const before = await as(mette, 'GET', `/api/context?email=${encodeURIComponent(sender.address!)}`);
      assert.deepEqual(before.body.matches, []);
      const company = seed.companies[3]!;
      const chosen = await as(mette, 'POST', `/api/companies/${company.id}/contacts`, {
        email: sender.address,
        name: sender.name,
      });
      assert.equal(chosen.status, 201, JSON.stringify(chosen.body));
      const after = await as(mette, 'GET', `/api/context?email=${encodeURIComponent(sender.address!)}`);
      assert.equal(after.body.matches[0].company.id, company.id);
      assert.equal(after.body.matches[0].reason, 'contact');
      const own = await as(mette, 'POST', `/api/companies/${company.id}/contacts`, { email: 'kollega@roskilde.dk' });
      assert.equal(own.status, 400);
    });

    it("when a colleague contacted the company in the last 14 days, then the pane's context warns with who, section and topics", async () => {
      const company = seed.companies.find((c) => c.name === 'Østergaard Byg A/S')!;
      const recent = seed.interactions.filter(
        (i) =>
          i.companyId === company.id &&
          i.loggedBy !== mette!.id &&
          Date.now() - i.occurredAt.getTime() < 14 * 86_400_000,
      );
      assert.ok(recent.length > 0, 'the seed has a recent colleague contact');
      const pane = await as(mette, 'GET', `/api/context?email=info@${company.domains[0]}`);
      const warnings = pane.body.matches[0].context.recentColleagueContacts;
      assert.ok(warnings.length > 0);
      assert.ok(warnings.every((w: { staffId: string }) => w.staffId !== mette!.id));
      assert.ok(warnings[0].sectionName);
    });
  });
}

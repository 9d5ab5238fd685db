import assert from 'node:assert/strict';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { containsCpr, findHealthWords } from '../../src/domain/cpr.js';
import { demoMailboxes, type DemoMailbox } from '../../src/demo/emulators/demo-mailboxes.js';
import { startEmulators, type Emulators } from '../../src/demo/emulators/index.js';
import { DEMO_USER_EMAIL, buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { HttpsJson } from './support/https-json.js';
import { TokenClient } from './support/fixtures.js';

const NOW = new Date('2025-06-18T10:15:00Z');

describe('demo mailboxes', () => {
  let seed: SeedData;
  let boxes: DemoMailbox[];
  let demo: DemoMailbox;

  before(() => {
    seed = buildSeedData({ now: NOW });
    boxes = demoMailboxes(seed, NOW);
    demo = boxes[0]!;
  });

  const text = (m: MicrosoftGraph.Message) =>
    `${m.subject ?? ''} ${m.body?.content ?? ''} ${m.from?.emailAddress?.name ?? ''}`;

  it('when built twice from the same seed and time, then the mailboxes are identical', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.deepEqual(demoMailboxes(seed, NOW), boxes);
  });

  it('when built, then the demo user and two colleagues have mailboxes with their seeded identities', () => {
    assert.equal(boxes.length, 3);
    assert.equal(demo.user.mail, DEMO_USER_EMAIL);
    assert.deepEqual(
      boxes.map((b) => b.user.id),
      seed.staff.slice(0, 3).map((s) => s.id),
    );
    assert.ok(boxes.every((b) => b.user.department === 'Virksomhedsservice'));
  });

  it('when the demo inbox is read, then most mail comes from seeded contact persons', () => {
    const contactEmails = new Set(seed.contacts.map((c) => c.email?.toLowerCase()));
    const fromContacts = demo.messages.filter((m) => contactEmails.has(m.from?.emailAddress?.address?.toLowerCase()));
    assert.ok(fromContacts.length >= 12, `${fromContacts.length} from contacts`);
    assert.ok(demo.messages.length >= 15 && demo.messages.length <= 20);
  });

  it('when the demo inbox is read, then it holds a private sender, a colleague, a CPR number with health words and hostile HTML', () => {
    assert.ok(demo.messages.some((m) => m.from?.emailAddress?.address?.endsWith('@gmail.com')));
    assert.ok(
      demo.messages.some(
        (m) =>
          m.from?.emailAddress?.address?.endsWith('@roskilde.dk') && m.from.emailAddress.address !== DEMO_USER_EMAIL,
      ),
    );
    const cpr = demo.messages.find((m) => (m.body?.content ?? '').includes('cpr 010190-1234'));
    assert.ok(cpr && containsCpr(cpr.body?.content ?? ''));
    assert.ok(findHealthWords(cpr.body?.content ?? '').length >= 2);
    const hostile = demo.messages.find((m) => (m.subject ?? '').includes('<script>alert(1)</script>'));
    assert.ok(hostile);
    assert.match(hostile.from?.emailAddress?.name ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.match(hostile.body?.content ?? '', /<script>alert\(1\)<\/script>/);
    assert.match(hostile.body?.content ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.ok(!demo.messages.filter((m) => m !== hostile).some((m) => /<script/i.test(text(m))));
  });

  it('when the demo inbox is read, then it has attachments, many recipients, an outbound mail and a draft without sender', () => {
    assert.ok(demo.messages.some((m) => m.hasAttachments && (m.attachments?.length ?? 0) > 0));
    assert.ok(demo.messages.some((m) => (m.toRecipients?.length ?? 0) + (m.ccRecipients?.length ?? 0) >= 5));
    assert.ok(demo.messages.some((m) => m.from?.emailAddress?.address === DEMO_USER_EMAIL));
    assert.ok(demo.messages.some((m) => m.isDraft && m.from === null && m.sender === null));
  });

  it("when colleagues' mailboxes are read, then some messages are the same mail (same internetMessageId) under other Graph ids", () => {
    const demoIds = new Map(demo.messages.map((m) => [m.internetMessageId, m.id]));
    const shared = boxes
      .slice(1)
      .flatMap((b) => b.messages)
      .filter((m) => demoIds.has(m.internetMessageId));
    assert.ok(shared.length >= 3);
    for (const m of shared) assert.notEqual(m.id, demoIds.get(m.internetMessageId));
    const allIds = boxes.flatMap((b) => [...b.messages, ...b.events]).map((i) => i.id);
    assert.equal(new Set(allIds).size, allIds.length, 'Graph ids are unique');
  });

  it('when the demo calendar is read, then it has an all-day event, a recurring occurrence, a room and a Copenhagen-time event', () => {
    const events = demo.events;
    assert.ok(events.length >= 6);
    assert.ok(events.some((e) => e.isAllDay));
    const occurrence = events.find((e) => e.type === 'occurrence');
    const master = events.find((e) => e.type === 'seriesMaster');
    assert.ok(occurrence && master);
    assert.equal(occurrence.seriesMasterId, master.id);
    assert.equal(occurrence.iCalUId, master.iCalUId);
    assert.equal(occurrence.originalStart, `${occurrence.start?.dateTime?.slice(0, 19)}Z`);
    const exception = events.find((e) => e.type === 'exception');
    assert.ok(exception?.originalStart && exception.originalStart !== `${exception.start?.dateTime?.slice(0, 19)}Z`);
    assert.ok(events.some((e) => e.attendees?.some((a) => a.type === 'resource')));
    assert.ok(events.some((e) => e.start?.timeZone === 'Europe/Copenhagen'));
    assert.ok(events.some((e) => e.onlineMeeting?.joinUrl?.startsWith('https://teams.microsoft.com/')));
    const visit = events.find((e) => e.subject?.startsWith('Virksomhedsbesøg'));
    const soerensVisit = boxes[1]!.events.find((e) => e.iCalUId === visit?.iCalUId);
    assert.ok(soerensVisit && soerensVisit.id !== visit?.id);
  });

  // The demo inbox is mail nobody has acted on yet: logging one of its emails must put it on top of
  // its company's timeline whatever the hour (it once lost to a call seeded "2 hours ago").
  for (const at of [
    '2026-12-02T00:30:00Z',
    '2026-12-02T05:40:00Z',
    '2026-12-02T06:00:00Z',
    '2026-12-02T12:00:00Z',
    '2026-12-02T23:50:00Z',
    '2025-03-01T00:30:00Z',
    '2025-06-18T10:15:00Z',
  ]) {
    it(`when the seed and the mailboxes are built from one clock at ${at}, then no company has a seeded contact newer than its earliest demo email`, () => {
      const now = new Date(at);
      const world = buildSeedData({ now });
      const companiesByDomain = (domain: string) => world.companies.filter((c) => c.domains.includes(domain));
      const late: string[] = [];
      for (const message of demoMailboxes(world, now).flatMap((b) => b.messages)) {
        const domain = message.from?.emailAddress?.address?.split('@')[1] ?? '';
        for (const company of companiesByDomain(domain)) {
          const received = Date.parse(message.receivedDateTime!);
          for (const contact of world.interactions.filter(
            (i) => i.companyId === company.id && i.occurredAt.getTime() >= received,
          )) {
            late.push(
              `${company.name}: ${contact.kind} at ${contact.occurredAt.toISOString()} after "${message.subject}" at ${message.receivedDateTime}`,
            );
          }
        }
      }
      assert.deepEqual(late, []);
    });
  }
});

describe('startEmulators with the demo seed', () => {
  let emulators: Emulators;
  let http: HttpsJson;
  const seed = buildSeedData({ now: NOW });

  before(async () => {
    emulators = await startEmulators({ seed, now: NOW });
    http = new HttpsJson(emulators.tls.ca);
  });

  after(async () => {
    await http.close();
    await emulators.close();
  });

  it('when the demo user gets a Graph token on behalf of herself, then her seeded profile and inbox are served', async () => {
    const mette = seed.staff[0]!;
    const tokens = new TokenClient(http, emulators.identity, emulators.tenantId);
    const assertion = await emulators.identity.mintUserToken({
      oid: mette.id,
      tid: emulators.tenantId,
      name: mette.name,
      preferred_username: mette.email,
    });
    const obo = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/.default', {
      id: emulators.app.clientId,
      secret: emulators.app.clientSecret,
    });
    assert.equal(obo.status, 200);
    const auth = { authorization: `Bearer ${String(obo.body.access_token)}` };
    const me = await http.request(`${emulators.graph.baseUrl}/me?$select=mail,department`, { headers: auth });
    assert.deepEqual([me.body.mail, me.body.department], [DEMO_USER_EMAIL, 'Virksomhedsservice']);
    const first = demoMailboxes(seed, NOW)[0]!.messages[0]!;
    const message = await http.request(`${emulators.graph.baseUrl}/me/messages/${first.id}?$select=subject`, {
      headers: auth,
    });
    assert.equal(message.body.subject, first.subject);
  });

  it('when started, then identity and Graph listen on loopback over HTTPS with ephemeral ports', () => {
    assert.match(emulators.identity.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(emulators.graph.baseUrl, /^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    assert.notEqual(emulators.identity.url, emulators.graph.url);
  });
});

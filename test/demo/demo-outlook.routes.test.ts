import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ewsIdFor } from '../../src/demo/emulators/graph-ids.js';
import { findAssetsDir, SHELL_PARTS, STANDIN_PARTS } from '../../src/demo/outlook/demo-outlook.routes.js';
import { startDemoOutlook, type DemoOutlookHarness } from './demo-outlook-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Listing {
  user: { displayName: string; emailAddress: string };
  messages: {
    id: string;
    subject: string;
    from: { emailAddress: { name: string; address: string } } | null;
    receivedDateTime: string;
    categories: string[];
    hasAttachments: boolean;
    isDraft: boolean;
  }[];
  events: { id: string; subject: string; start: { dateTime: string }; type: string; categories: string[] }[];
}

describe('demo Outlook routes (/dev)', function () {
  let h: DemoOutlookHarness;
  let staff: { email: string; name: string }[];

  before(async () => {
    h = await startDemoOutlook();
    staff = h.seed.staff.slice(0, 3);
  });
  after(async () => {
    await h?.close();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${h.url}${path}`, { headers });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: type.includes('json') ? JSON.parse(text) : undefined,
    };
  };
  const cookie = (email: string) => ({
    Cookie: `other=1; kontaktspor_demo_user=${encodeURIComponent(email)}; theme=dark`,
  });

  it('when each demo staff member with a mailbox lists it, then their own messages and events come back, newest first', async () => {
    for (const member of staff) {
      const { status, body, headers } = await get('/dev/api/mailbox', { 'X-Demo-User': member.email });
      assert.equal(status, 200, member.email);
      assert.equal(headers.get('cache-control'), 'no-store');
      const listing = body as Listing;
      assert.equal(listing.user.emailAddress, member.email);
      assert.equal(listing.user.displayName, member.name);
      const stored = h.emulators.graph.listMailbox(member.email)!;
      assert.deepEqual(new Set(listing.messages.map((m) => m.id)), new Set(stored.messages.map((m) => m.id)));
      assert.ok(listing.messages.length > 0);
      const times = listing.messages.map((m) => m.receivedDateTime);
      assert.deepEqual(times, [...times].sort().reverse());
      for (const m of listing.messages) {
        assert.deepEqual(Object.keys(m).sort(), [
          'categories',
          'from',
          'hasAttachments',
          'id',
          'isDraft',
          'isRead',
          'receivedDateTime',
          'subject',
        ]);
      }
      const starts = listing.events.map((e) => e.start.dateTime);
      assert.deepEqual(starts, [...starts].sort().reverse());
      assert.ok(listing.events.every((e) => e.type !== 'seriesMaster'));
    }
    const demo = (await get('/dev/api/mailbox')).body as Listing;
    assert.equal(demo.user.emailAddress, h.demoEmail);
    assert.ok(demo.events.length >= 5);
    assert.ok(demo.messages.some((m) => m.hasAttachments));
    assert.ok(demo.messages.some((m) => m.isDraft));
  });

  it('when the user list is read, then it offers exactly the staff who have mailboxes', async () => {
    const { body } = await get('/dev/api/users');
    assert.equal(body.users[0].emailAddress, h.demoEmail);
    const byEmail = (a: { emailAddress: string }, b: { emailAddress: string }) =>
      a.emailAddress.localeCompare(b.emailAddress);
    assert.deepEqual(
      [...body.users].sort(byEmail),
      staff.map((s) => ({ displayName: s.name, emailAddress: s.email })).sort(byEmail),
    );
    assert.equal(body.addinPath, '/addin/');
  });

  it('when the demo-user cookie is set, then it picks the user (before X-Demo-User), for the listing, /me and items', async () => {
    const soeren = staff[1]!;
    const listing = (await get('/dev/api/mailbox', cookie(soeren.email))).body as Listing;
    assert.equal(listing.user.emailAddress, soeren.email);
    const both = (await get('/dev/api/mailbox', { ...cookie(soeren.email), 'X-Demo-User': staff[2]!.email }))
      .body as Listing;
    assert.equal(both.user.emailAddress, soeren.email);
    assert.deepEqual((await get('/dev/api/me', cookie(soeren.email))).body, {
      displayName: soeren.name,
      emailAddress: soeren.email,
    });
    const own = listing.messages[0]!;
    assert.equal((await get(`/dev/api/mailbox/items/${encodeURIComponent(own.id)}`, cookie(soeren.email))).status, 200);
    // The same id is not in the demo user's mailbox: Graph ids differ per mailbox.
    assert.equal((await get(`/dev/api/mailbox/items/${encodeURIComponent(own.id)}`)).status, 404);
  });

  it('when the cookie names nobody with a mailbox, or is malformed, then 404 or the default user, never someone else', async () => {
    const nobody = await get('/dev/api/mailbox', cookie('ingen@roskilde.dk'));
    assert.equal(nobody.status, 404);
    assert.equal(nobody.body.error.code, 'NOT_FOUND');
    const malformed = await get('/dev/api/mailbox', { Cookie: 'kontaktspor_demo_user=%E0%A4%A' });
    assert.equal(malformed.status, 200);
    assert.equal((malformed.body as Listing).user.emailAddress, h.demoEmail);
  });

  it('when a message is read through the item endpoint, then it is Graph JSON with a text body (HTML on request)', async () => {
    const stored = h.emulators.graph.listMailbox(h.demoEmail)!.messages.find((m) => m.hasAttachments)!;
    const { status, body } = await get(`/dev/api/mailbox/items/${encodeURIComponent(stored.id!)}`);
    assert.equal(status, 200);
    assert.equal(body['@odata.type'], '#microsoft.graph.message');
    assert.equal(body.id, stored.id);
    assert.equal(body.subject, stored.subject);
    assert.equal(body.internetMessageId, stored.internetMessageId);
    assert.deepEqual(body.from, stored.from);
    assert.deepEqual(body.toRecipients, stored.toRecipients);
    assert.deepEqual(body.ccRecipients, stored.ccRecipients);
    assert.equal(body.body.contentType, 'text');
    assert.doesNotMatch(body.body.content, /<p>|<html/);
    assert.match(body.body.content, /Venlig hilsen/);
    assert.ok(body.attachments.length > 0);
    assert.ok(
      body.attachments.every(
        (a: Record<string, unknown>) => a['contentBytes'] === undefined && typeof a['name'] === 'string',
      ),
    );
    const html = (await get(`/dev/api/mailbox/items/${encodeURIComponent(stored.id!)}?bodyType=html`)).body;
    assert.equal(html.body.contentType, 'html');
    assert.match(html.body.content, /<p>/);
  });

  it('when an event is read through the item endpoint, then start, end, organizer, attendees and iCalUId come back', async () => {
    const stored = h.emulators.graph
      .listMailbox(h.demoEmail)!
      .events.find((e) => e.subject?.startsWith('Virksomhedsbesøg'))!;
    const { status, body } = await get(`/dev/api/mailbox/items/${encodeURIComponent(stored.id!)}`);
    assert.equal(status, 200);
    assert.equal(body['@odata.type'], '#microsoft.graph.event');
    assert.deepEqual(body.start, stored.start);
    assert.deepEqual(body.end, stored.end);
    assert.deepEqual(body.organizer, stored.organizer);
    assert.deepEqual(body.attendees, stored.attendees);
    assert.equal(body.iCalUId, stored.iCalUId);
    assert.equal(body.body.contentType, 'text');
  });

  it('when an unknown, EWS-shaped or absurd id is asked for, then 404 in the API error shape', async () => {
    const some = h.emulators.graph.listMailbox(h.demoEmail)!.messages[0]!.id!;
    for (const id of ['AAMkAGI2TG93AAA=', ewsIdFor(some), 'x'.repeat(2000), '..%2F..%2Fpackage.json']) {
      const { status, body } = await get(`/dev/api/mailbox/items/${encodeURIComponent(id)}`);
      assert.equal(status, 404, id.slice(0, 20));
      assert.equal(body.error.code, 'NOT_FOUND');
    }
    assert.equal((await get('/dev/api/nothing')).status, 404);
  });

  it('when the hostile message is listed and read, then its subject and sender name come back as data, unchanged', async () => {
    const listing = (await get('/dev/api/mailbox')).body as Listing;
    const hostile = listing.messages.find((m) => m.subject.includes('<script>'))!;
    assert.equal(hostile.subject, 'Tilbud <script>alert(1)</script>');
    assert.equal(hostile.from?.emailAddress.name, '<img src=x onerror=alert(1)>');
    const item = await get(`/dev/api/mailbox/items/${encodeURIComponent(hostile.id)}`);
    assert.match(item.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(item.body.subject, 'Tilbud <script>alert(1)</script>');
  });

  it('when the page and scripts are fetched, then the stand-in and shell are served as JavaScript and the page carries a strict CSP', async () => {
    const standin = await get('/dev/office-standin.js');
    assert.equal(standin.status, 200);
    assert.match(standin.headers.get('content-type') ?? '', /javascript/);
    assert.match(standin.text, /window\.Office = Office/);
    const shell = await get('/dev/outlook.js');
    assert.equal(shell.status, 200);
    assert.match(shell.headers.get('content-type') ?? '', /javascript/);
    const page = await get('/dev/outlook');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
    assert.match(page.text, /Indbakke/);
    assert.match(page.text, /Kalender/);
    assert.doesNotMatch(page.text, /<script>/);
  });

  it('when the router runs from dist/src after tsc, then it still finds the browser files in src/demo/outlook', () => {
    const expected = join(ROOT, 'src', 'demo', 'outlook');
    assert.equal(findAssetsDir(join(ROOT, 'dist', 'src', 'demo', 'outlook')), expected);
    assert.equal(findAssetsDir(join(ROOT, 'src', 'demo', 'outlook')), expected);
    assert.throws(() => findAssetsDir('/'), /Cannot find/);
  });

  it('when the scripts are served, then every part is joined into one function scope and type-checked', async () => {
    const outlook = join(ROOT, 'src', 'demo', 'outlook');
    const tsconfig = readFileSync(join(outlook, 'tsconfig.json'), 'utf8');
    for (const [url, folder, parts] of [
      ['/dev/office-standin.js', 'standin', STANDIN_PARTS],
      ['/dev/outlook.js', 'shell', SHELL_PARTS],
    ] as const) {
      const files = readdirSync(join(outlook, folder)).map((name) => join(folder, name));
      assert.deepEqual([...parts].sort(), files.sort(), `${folder}/ holds exactly the listed parts`);
      for (const part of parts) assert.ok(tsconfig.includes(`"${part}"`), `${part} is type-checked`);
      const served = (await get(url)).text;
      assert.match(served, /^\(function \(\) \{\n  'use strict';\n/);
      assert.match(served, /\}\)\(\);\n$/);
      for (const part of parts) assert.ok(served.includes(readFileSync(join(outlook, part), 'utf8')), part);
    }
  });
});

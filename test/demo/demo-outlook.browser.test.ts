import assert from 'node:assert/strict';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchOrSkip } from '../support/browser.js';
import { HttpsJson } from '../emulators/support/https-json.js';
import { TokenClient } from '../emulators/support/fixtures.js';
import { startDemoOutlook, type DemoOutlookHarness } from './demo-outlook-harness.js';

/**
 * A trivial consumer of the stand-in (not the real add-in): prints what office.js hands it, adds a
 * notification per item, and counts ItemChanged events.
 */
const CONSUMER = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Stand-in consumer</title>
<script src="/dev/office-standin.js"></script></head>
<body>
<div id="host"></div><div id="mode"></div><div id="subject"></div><div id="rest"></div>
<div id="body"></div><div id="changes">0</div><div id="handler"></div>
<script>
  const $ = (id) => document.getElementById(id);
  let changes = 0;
  function show(subject, itemId) {
    $('subject').textContent = subject;
    $('rest').textContent = itemId ? Office.context.mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0) : '';
    Office.context.mailbox.item.notificationMessages.addAsync('shown', {
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: 'Vist: ' + subject.slice(0, 100), icon: 'Icon.16x16', persistent: false,
    });
  }
  function render() {
    const item = Office.context.mailbox.item;
    $('body').textContent = '';
    if (!item) { $('mode').textContent = 'none'; $('subject').textContent = ''; $('rest').textContent = ''; return; }
    item.body.getAsync(Office.CoercionType.Text, (r) => { $('body').textContent = r.status + ':' + r.value; });
    if (typeof item.subject === 'string') {
      $('mode').textContent = 'read:' + item.itemType;
      show(item.subject, item.itemId);
    } else {
      $('mode').textContent = 'compose:' + item.itemType;
      item.subject.getAsync((s) => item.getItemIdAsync((id) => show(s.value, id.value)));
    }
  }
  Office.onReady().then((info) => {
    $('host').textContent = info.host + '/' + info.platform;
    render();
    Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, (args) => {
      changes += 1;
      $('changes').textContent = changes + ':' + args.type;
      render();
    }, (r) => { $('handler').textContent = r.status; });
  });
</script>
</body></html>`;

/** A function file for the quick action: logs (pretends to) and says so in a persistent notification. */
const COMMANDS = `<!doctype html>
<html><head><meta charset="utf-8"><script src="/dev/office-standin.js"></script></head><body>
<script>
  Office.onReady(() => undefined);
  Office.actions.associate('logToKontaktspor', (event) => {
    Office.context.mailbox.item.notificationMessages.addAsync('quick', {
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: 'Logget (test)', icon: 'Icon.16x16', persistent: true,
    }, () => event.completed());
  });
</script></body></html>`;

interface ListingItem {
  id: string;
  subject: string;
  isDraft?: boolean;
}

describe('demo Outlook page with the office.js stand-in (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let h: DemoOutlookHarness;
  let messages: ListingItem[];
  let events: ListingItem[];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  before(async function () {
    browser = await launchOrSkip(this);
    h = await startDemoOutlook({ pages: { '/addin/': CONSUMER, '/addin/commands.html': COMMANDS } });
    const listing = (await (await fetch(`${h.url}/dev/api/mailbox`)).json()) as {
      messages: ListingItem[];
      events: ListingItem[];
    };
    messages = listing.messages;
    events = listing.events;
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  const pane = () => page.frameLocator('#taskpane-frame');
  const paneFrame = async (): Promise<Frame> => {
    const handle = await page.locator('#taskpane-frame').elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('no task pane frame');
    return frame;
  };
  const waitForText = async (locator: ReturnType<Page['locator']>, expected: string | RegExp) => {
    const deadline = Date.now() + 10_000;
    let last = '';
    while (Date.now() < deadline) {
      last = (await locator.textContent().catch(() => null)) ?? '';
      if (typeof expected === 'string' ? last === expected : expected.test(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Timed out waiting for ${String(expected)}; last text: ${last}`);
  };
  const itemBody = async (id: string) =>
    (
      (await (await fetch(`${h.url}/dev/api/mailbox/items/${encodeURIComponent(id)}`)).json()) as {
        body: { content: string };
      }
    ).body.content;

  it('when the page opens, then the newest mail is selected and the pane gets it from the stand-in', async () => {
    const newest = messages.find((m) => !m.isDraft)!;
    await page.goto(`${h.url}/dev/outlook`);
    await waitForText(pane().locator('#host'), 'Outlook/OfficeOnline');
    assert.equal(await waitForText(pane().locator('#subject'), newest.subject), newest.subject);
    assert.equal(await pane().locator('#rest').textContent(), newest.id, 'convertToRestId(itemId) is the REST id');
    assert.equal(await pane().locator('#mode').textContent(), 'read:message');
    assert.equal(await waitForText(pane().locator('#handler'), 'succeeded'), 'succeeded');
    assert.equal(await page.locator('#reading-subject').textContent(), newest.subject);
    assert.equal(await page.locator('.item[aria-current="true"]').getAttribute('data-id'), newest.id);
  });

  it("when a read mail is selected, then body.getAsync gives its plain text and the pane's notification shows in the page", async () => {
    const mail = messages.find((m) => !m.isDraft && !m.subject.includes('<'))!;
    await page.locator(`.item[data-id="${mail.id}"]`).click();
    await waitForText(pane().locator('#subject'), mail.subject);
    assert.equal(await pane().locator('#mode').textContent(), 'read:message');
    const text = await itemBody(mail.id);
    assert.equal(await waitForText(pane().locator('#body'), /^succeeded:/), `succeeded:${text}`);
    assert.doesNotMatch(text, /<p>/);
    await waitForText(page.locator('#notifications li .text'), `Vist: ${mail.subject}`);
  });

  it('when another item is selected, then the pinned pane gets ItemChanged with the new item and old notifications go', async () => {
    const before = Number((await pane().locator('#changes').textContent())!.split(':')[0]);
    const hostile = messages.find((m) => m.subject.includes('<script>'))!;
    await page.locator(`.item[data-id="${hostile.id}"]`).click();
    await waitForText(pane().locator('#changes'), `${before + 1}:olkItemSelectedChanged`);
    assert.equal(await waitForText(pane().locator('#subject'), hostile.subject), 'Tilbud <script>alert(1)</script>');
    assert.equal(await pane().locator('#rest').textContent(), hostile.id);
    await waitForText(page.locator('#notifications li .text'), `Vist: ${hostile.subject}`);
    assert.equal(
      await page.locator('#notifications li').count(),
      1,
      "the previous item's non-persistent notification is gone",
    );
  });

  it('when the hostile item is shown in the page, the pane and the notification bar, then it is text: no dialog, no injected element', async () => {
    assert.equal(await page.locator('#reading-subject').textContent(), 'Tilbud <script>alert(1)</script>');
    assert.match((await page.locator('#reading-from').textContent()) ?? '', /<img src=x onerror=alert\(1\)>/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await pane().locator('img').count(), 0);
    assert.equal(await page.locator('script').count(), 1, 'only the shell script');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.deepEqual(dialogs, []);
  });

  it('when the pane asks office.js about the host, then the stand-in answers as Outlook on the web would', async () => {
    const frame = await paneFrame();
    const ask = <T>(expression: string) => frame.evaluate(expression) as Promise<T>;
    assert.equal(await ask('Office.context.requirements.isSetSupported("Mailbox", "1.13")'), true);
    assert.equal(await ask('Office.context.requirements.isSetSupported("mailbox", 1.5)'), true);
    assert.equal(await ask('Office.context.requirements.isSetSupported("Mailbox", "1.14")'), false);
    assert.equal(await ask('Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")'), false);
    assert.equal(await ask('Office.context.displayLanguage'), 'da-DK');
    assert.equal(await ask('Office.context.platform'), 'OfficeOnline');
    assert.equal(await ask('Office.context.officeTheme.bodyBackgroundColor'), '#FFFFFF');
    assert.deepEqual(
      await ask('Office.auth.getAccessToken().then(() => "resolved", (e) => [e.code, typeof e.message])'),
      [13000, 'string'],
    );
    assert.deepEqual(await ask('({ ...Office.context.mailbox.userProfile })'), {
      displayName: h.seed.staff[0]!.name,
      emailAddress: h.demoEmail,
      accountType: 'enterprise',
      timeZone: 'Romance Standard Time',
    });
    assert.equal(await ask('Office.context.mailbox.convertToRestId("not-an-ews-id", "v2.0")'), 'not-an-ews-id');
    assert.equal(
      await ask(
        'Office.context.mailbox.convertToRestId(Office.context.mailbox.convertToEwsId("AAMkA_x-y=", "v2.0"), "v2.0")',
      ),
      'AAMkA_x-y=',
    );
    assert.equal(
      await ask(
        `(() => { try { Office.context.mailbox.item.notificationMessages.addAsync("${'k'.repeat(33)}", { type: "errorMessage", message: "x" }); return "no throw"; } catch (e) { return e.name; } })()`,
      ),
      'Sys.ArgumentOutOfRangeException',
    );
    assert.equal(
      await ask(
        '(() => { try { Office.context.mailbox.item.notificationMessages.addAsync("e", { type: "errorMessage", message: "x", icon: "i" }); return "no throw"; } catch (e) { return e.name; } })()',
      ),
      'Sys.ArgumentException',
    );
    assert.deepEqual(
      await ask(
        'new Promise((resolve) => Office.context.mailbox.item.notificationMessages.addAsync("shown", { type: "progressIndicator", message: "igen" }, { asyncContext: 7 }, (r) => resolve([r.status, r.error && r.error.name, r.asyncContext])))',
      ),
      ['failed', 'DuplicateNotificationKey', 7],
    );
    assert.deepEqual(
      await ask(
        'new Promise((resolve) => Office.context.mailbox.item.body.getAsync(Office.CoercionType.Html, (r) => resolve([r.status, /<html/.test(r.value), "error" in r])))',
      ),
      ['succeeded', true, false],
    );
  });

  it('when a meeting is selected, then the item is an appointment with Date start/end, organizer and attendees', async () => {
    const visit = events.find((e) => e.subject.startsWith('Virksomhedsbesøg'))!;
    const stored = h.emulators.graph.listMailbox(h.demoEmail)!.events.find((e) => e.id === visit.id)!;
    await page.locator(`.item[data-id="${visit.id}"]`).click();
    await waitForText(pane().locator('#subject'), visit.subject);
    assert.equal(await pane().locator('#mode').textContent(), 'read:appointment');
    assert.equal(await pane().locator('#rest').textContent(), visit.id);
    const frame = await paneFrame();
    const item = (await frame.evaluate(`(() => { const i = Office.context.mailbox.item; return {
      start: i.start instanceof Date ? i.start.toISOString() : null, end: i.end.toISOString(),
      organizer: i.organizer.emailAddress, required: i.requiredAttendees.map((a) => [a.emailAddress, a.appointmentResponse]),
      hasMessageId: 'internetMessageId' in i }; })()`)) as {
      start: string;
      end: string;
      organizer: string;
      required: [string, string][];
      hasMessageId: boolean;
    };
    assert.equal(item.start, new Date(`${stored.start!.dateTime!.slice(0, 19)}Z`).toISOString());
    assert.equal(item.end, new Date(`${stored.end!.dateTime!.slice(0, 19)}Z`).toISOString());
    assert.equal(item.organizer, stored.organizer?.emailAddress?.address);
    assert.deepEqual(
      item.required.map(([address]) => address),
      stored.attendees!.map((a) => a.emailAddress!.address),
    );
    assert.ok(item.required.every(([, response]) => response === 'accepted'));
    assert.equal(item.hasMessageId, false);
  });

  it('when the draft is selected, then the pane sees compose mode: no itemId, getItemIdAsync gives the EWS id', async () => {
    const draft = messages.find((m) => m.isDraft)!;
    assert.equal(
      await page.locator(`#drafts .item[data-id="${draft.id}"]`).count(),
      1,
      'drafts are listed under Kladder',
    );
    await page.locator(`.item[data-id="${draft.id}"]`).click();
    await waitForText(pane().locator('#mode'), 'compose:message');
    assert.equal(await waitForText(pane().locator('#subject'), draft.subject), draft.subject);
    assert.equal(await pane().locator('#rest').textContent(), draft.id);
    assert.equal(
      await (
        await paneFrame()
      ).evaluate('Office.context.mailbox.item.itemId === undefined && typeof Office.context.mailbox.item.saveAsync'),
      'function',
    );
  });

  it('when the pane is not pinned and the selection changes, then it closes; opening it again shows the new item', async () => {
    await page.locator('#pin').click();
    const next = messages.filter((m) => !m.isDraft && !m.subject.includes('<'))[1]!;
    await page.locator(`.item[data-id="${next.id}"]`).click();
    await page.locator('#taskpane').waitFor({ state: 'hidden' });
    await page.locator('#open-pane').click();
    await waitForText(pane().locator('#subject'), next.subject);
    assert.equal(await pane().locator('#changes').textContent(), '0');
    await page.locator('#pin').click();
    assert.equal(await page.locator('#pin').getAttribute('aria-pressed'), 'true');
  });

  it('when the quick action runs, then the function file is invoked and its notification shows in the page', async () => {
    await page.locator('#quick-action').click();
    await waitForText(page.locator('#notifications li[data-key="quick"] .text'), 'Logget (test)');
    await page.waitForFunction('document.querySelectorAll("iframe").length === 1');
    assert.equal(await page.locator('#notifications li[data-key="__command"]').count(), 0);
  });

  it('when the item gets the Kontaktspor category in Graph, then the list shows it', async () => {
    const target = messages.find((m) => !m.isDraft && !m.subject.includes('<'))!;
    const user = h.emulators.graph.listMailbox(h.demoEmail)!.user;
    const http = new HttpsJson(h.emulators.tls.ca);
    try {
      const tokens = new TokenClient(http, h.emulators.identity, h.tenantId);
      const assertion = await h.emulators.identity.mintUserToken({
        tid: h.tenantId,
        oid: user.id,
        name: user.displayName,
        preferred_username: user.mail,
        upn: user.mail,
      });
      const obo = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/.default', {
        id: h.emulators.app.clientId,
        secret: h.emulators.app.clientSecret,
      });
      assert.equal(obo.status, 200, JSON.stringify(obo.body));
      const patched = await http.request(`${h.emulators.graph.baseUrl}/me/messages/${encodeURIComponent(target.id)}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${String(obo.body['access_token'])}` },
        json: { categories: ['Kontaktspor'] },
      });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
    } finally {
      await http.close();
    }
    await page.locator('#refresh').click();
    await waitForText(page.locator(`.item[data-id="${target.id}"] .chip.kontaktspor`), 'Kontaktspor');
  });

  it('when language and theme are switched, then the pane is reloaded with ?lang= and ?theme= and office.js reports them', async () => {
    await page.locator('#lang-picker').selectOption('en');
    await page.locator('#theme-picker').selectOption('dark');
    await page.waitForFunction('document.getElementById("taskpane-frame").src.includes("theme=dark")');
    await waitForText(pane().locator('#host'), 'Outlook/OfficeOnline');
    const frame = await paneFrame();
    assert.equal(await frame.evaluate('Office.context.displayLanguage'), 'en-US');
    assert.equal(await frame.evaluate('Office.context.officeTheme.bodyBackgroundColor'), '#292929');
    assert.match(page.url(), /lang=en/);
    assert.equal(await page.locator('body.dark').count(), 1);
  });

  it('when another demo user is picked, then the cookie is set, the page reloads with their mailbox and the pane acts as them', async () => {
    const soeren = h.seed.staff[1]!;
    await Promise.all([page.waitForEvent('load'), page.locator('#user-picker').selectOption(soeren.email)]);
    await waitForText(page.locator('#acting-user'), new RegExp(soeren.email.replace(/[.]/g, '\\.')));
    const cookies = await page.context().cookies(h.url);
    assert.equal(
      decodeURIComponent(cookies.find((c) => c.name === 'kontaktspor_demo_user')?.value ?? ''),
      soeren.email,
    );
    await waitForText(pane().locator('#host'), 'Outlook/OfficeOnline');
    assert.equal(await (await paneFrame()).evaluate('Office.context.mailbox.userProfile.emailAddress'), soeren.email);
    const own = new Set(h.emulators.graph.listMailbox(soeren.email)!.messages.map((m) => m.id));
    const listed = await Promise.all(
      (await page.locator('#inbox .item, #drafts .item').all()).map((item) => item.getAttribute('data-id')),
    );
    assert.deepEqual(new Set(listed), own);
    await page.context().clearCookies();
  });

  it('when the whole run is over, then no dialog fired and no page error was thrown', () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(pageErrors, []);
  });
});

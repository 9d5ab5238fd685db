import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig } from '../../src/config.js';
import { launchOrSkip } from '../support/browser.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public/addin/index.html', import.meta.url));

/**
 * A newcomer's Outlook story in the demo: the demo "Outlook" page (Graph emulator mailbox) hosts
 * the real task pane with the office.js stand-in, against the real demo server.
 */
describe('Outlook task pane in Chromium (demo server, demo mailbox)', function () {
  this.timeout(120_000);
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  before(async function () {
    if (!existsSync(PUBLIC_DIR)) throw new Error('Front ends are not built: run npm run build:web');
    browser = await launchOrSkip(this);
    service = await startService(loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent' }));
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterEach(async () => {
    service?.emulators?.graph.clearFaults();
    await context?.close();
  });
  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** Opens the demo Outlook page, selects the item with this subject, and returns the pane's frame. */
  async function openItem(subject: string | RegExp): Promise<FrameLocator> {
    await page.goto(`${service.url}/dev/outlook`);
    await page.locator('#inbox button, #calendar button').filter({ hasText: subject }).first().click();
    const pane = page.frameLocator('#taskpane-frame');
    await pane.getByTestId('pane').waitFor({ timeout: 30_000 });
    return pane;
  }

  /**
   * The log form appears once the item's preview has come back from Graph; a fault injected before
   * then would hit the preview instead of the log and leave the form waiting.
   */
  async function formReady(pane: FrameLocator): Promise<void> {
    await pane.getByTestId('company-name').waitFor({ timeout: 30_000 });
    try {
      await pane.getByTestId('log-button').waitFor({ timeout: 30_000 });
    } catch (error) {
      const shown = await pane
        .locator('body')
        .innerText()
        .catch(() => '(unreadable)');
      throw new Error(`the log form did not appear; the pane shows: ${shown.replace(/\s+/g, ' ').slice(0, 600)}`, {
        cause: error,
      });
    }
  }

  async function api(path: string) {
    const response = await fetch(`${service.url}${path}`);
    return (await response.json()) as any;
  }

  it("when a consultant opens an email from a known company and logs it with two topics, then that email is in the company's timeline with its topics, is tagged in Outlook and says so when reopened", async () => {
    const pane = await openItem('Ledige stillinger som lagermedarbejder');
    await assert.doesNotReject(
      pane.getByTestId('company-name').filter({ hasText: 'Østergaard Byg A/S' }).waitFor({ timeout: 30_000 }),
    );
    await pane.getByTestId('last-contacts').waitFor();
    await pane.locator('[data-topic="rekruttering"]').check();
    await pane.locator('[data-topic="opkvalificering"]').check();
    const logged = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/interactions/email',
    );
    await pane.getByTestId('log-button').click();
    await pane
      .getByTestId('status-banner')
      .filter({ hasText: /^Logget/ })
      .waitFor({ timeout: 30_000 });

    // The item this test logged, by its id: not whatever happens to be newest in the timeline.
    const { interaction } = (await (await logged).json()) as { interaction: { id: string; companyId: string } };
    const company = (await api('/api/companies?q=ostergaard')).items[0];
    assert.equal(interaction.companyId, company.id);
    const timeline = (await api(`/api/companies/${company.id}/interactions?limit=100`)).items as {
      id: string;
      subject: string;
      topics: string[];
    }[];
    const entry = timeline.find((item) => item.id === interaction.id);
    assert.ok(entry, 'the logged email is in the company timeline');
    assert.equal(entry.subject, 'Ledige stillinger som lagermedarbejder');
    assert.deepEqual([...entry.topics].sort(), ['opkvalificering', 'rekruttering']);

    const mailbox = await api('/dev/api/mailbox');
    const message = mailbox.messages.find(
      (m: { subject: string }) => m.subject === 'Ledige stillinger som lagermedarbejder',
    );
    assert.ok(message.categories.includes('Kontaktspor'), 'the Graph emulator shows our category on the message');

    const again = await openItem('Ledige stillinger som lagermedarbejder');
    await again
      .getByTestId('status-banner')
      .filter({ hasText: 'Allerede logget af Mette Kjærgaard' })
      .waitFor({ timeout: 30_000 });
  });

  it('when the sender writes from gmail.com, then the pane offers a search; choosing a company makes the next email from that address match it', async () => {
    const pane = await openItem('Spørgsmål om ledige job');
    const search = pane.getByTestId('company-search');
    await search.waitFor({ timeout: 30_000 });
    await pane.getByLabel('Søg virksomhed (navn eller CVR)').fill('rosenhøj');
    await pane.getByTestId('search-result').first().click();
    await pane.getByTestId('company-name').filter({ hasText: 'Rosenhøj' }).waitFor({ timeout: 30_000 });
    const reopened = await openItem('Spørgsmål om ledige job');
    await reopened.getByTestId('company-name').filter({ hasText: 'Rosenhøj' }).waitFor({ timeout: 30_000 });
  });

  it('when subject, body and sender name carry script tags and handlers, then the pane and the reading pane show them as text and nothing runs', async () => {
    const pane = await openItem(/Tilbud <script>/);
    await pane.getByTestId('item-line').filter({ hasText: '<script>alert(1)</script>' }).waitFor({ timeout: 30_000 });
    assert.equal(await pane.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.deepEqual(dialogs, []);
  });

  it('when an email mentions a sick-listed employee, then the pane says why and metadata only is preselected', async () => {
    const pane = await openItem('Vedr. vores medarbejder – fastholdelse');
    await formReady(pane);
    const notice = pane.getByTestId('sensitive-notice');
    await notice.waitFor({ timeout: 30_000 });
    assert.match(await notice.innerText(), /Derfor foreslås kun metadata[\s\S]*helbredsforhold \([^)]*sygemeldt/);
    assert.equal(await pane.getByTestId('visibility-metadata').isChecked(), true);
    assert.equal(await pane.getByTestId('visibility-summary').isChecked(), false);
    assert.equal(await pane.getByTestId('summary-field').inputValue(), '', 'no health details are drafted');
  });

  it("when the CVR register says the sender's company was dissolved after bankruptcy, then the pane says so first, loud, in the register's words", async () => {
    // The demo's companies trade normally: the service's context answer gets a dissolved company's status.
    await context.route(/\/api\/context\?/, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      for (const match of body.matches) {
        match.company.registerStatus = 'OPLØST EFTER KONKURS';
        if (match.context) match.context.flags.registerStatus = 'OPLØST EFTER KONKURS';
      }
      await route.fulfill({ response, json: body });
    });
    const pane = await openItem('Ledige stillinger som lagermedarbejder');
    const flag = pane.getByTestId('flag-register-status');
    await flag.waitFor({ timeout: 30_000 });
    assert.match((await flag.textContent()) ?? '', /Opløst.*CVR-registret: virksomheden er opløst efter konkurs/);
    const flags = await pane
      .locator('.fui-MessageBar[data-testid^="flag-"]')
      .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-testid')));
    assert.equal(flags[0], 'flag-register-status', 'the register flag comes before blockade and do-not-contact');
  });

  it('when Graph answers 404, then the pane says the item is gone and offers a retry that works once Graph is back', async () => {
    const pane = await openItem('Spørgsmål om løntilskud');
    await formReady(pane);
    service.emulators!.graph.injectFault({ method: 'GET', path: /\/messages\//, status: 404 });
    await pane.getByTestId('log-button').click();
    await pane.getByTestId('error-banner').waitFor({ timeout: 30_000 });
    service.emulators!.graph.clearFaults();
    await pane.getByTestId('retry-button').click();
    await pane
      .getByTestId('status-banner')
      .filter({ hasText: /^Logget/ })
      .waitFor({ timeout: 30_000 });
  });

  it('when Graph throttles once (429), then logging still succeeds once', async () => {
    const pane = await openItem('Mentorordning for ny medarbejder');
    await formReady(pane);
    service.emulators!.graph.injectFault({
      method: 'GET',
      path: /\/messages\//,
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    await pane.getByTestId('log-button').click();
    await pane
      .getByTestId('status-banner')
      .filter({ hasText: /^Logget/ })
      .waitFor({ timeout: 30_000 });
  });

  for (const [status, text] of [
    [403, /adgang|access/i],
    [503, /ikke|unavailable|prøv/i],
  ] as const) {
    it(`when Graph answers ${status}, then the pane shows a clear message`, async () => {
      const pane = await openItem('IGU-forløb');
      await formReady(pane);
      service.emulators!.graph.injectFault({ method: 'GET', path: /\/messages\//, status, retryAfterSeconds: 0 });
      await pane.getByTestId('log-button').click();
      await pane.getByTestId('error-message').filter({ hasText: text }).waitFor({ timeout: 30_000 });
    });
  }

  it('when the quick action is used on an email from one known company, then it logs without the pane and says so in a notification', async () => {
    await page.goto(`${service.url}/dev/outlook`);
    await page.locator('#inbox button').filter({ hasText: 'Voksenlærling inden for VVS' }).first().click();
    await page.locator('#quick-action').click();
    const outcome = page.locator('#notifications li:not(.progressIndicator)').first();
    await outcome.waitFor({ timeout: 60_000 });
    assert.match((await outcome.textContent()) ?? '', /Logget til Kontaktspor|Allerede logget/);
    const mailbox = await api('/dev/api/mailbox');
    const message = mailbox.messages.find((m: { subject: string }) => m.subject === 'Voksenlærling inden for VVS');
    assert.ok(message.categories.includes('Kontaktspor'));
  });

  it("when the quick action is pressed ten times while the function file's script arrives slowly, then every press runs the action", async () => {
    // Outlook calls the action once the function file has loaded; a script that is still on its way
    // then has not associated it yet. A slow network makes that moment come late every time.
    await context.route(/\/addin\/assets\/commands-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${service.url}/dev/outlook`);
    await page.locator('#inbox button').filter({ hasText: 'Fleksjob – muligheder hos os' }).first().click();
    const outcomes: string[] = [];
    for (let press = 0; press < 10; press++) {
      await page.locator('#quick-action').click();
      await page.locator('#notifications li.progressIndicator').waitFor({ state: 'detached', timeout: 30_000 });
      const notes = await page.locator('#notifications li:not(.progressIndicator) .text').allTextContents();
      outcomes.push(notes.join(' | '));
    }
    for (const [press, outcome] of outcomes.entries())
      assert.match(outcome, /^(Logget til Kontaktspor|Allerede logget)[^|]*$/, `press ${press + 1}: ${outcome}`);
  });

  /** Outlook's narrowest task pane: the demo's pane frame at 320 × 600. */
  async function narrowPane(): Promise<void> {
    // The callbacks run in the page: typed by hand, as this project's tests have no DOM typings.
    type Styled = { style: Record<string, string> };
    await page.locator('#taskpane').evaluate((pane) => ((pane as unknown as Styled).style.width = '320px'));
    await page.locator('#taskpane-frame').evaluate((frame) => {
      Object.assign((frame as unknown as Styled).style, { flex: 'none', height: '600px' });
    });
  }

  /** Whether the element is wholly inside the pane's visible area as it is scrolled now. */
  function inView(pane: FrameLocator, testId: string): Promise<boolean> {
    return pane
      .getByTestId(testId)
      .first()
      .evaluate((el) => {
        const box = el.getBoundingClientRect();
        const height = (globalThis as unknown as { innerHeight: number }).innerHeight;
        return box.top >= 0 && box.bottom <= height && box.width > 0;
      });
  }

  it('when the pane is 320 × 600, then Log is in view without scrolling, and "Logget" appears beside it in the footer', async () => {
    const pane = await openItem('Re: Virksomhedsbesøg næste uge');
    await narrowPane();
    await formReady(pane);
    assert.equal(await inView(pane, 'log-button'), true, 'the Log button is in view before any scrolling');
    assert.equal(
      await pane.getByTestId('summary-field').inputValue(),
      'Torsdag kl. 10 passer fint. I er velkomne til at parkere i gården.',
      'the draft is what the email says, without "Hej Mette" and the signature',
    );
    assert.equal(
      await pane.locator('[data-topic="virksomhedsbesoeg"]').isChecked(),
      true,
      'the topic the subject names is ticked',
    );
    await pane.locator('[data-topic="rekruttering"]').check();
    await pane.getByTestId('log-button').click();
    const logged = pane
      .getByTestId('pane-footer')
      .getByTestId('status-banner')
      .filter({ hasText: /^Logget/ });
    await logged.waitFor({ timeout: 30_000 });
    assert.equal(await inView(pane, 'status-banner'), true, 'the outcome is where the user just pressed');
  });

  it('when the sender is on my never-log list, then the refusal names the address and offers no retry', async () => {
    const pane = await openItem('Opfølgning på vores møde i går');
    await formReady(pane);
    const sender = /<([^>]+)>/.exec(await pane.getByTestId('item-line').innerText())?.[1];
    assert.ok(sender, 'the item line shows the sender address');
    const listed = await fetch(`${service.url}/api/me/never-log`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: sender }),
    });
    assert.equal(listed.status, 201);
    await pane.locator('[data-topic="rekruttering"]').check();
    await pane.getByTestId('log-button').click();
    const message = pane.getByTestId('pane-footer').getByTestId('error-message');
    await message.waitFor({ timeout: 30_000 });
    assert.equal(
      await message.innerText(),
      `Ikke logget: din liste »logges aldrig« indeholder adressen ${sender!.toLowerCase()}.`,
    );
    assert.equal(await pane.getByTestId('retry-button').count(), 0);
  });
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig } from '../../src/config.js';
import { DEMO_USER_EMAIL } from '../../src/demo/seed-data.js';
import { launchOrSkip } from '../support/browser.js';
import { buildMessage } from '../../src/demo/emulators/graph-factories.js';

const TAB_PAGE = fileURLToPath(new URL('../../dist/public/tab/index.html', import.meta.url));

/**
 * The whole demo wiring of the "Kontaktspor" category: the tab's switch opts in, the Graph emulator
 * validates the service's own notification URL, a category set "in Outlook" is noticed, logged and
 * renamed by the service's worker, with nothing stubbed between them.
 */
describe('The "Kontaktspor" category in demo mode (tab in Chromium, Graph emulator, the service as started by npm start)', function () {
  this.timeout(120_000);
  let service: RunningService;
  let browser: Browser;
  let page: Page;

  before(async function () {
    if (!existsSync(TAB_PAGE)) throw new Error('Front ends are not built: run node scripts/build-web.mjs');
    browser = await launchOrSkip(this);
    service = await startService(
      loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent', TAG_WORKER_INTERVAL_SECONDS: '0.2' }),
    );
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('when the user switches on logging by category in the tab and tags an email in (demo) Outlook, then it is logged and its category becomes "Kontaktspor: logget"', async () => {
    await page.goto(`${service.url}/tab/`);
    const toggle = page.getByTestId('mailbox-watch-switch');
    await toggle.waitFor({ timeout: 15_000 });
    assert.equal(await toggle.isChecked(), false);
    await toggle.click();
    await page.getByTestId('my-tags-none').waitFor({ timeout: 15_000 });
    assert.equal(await toggle.isChecked(), true);

    const graph = service.emulators!.graph;
    const mailbox = graph.listMailbox(DEMO_USER_EMAIL)!;
    assert.equal(
      graph.listSubscriptions().filter((s) => s.mailboxId === mailbox.user.id).length,
      2,
      'messages and events are watched',
    );
    const message = mailbox.messages.find((m) => m.subject === 'Ledige stillinger som lagermedarbejder')!;
    // Tag it as in Outlook: the demo Outlook page's category button.
    const outlook = await page.context().newPage();
    await outlook.goto(`${service.url}/dev/outlook`);
    await outlook.locator('#inbox button').filter({ hasText: message.subject! }).first().click();
    await outlook.locator('#tag-category').click();

    const deadline = Date.now() + 10_000;
    while (!graph.getMessage(DEMO_USER_EMAIL, message.id!)?.categories?.includes('Kontaktspor: logget')) {
      assert.ok(Date.now() < deadline, 'the tagged email is logged within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const context = await fetch(
      `${service.url}/api/context?email=${encodeURIComponent(message.from!.emailAddress!.address!)}&internetMessageId=${encodeURIComponent(message.internetMessageId!)}`,
    );
    const body = (await context.json()) as { alreadyLogged: { loggedBy: { name: string }[] } | null };
    assert.ok(body.alreadyLogged, 'the shared history has it');
    await outlook.reload(); // the demo Outlook reopens the selected item, as Outlook shows the new category
    await outlook
      .locator('#reading-categories')
      .filter({ hasText: 'Kontaktspor: logget' })
      .waitFor({ timeout: 10_000 });
    await outlook.close();

    await toggle.click();
    await page.getByTestId('my-tags-none').waitFor({ state: 'detached', timeout: 10_000 });
    assert.equal(
      graph.listSubscriptions().filter((s) => s.mailboxId === mailbox.user.id).length,
      0,
      'opting out deletes the subscriptions',
    );
  });

  it('when the demo starts, then its shared mailbox jobordre@roskilde.dk is listed on the admin page for Virksomhedsservice and watched at Graph', async () => {
    await page.goto(`${service.url}/tab/#/admin`);
    const row = page.getByTestId('shared-mailbox').filter({ hasText: 'jobordre@roskilde.dk' });
    await row.waitFor({ timeout: 15_000 });
    assert.match((await row.textContent()) ?? '', /Virksomhedsservice/);
    const graph = service.emulators!.graph;
    const shared = graph.listMailbox('jobordre@roskilde.dk')!;
    assert.ok(shared.messages.length >= 2, 'employers have written to it');
    const deadline = Date.now() + 10_000;
    while (graph.listSubscriptions().filter((s) => s.mailboxId === shared.user.id).length < 2) {
      assert.ok(Date.now() < deadline, 'messages and events of the shared mailbox are watched');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('when a tag in the shared mailbox names no known company, then a colleague of the owning section chooses it in the tab and it is logged for the section, by no person', async () => {
    const graph = service.emulators!.graph;
    const message = buildMessage({
      subject: 'Vi søger to tømrerlærlinge',
      from: { emailAddress: { name: 'Jens Kofoed', address: 'jens@kofoed-toemrer.dk' } },
      toRecipients: [{ emailAddress: { address: 'jobordre@roskilde.dk' } }],
    });
    graph.addMessages('jobordre@roskilde.dk', [message]);
    graph.setCategories('jobordre@roskilde.dk', 'email', message.id!, ['Kontaktspor']);

    // Mette is in Virksomhedsservice, which owns jobordre@: the waiting item is hers to place.
    await page.goto(`${service.url}/tab/`);
    const chooser = page.getByTestId('tag-company-chooser');
    await chooser.waitFor({ timeout: 20_000 });
    assert.match(
      (await page.getByTestId('my-tags-pending').textContent()) ?? '',
      /fælles postkasse jobordre@roskilde\.dk/,
    );
    await chooser.getByTestId('tag-company-search').fill('Østergaard');
    const candidate = chooser.getByTestId('tag-company-candidate').filter({ hasText: 'Østergaard Byg A/S' });
    await candidate.getByTestId('tag-company-choose').click();
    await chooser.waitFor({ state: 'detached', timeout: 20_000 });

    const logged = await fetch(
      `${service.url}/api/context?email=${encodeURIComponent('jens@kofoed-toemrer.dk')}&internetMessageId=${encodeURIComponent(message.internetMessageId!)}`,
    );
    const body = (await logged.json()) as { alreadyLogged: { loggedBy: { name: string }[] } | null };
    assert.ok(body.alreadyLogged, 'the shared history has it');
    assert.deepEqual(body.alreadyLogged.loggedBy, [], 'Graph does not say who tagged it: no person is named');
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig } from '../../src/config.js';
import { buildMessage } from '../../src/demo/emulators/graph-factories.js';
import { launchOrSkip } from '../support/browser.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public/addin/index.html', import.meta.url));
const SHARED = 'virksomhedsservice@roskilde.dk';
const METTE = 'mette.kjaergaard@roskilde.dk';

/**
 * A consultant who has the jobcentre's shared mailbox virksomhedsservice@ open in Outlook: the real task pane
 * with the office.js stand-in opens an item "in a shared mailbox" (getSharedPropertiesAsync), against
 * the real demo server and its Graph emulator.
 */
describe('Outlook task pane in a shared mailbox, in Chromium (demo server)', function () {
  this.timeout(120_000);
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    if (!existsSync(PUBLIC_DIR)) throw new Error('Front ends are not built: run npm run build:web');
    browser = await launchOrSkip(this);
    service = await startService(loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent' }));
    const graph = service.emulators!.graph;
    graph.addMailbox({
      id: randomUUID(),
      userPrincipalName: SHARED,
      mail: SHARED,
      displayName: 'Virksomhedsservice',
      department: null,
    });
    // FullAccess on virksomhedsservice@ for Mette, as an Exchange admin would grant it.
    graph.grantMailboxAccess(SHARED, graph.listMailbox(METTE)!.user.id);
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    service?.emulators?.graph.clearFaults();
    await context?.close();
  });
  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** An employer writes to virksomhedsservice@ from the address a known company's email in Mette's inbox came from. */
  function employerWritesToSharedMailbox(subject: string) {
    const graph = service.emulators!.graph;
    const known = graph
      .listMailbox(METTE)!
      .messages.find((m) => m.subject === 'Ledige stillinger som lagermedarbejder')!;
    const message = buildMessage({ subject, from: known.from!, toRecipients: [{ emailAddress: { address: SHARED } }] });
    graph.addMessages(SHARED, [message]);
    return message;
  }

  /** The task pane opened on an item of the shared mailbox, as Outlook hosts it there. */
  async function openInSharedMailbox(restId: string): Promise<void> {
    const params = new URLSearchParams({ demoItem: restId, demoMailbox: SHARED });
    await page.goto(`${service.url}/addin/?${params}`);
    await page.getByTestId('company-name').waitFor({ timeout: 30_000 });
    await page.getByTestId('log-button').waitFor({ timeout: 30_000 });
  }

  it('when a consultant opens an email of the shared mailbox and logs it, then the pane says so and the contact is logged in her name', async () => {
    const message = employerWritesToSharedMailbox('Jobordre: tre lagermedarbejdere til januar');
    await openInSharedMailbox(message.id!);
    await page
      .getByTestId('shared-mailbox-note')
      .filter({ hasText: `Fælles postkasse: ${SHARED} – kontakten logges i dit navn.` })
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('company-name').filter({ hasText: 'Østergaard Byg A/S' }).waitFor();

    const logged = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/interactions/email',
    );
    await page.locator('[data-topic="rekruttering"]').check();
    await page.getByTestId('log-button').click();
    await page
      .getByTestId('status-banner')
      .filter({ hasText: /^Logget/ })
      .waitFor({ timeout: 30_000 });

    const response = await logged;
    assert.equal((response.request().postDataJSON() as { sharedMailbox?: string }).sharedMailbox, SHARED);
    const result = (await response.json()) as {
      interaction: { id: string; companyId: string };
      loggedBy: { name: string }[];
    };
    assert.deepEqual(
      result.loggedBy.map((l) => l.name),
      ['Mette Kjærgaard'],
    );
    const timeline = (await (
      await fetch(`${service.url}/api/companies/${result.interaction.companyId}/interactions?limit=100`)
    ).json()) as { items: { id: string; subject: string; loggedBy: { name: string } }[] };
    const entry = timeline.items.find((item) => item.id === result.interaction.id);
    assert.equal(entry?.subject, 'Jobordre: tre lagermedarbejdere til januar');
    assert.equal(entry?.loggedBy.name, 'Mette Kjærgaard');
    assert.deepEqual(
      service.emulators!.graph.getMessage(SHARED, message.id!)?.categories,
      [],
      'nothing is written to the shared mailbox',
    );
    assert.equal(await page.getByText('Kategorien "Kontaktspor" kunne ikke sættes').count(), 0);
  });

  it('when Graph refuses the shared mailbox, then the pane says she has no access to it', async () => {
    const message = employerWritesToSharedMailbox('Jobordre: en kok');
    await openInSharedMailbox(message.id!);
    service.emulators!.graph.injectFault({ method: 'GET', path: /\/users\/virksomhedsservice/, status: 403 });
    await page.getByTestId('log-button').click();
    await page
      .getByTestId('error-message')
      .filter({ hasText: /^Du har ikke adgang til den fælles postkasse/ })
      .waitFor({ timeout: 30_000 });
  });

  it("when the pane opens in the user's own mailbox, then no shared-mailbox note is shown", async () => {
    const own = service.emulators!.graph.listMailbox(METTE)!.messages.find((m) => m.subject === 'IGU-forløb')!;
    await page.goto(`${service.url}/addin/?demoItem=${encodeURIComponent(own.id!)}`);
    await page.getByTestId('company-name').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('shared-mailbox-note').count(), 0);
  });
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData, DEMO_USER_EMAIL, type SeedData } from '../../src/demo/seed-data.js';
import { launchOrSkip } from '../support/browser.js';
import { seriousAxeViolations } from '../support/axe-scan.js';
import { serveApp } from '../support/test-app.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public/', import.meta.url));
const DEAD_CHANNEL = '19:lagerkanal-uden-bot@thread.tacv2';

/** The seed's company domain with the most contacts in the history, and how many contacts and contact persons it covers. */
function busiestDomain(seed: SeedData): { domain: string; interactions: number; contacts: number } {
  const counts = new Map<string, number>();
  for (const interaction of seed.interactions) {
    const domains = new Set(
      interaction.participants.filter((p) => p.side === 'theirs' && p.email).map((p) => p.email!.split('@')[1]!),
    );
    for (const domain of domains) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const [domain, interactions] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { domain, interactions, contacts: seed.contacts.filter((c) => c.email?.endsWith(`@${domain}`)).length };
}

/**
 * The tab's privacy and administration pages in headless Chromium against the real HTTP app with
 * the built tab, the demo identity and the seeded store (in memory). The store is at hand so that a
 * dead-lettered alert can be made the way the delivery worker makes one.
 */
describe('Teams tab: privacy and administration pages in Chromium (seeded demo data)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let store: KyselyStore;
  let app: { url: string; close(): Promise<void> };
  let seed: SeedData;
  let tenantId: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  before(async function () {
    if (!existsSync(`${PUBLIC_DIR}tab/index.html`)) throw new Error('Front ends are not built: run npm run build:web');
    browser = await launchOrSkip(this);
    const config = loadConfig({ DATA_DIR: ':memory:', LOG_LEVEL: 'silent' });
    tenantId = config.demo!.tenantId;
    store = new KyselyStore(await openDatabase(config.database));
    seed = buildSeedData();
    await loadSeed(store, tenantId, seed);
    app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: DEMO_USER_EMAIL }),
      publicDir: PUBLIC_DIR,
    });
  });
  afterEach(async () => {
    while (contexts.length) await contexts.pop()!.close();
    assert.deepEqual(pageErrors.splice(0), [], 'no script errors on the page');
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  async function api(method: string, path: string, body?: unknown, user?: string) {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(user ? { 'X-Demo-User': user } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** The tab in Danish as the demo user (an admin) or as another seeded colleague. */
  async function openTab(hash: string, user?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    if (user) await context.addCookies([{ name: 'kontaktspor_demo_user', value: user, url: app.url }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.url}/tab/${hash}`);
    await page.getByTestId('tab-app').waitFor({ timeout: 15_000 });
    return page;
  }

  /** Focus moves after React has rendered the result, so the check waits for it (and names what has it). */
  async function assertFocus(page: Page, testId: string, message?: string): Promise<void> {
    const has = `document.activeElement?.getAttribute('data-testid') === ${JSON.stringify(testId)}`;
    try {
      await page.waitForFunction(has, undefined, { timeout: 5_000 });
    } catch {
      const actual = await page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");
      assert.equal(actual, testId, message);
    }
  }

  it("when an admin puts a company's domain on the jobcentre's never-log list, counts and then confirms the purge, then the page says how many went and they are gone", async () => {
    const target = busiestDomain(seed);
    assert.ok(target.interactions > 0, 'the seed has contacts with this domain');
    const page = await openTab('#/');
    await page.getByTestId('nav-admin').click();
    const panel = page.getByTestId('never-log-tenant');
    await panel.waitFor();

    await panel.getByTestId('never-log-input').fill('not a domain');
    await panel.getByTestId('never-log-add').click();
    await panel.getByText('Skriv en e-mailadresse (navn@firma.dk) eller et domæne (firma.dk).').waitFor();

    await panel.getByTestId('never-log-input').fill(`@${target.domain.toUpperCase()}`);
    await panel.getByTestId('never-log-input').press('Enter');
    await panel.locator(`[data-testid="never-log-entry"][data-value="${target.domain}"]`).waitFor();
    assert.equal(await panel.getByTestId('never-log-result').textContent(), `»${target.domain}« logges ikke længere.`);
    await assertFocus(page, 'never-log-input', 'focus stays in the field for the next entry');

    const purge = panel.getByTestId('purge-tenant');
    await purge.getByTestId('purge-count').click();
    await purge.getByTestId('purge-confirm').waitFor();
    const found = `Listen dækker ${target.interactions} gemte kontakter og ${target.contacts} ${target.contacts === 1 ? 'kontaktperson' : 'kontaktpersoner'}.`;
    assert.equal(await purge.getByTestId('purge-result').textContent(), found);
    assert.equal(await purge.getByTestId('purge-result').getAttribute('aria-live'), 'polite');
    await assertFocus(page, 'purge-confirm', 'the confirm button, naming the count, takes the focus');
    // Named in the words of what goes, as the count said it (not database rows).
    assert.equal(
      await purge.getByTestId('purge-confirm').textContent(),
      `Slet ${target.interactions} kontakter og ${target.contacts} ${target.contacts === 1 ? 'kontaktperson' : 'kontaktpersoner'} for altid`,
    );
    assert.equal(
      (await api('POST', '/api/admin/never-log/purge', { dryRun: true })).body.interactions,
      target.interactions,
      'counting deleted nothing',
    );

    await page.keyboard.press('Enter');
    await purge.getByText(`Slettet: ${target.interactions} kontakter`).waitFor();
    await assertFocus(page, 'purge-result');
    assert.equal(await purge.getByTestId('purge-confirm').count(), 0);
    assert.deepEqual((await api('POST', '/api/admin/never-log/purge', { dryRun: true })).body, {
      dryRun: true,
      interactions: 0,
      contacts: 0,
    });
    const listed = await api('GET', '/api/admin/never-log');
    assert.deepEqual(
      listed.body.items.map((e: { value: string; kind: string }) => [e.value, e.kind]),
      [[target.domain, 'domain']],
    );
  });

  it('when a colleague who is not an admin opens the tab, then there is no admin entry, #/admin says it is for admins only, and their own list works', async () => {
    const colleague = seed.staff.find((s) => !s.isAdmin)!;
    const page = await openTab('#/privacy', colleague.email);
    await page.getByTestId('privacy-page').waitFor();
    assert.equal(await page.getByTestId('nav-privacy').textContent(), 'Privatliv');
    assert.equal(await page.getByTestId('nav-admin').count(), 0);

    const mine = page.getByTestId('never-log-user');
    await mine.getByTestId('never-log-input').fill('Min.Laege@Klinik-Roskilde.dk');
    await mine.getByTestId('never-log-add').click();
    await mine.locator('[data-testid="never-log-entry"][data-value="min.laege@klinik-roskilde.dk"]').waitFor();
    await mine.getByTestId('purge-count').click();
    await mine.getByText('Der er intet gemt, som listen dækker. Der er intet at slette.').waitFor();
    assert.equal(await mine.getByTestId('purge-confirm').count(), 0, 'nothing to confirm');
    const own = await api('GET', '/api/me/never-log', undefined, colleague.email);
    assert.deepEqual(
      own.body.items.map((e: { value: string }) => e.value),
      ['min.laege@klinik-roskilde.dk'],
    );

    await page.goto(`${app.url}/tab/#/admin`);
    await page.getByTestId('admin-only').getByText('Denne side er kun for administratorer.').waitFor();
    assert.equal(await page.getByTestId('dead-letters').count(), 0);
    assert.equal(
      (await api('GET', '/api/admin/privacy-settings', undefined, colleague.email)).status,
      403,
      'the service refuses anyway',
    );
  });

  it('when an alert was dead-lettered and an admin presses "Send igen", then it leaves the dead list and is queued again', async () => {
    const vacancy = seed.vacancies.find((v) => ['received', 'in_progress'].includes(v.status))!;
    const now = new Date();
    await store.enqueueAlertPosts(tenantId, vacancy.id, [DEAD_CHANNEL], now);
    const [claimed] = await store.claimDueAlerts(tenantId, {
      now,
      limit: 10,
      leaseMs: 60_000,
      conversationSpacingMs: 1,
      appSpacingMs: 1,
      maxAheadMs: 1_000,
    });
    await store.failAlert(tenantId, claimed!.lease, { error: 'HTTP_403', retryAt: null, countsAsAttempt: true }, now);

    const page = await openTab('#/admin');
    const row = page.locator(`[data-testid="dead-letter"][data-id="${claimed!.id}"]`);
    // The vacancy's title arrives with a second request; until then the row names a short id.
    await row.getByText(vacancy.title, { exact: false }).waitFor();
    const text = (await row.textContent()) ?? '';
    assert.ok(text.includes(vacancy.title) && text.includes('HTTP_403') && text.includes('19:lagerkanal'), text);

    await row.getByRole('button', { name: new RegExp(`Send varslet om ${vacancy.title}`) }).click();
    await page.getByTestId('dead-letters-result').getByText('er sat i kø igen').waitFor();
    await row.waitFor({ state: 'detached' });
    await assertFocus(page, 'dead-letters-result');
    const dead = await api('GET', '/api/alerts?status=dead');
    assert.ok(!dead.body.items.some((a: { id: string }) => a.id === claimed!.id));
    const pending = await api('GET', '/api/alerts?status=pending');
    assert.equal(pending.body.items.find((a: { id: string }) => a.id === claimed!.id)?.attempts, 0, 'fresh attempts');
  });

  it('when an admin enters a retention the service would refuse, then the field says why; a valid one is saved', async () => {
    const page = await openTab('#/admin');
    const form = page.getByTestId('privacy-settings-form');
    await form.waitFor();
    assert.equal(await form.getByTestId('privacy-summaryAfterDays').inputValue(), '90');
    await form.getByTestId('privacy-retentionYears').fill('0');
    await form.getByTestId('privacy-settings-save').click();
    await form.getByText('Skriv et helt antal år fra 1 til 100.').waitFor();
    await assertFocus(page, 'privacy-retentionYears');
    await form.getByTestId('privacy-retentionYears').fill('6');
    await form.getByTestId('privacy-settings-save').click();
    await form.getByTestId('privacy-settings-result').getByText('Indstillingerne er gemt.', { exact: false }).waitFor();
    assert.equal((await api('GET', '/api/admin/privacy-settings')).body.retentionYears, 6);
  });

  it('when an admin exports a contact person and then erases them, then the JSON is offered, the dialog names the address, and the counts are shown', async () => {
    const person = seed.contacts.find((c) => c.email && !c.email.endsWith(`@${busiestDomain(seed).domain}`))!;
    const page = await openTab('#/admin');
    const panel = page.getByTestId('data-subject');
    await panel.getByTestId('data-subject-email').fill(` ${person.email!.toUpperCase()} `);
    await panel.getByTestId('data-subject-export').click();
    const link = panel.getByTestId('data-subject-download');
    await link.waitFor();
    assert.match((await panel.getByTestId('data-subject-result').textContent()) ?? '', /^Fundet: 1 kontaktperson, /);
    assert.match((await link.getAttribute('download')) ?? '', /^kontaktspor-indsigt-\d{4}-\d{2}-\d{2}\.json$/);
    await assertFocus(page, 'data-subject-download');

    await panel.getByTestId('data-subject-erase').click();
    const dialog = page.getByTestId('erase-dialog');
    await dialog.getByText(`Slet alt om ${person.email}?`).waitFor();
    await dialog.getByText('Det kan ikke fortrydes.').waitFor();
    await dialog.getByTestId('erase-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(
      (await api('POST', '/api/admin/data-subjects/export', { email: person.email })).body.contacts.length,
      1,
      'cancel erased nothing',
    );

    await panel.getByTestId('data-subject-erase').click();
    await dialog.getByTestId('erase-confirm').click();
    await panel
      .getByTestId('data-subject-result')
      .getByText(`${person.email} er slettet: 1 kontaktperson slettet`, { exact: false })
      .waitFor();
    await assertFocus(page, 'data-subject-result');
    assert.equal(
      (await api('POST', '/api/admin/data-subjects/export', { email: person.email })).body.contacts.length,
      0,
    );
  });

  it("when a new Entra user signed in with a colleague's reused email, then the admin page lists both people under that email with their object ids", async () => {
    const colleague = seed.staff[1]!;
    const oid = '0b7c9e2a-5d41-4f6e-9a3b-2c8d1e4f6a70';
    await store.upsertStaffIdentity(tenantId, { oid, email: colleague.email, name: 'Ny medarbejder', sectionId: null });

    const page = await openTab('#/admin');
    const rows = page.locator(`[data-testid="staff-clash"][data-email="${colleague.email}"]`);
    await rows.nth(1).waitFor();
    const texts = await rows.allTextContents();
    assert.equal(texts.length, 2, texts.join(' | '));
    assert.ok(
      texts[0]!.includes(colleague.name) && texts[1]!.includes('Ny medarbejder') && texts[1]!.includes(oid),
      texts.join(' | '),
    );
  });

  it('when axe-core scans the privacy page and the admin page (with list entries shown), then no serious or critical violation', async () => {
    const page = await openTab('#/privacy');
    await page.getByTestId('never-log-user').getByTestId('never-log-form').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), [], '#/privacy');
    await page.goto(`${app.url}/tab/#/admin`);
    await page.getByTestId('privacy-settings-form').waitFor();
    await page.getByTestId('never-log-tenant').getByTestId('never-log-entry').first().waitFor();
    await page.getByTestId('staff-clashes-table').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), [], '#/admin');
  });
});

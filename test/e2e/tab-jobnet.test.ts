import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import type { Vacancy } from '../../src/domain/model.js';
import { serveApp, type ServedApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';
import { buildJobnetFacts, buildJobnetVacancy } from '../support/factories.js';
import { launchOrSkip } from '../support/browser.js';
import { seriousAxeViolations } from '../support/axe-scan.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public', import.meta.url));
const JOBNET_URL = 'https://jobnet.example/jobordre/{id}';
const SECTION = 'virksomhedsservice';

/**
 * Issue 17 part 4 in headless Chromium: the built tab over the real app and a seeded store in
 * memory, with a vacancy that came from Jobnet (a løntilskud position nobody registered). The
 * company page and the channel page show where it came from, its type, its facts and the link.
 */
describe('Teams tab in Chromium: a vacancy from Jobnet', function () {
  this.timeout(120_000);
  let store: KyselyStore;
  let app: ServedApp;
  let browser: Browser;
  let companyId: string;
  let fromJobnet: Vacancy;
  const contexts: BrowserContext[] = [];

  before(async function () {
    if (!existsSync(`${PUBLIC_DIR}/tab/index.html`))
      throw new Error('Front ends are not built: run node scripts/build-web.mjs');
    browser = await launchOrSkip(this);
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const { tenantId, data, demoEmail } = await seedTenant(store);
    companyId = data.companies.find((company) => company.name === 'Østergaard Byg A/S')!.id;
    fromJobnet = await store.insertVacancy(
      tenantId,
      buildJobnetVacancy(companyId, {
        title: 'Lagermedarbejder (løntilskud)',
        sectionId: SECTION,
        jobnet: buildJobnetFacts({ jobordreId: '4711', statusText: 'Aktiv' }),
      }),
    );
    app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: demoEmail }),
      publicDir: PUBLIC_DIR,
      jobnetJobordreUrl: JOBNET_URL,
    });
  });
  afterEach(async () => {
    while (contexts.length) await contexts.pop()!.close();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  async function openPage(locale: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  it("when a consultant opens the company's vacancies, then the Jobnet vacancy says so, shows løntilskud highlighted and links to the jobordre in a new window", async () => {
    const page = await openPage('da-DK');
    await page.goto(`${app.url}/tab/#/companies/${companyId}`);
    await page.getByTestId('company-tab-vacancies').click();
    const vacancy = page.locator(`[data-vacancy-id="${fromJobnet.id}"]`);
    const facts = vacancy.getByTestId('vacancy-jobnet');
    await facts.waitFor({ timeout: 15_000 });
    const text = (await facts.textContent()) ?? '';
    for (const part of [
      'Fra Jobnet',
      'Løntilskud',
      'Lagermedarbejder (8322.3)',
      'Industrivej 12, 4000 Roskilde',
      'Jobnet: Aktiv',
    ])
      assert.ok(text.includes(part), `${part} in ${text}`);
    assert.equal(await facts.getByTestId('vacancy-jobnet-type').getAttribute('data-special-terms'), 'true');
    const link = facts.getByTestId('vacancy-jobnet-link');
    assert.equal(await link.textContent(), 'Åbn i Jobnet');
    assert.equal(await link.getAttribute('href'), 'https://jobnet.example/jobordre/4711');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
    // The vacancies staff registered stay as they were.
    assert.ok((await page.getByTestId('vacancy').count()) > (await page.getByTestId('vacancy-jobnet').count()));
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  it('when the Jobnet vacancy is paused, then going back to received reads as letting it go, not reopening', async () => {
    const page = await openPage('da-DK');
    await page.goto(`${app.url}/tab/#/companies/${companyId}`);
    await page.getByTestId('company-tab-vacancies').click();
    const vacancy = page.locator(`[data-vacancy-id="${fromJobnet.id}"]`);
    await vacancy.getByTestId('vacancy-transition-paused').click();
    await page.locator(`[data-vacancy-id="${fromJobnet.id}"][data-status="paused"]`).waitFor({ timeout: 10_000 });
    assert.equal(await vacancy.getByTestId('vacancy-transition-received').textContent(), 'Slip jobordren');
    await vacancy.getByTestId('vacancy-transition-received').click();
    await page.locator(`[data-vacancy-id="${fromJobnet.id}"][data-status="received"]`).waitFor({ timeout: 10_000 });
    assert.equal(
      await vacancy.getByTestId('vacancy-jobnet-link').getAttribute('href'),
      'https://jobnet.example/jobordre/4711',
    );
  });

  it("when the section's channel tab is opened in English, then the Jobnet vacancy shows its type and the link in English", async () => {
    const page = await openPage('en-GB');
    await page.goto(`${app.url}/tab/?section=${SECTION}#/channel`);
    const entry = page.getByTestId('channel-vacancy').filter({ hasText: 'Lagermedarbejder (løntilskud)' });
    const facts = entry.getByTestId('vacancy-jobnet');
    await facts.waitFor({ timeout: 15_000 });
    assert.match((await facts.textContent()) ?? '', /From Jobnet.*Løntilskud/);
    assert.equal(await facts.getByTestId('vacancy-jobnet-link').textContent(), 'Open in Jobnet');
  });
});

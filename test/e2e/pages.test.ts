import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { serveApp } from '../support/test-app.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { seedTenant } from '../support/seeded.js';
import { launchOrSkip } from '../support/browser.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public', import.meta.url));

describe('Pages in Chromium (demo server)', function () {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let store: KyselyStore;
  let url: string;
  const dialogs: string[] = [];

  before(async function () {
    if (!existsSync(`${PUBLIC_DIR}/tab/index.html`)) throw new Error('Front ends are not built: run npm run build:web');
    browser = await launchOrSkip(this);
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const { tenantId, demoEmail } = await seedTenant(store);
    server = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: demoEmail }),
      publicDir: PUBLIC_DIR,
    });
    url = server.url;
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('when a newcomer opens the landing page, then it links to the tab, the add-in and the API', async () => {
    await page.goto(`${url}/`);
    assert.equal(await page.locator('h1').textContent(), 'Kontaktspor');
    for (const href of ['/tab/', '/addin/', '/api/openapi.json']) {
      assert.equal(await page.locator(`a[href="${href}"]`).count(), 1, href);
    }
    const text = (await page.locator('main').textContent()) ?? '';
    assert.ok(text.includes(`${url}/api/messages`), 'the bot address of this instance, whatever its port');
    assert.doesNotMatch(text, /under opbygning|being built/);
  });

  it('when the landing page is shown in demo mode, then it links to the demo pages (Outlook, Jobnet)', async () => {
    await page.goto(`${url}/`);
    for (const href of ['/dev/outlook', '/dev/jobnet'])
      assert.equal(await page.locator(`a[href="${href}"]`).count(), 1, href);
  });

  it('when an employee types "øster" in the tab, then Østergaard Byg A/S is listed', async () => {
    await page.goto(`${url}/tab/`);
    await page.getByRole('searchbox').fill('øster');
    await page.getByText('Østergaard Byg A/S').waitFor({ timeout: 5_000 });
  });

  it('when a hostile company name is shown in the tab, then it is text and nothing runs', async () => {
    const hostile = '<img src=x onerror=alert(1)> Hacker ApS';
    const response = await page.request.post(`${url}/api/companies`, { data: { name: hostile, domains: [] } });
    assert.equal(response.status(), 201);
    await page.goto(`${url}/tab/`);
    await page.getByRole('searchbox').fill('hacker');
    await page.getByText(hostile).waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.deepEqual(dialogs, []);
  });
});

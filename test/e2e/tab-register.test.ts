import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig } from '../../src/config.js';
import { buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { demoMunicipality } from '../../src/wiring/register.js';
import type { Historised } from '../../src/adapters/cvr/register-documents.js';
import { employeeIntervalText } from '../../tab/src/company/register-logic.js';
import { launchOrSkip } from '../support/browser.js';
import { seriousAxeViolations } from '../support/axe-scan.js';

const TAB_PAGE = fileURLToPath(new URL('../../dist/public/tab/index.html', import.meta.url));
const ROSKILDE = 265;
/** When the register closed one of the company's workplaces (a fixed day: the test reads no clock). */
const CLOSED_AT = new Date('2026-11-25T08:00:00.000Z');

/** A company in the demo register that staff meet before it is in Kontaktspor, as its documents describe it. */
interface RegisterOnlyCompany {
  cvr: string;
  name: string;
  /** Ended names, the one that ended last first. */
  formerNames: string[];
  street: string;
  postcodeAndCity: string;
  pNumbers: string[];
  employeeInterval: string;
  advertisingProtected: boolean;
  domain: string;
}

const current = (entry: Historised) => !entry.periode?.gyldigTil;

/**
 * From the demo register's documents, not from the service: a trading legal unit with former names,
 * a website and two or more active workplaces, none of them in Roskilde. The demo's first-start
 * import takes only legal units with an active workplace in 265, so Kontaktspor does not know it.
 */
function registerOnlyCompany(): RegisterOnlyCompany {
  const documents = demoMunicipality().documents;
  const units = documents.flatMap((d) => ('VrproduktionsEnhed' in d ? [d.VrproduktionsEnhed] : []));
  for (const doc of documents) {
    if (!('Vrvirksomhed' in doc)) continue;
    const v = doc.Vrvirksomhed;
    const cvr = String(v.cvrNummer);
    const mine = units.filter((p) => String(p.produktionsEnhedMetadata?.nyesteCvrNummerRelation) === cvr);
    const status = (v.virksomhedsstatus ?? []).find(current)?.status;
    const name = (v.navne ?? []).find(current)?.navn;
    const formerNames = [
      ...new Set(
        (v.navne ?? [])
          .filter((n) => !current(n) && n.navn && n.navn !== name)
          .sort((a, b) => (b.periode?.gyldigTil ?? '').localeCompare(a.periode?.gyldigTil ?? ''))
          .map((n) => n.navn!),
      ),
    ];
    const website = (v.hjemmeside ?? []).find((w) => current(w) && !w.hemmelig)?.kontaktoplysning;
    const seat = v.virksomhedMetadata?.nyesteBeliggenhedsadresse;
    const interval = v.virksomhedMetadata?.nyesteMaanedsbeskaeftigelse?.intervalKodeAntalAnsatte;
    const active = mine.filter((p) => p.produktionsEnhedMetadata?.sammensatStatus === 'Aktiv');
    const here = active.some(
      (p) => p.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode === ROSKILDE,
    );
    if (status !== 'NORMAL' || !name || here || formerNames.length === 0 || !website || !seat?.vejnavn || !interval)
      continue;
    if (mine.length < 2 || active.length !== mine.length) continue;
    return {
      cvr,
      name,
      formerNames,
      street: seat.vejnavn,
      postcodeAndCity: `${seat.postnummer} ${seat.postdistrikt}`,
      pNumbers: mine.map((p) => String(p.pNummer)),
      employeeInterval: interval,
      advertisingProtected: v.reklamebeskyttet === true,
      domain: website.replace(/^www\./, ''),
    };
  }
  throw new Error('the demo register has no trading company with workplaces only outside Roskilde');
}

/** "DK 1785 7436", as staff copy a CVR off an invoice. */
const asTyped = (cvr: string) => `DK ${cvr.slice(0, 4)} ${cvr.slice(4)}`;

/**
 * Issue 16 in headless Chromium against the demo service as production starts it (startService): the
 * built tab, the demo identity, the seeded store in memory and the CVR register through the
 * distribution adapter against its local emulator (a generated Roskilde). Creating a company from the
 * register or by hand, and an admin merging two companies.
 */
describe('Teams tab: companies from the CVR register and merging, in Chromium (demo service)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let service: RunningService;
  let seed: SeedData;
  let outside: RegisterOnlyCompany;
  let closedPNumber: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  before(async function () {
    if (!existsSync(TAB_PAGE)) throw new Error('Front ends are not built: run npm run build:web');
    browser = await launchOrSkip(this);
    service = await startService(loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent' }));
    seed = buildSeedData();
    outside = registerOnlyCompany();
    closedPNumber = outside.pNumbers[0]!;
    const emulator = service.register?.emulator;
    assert.ok(emulator, 'demo mode reads the register through its emulator');
    // The register has since closed one of its workplaces; a lookup reads the register as it is now.
    emulator.closeProductionUnit(closedPNumber, CLOSED_AT);
  });
  afterEach(async () => {
    while (contexts.length) await contexts.pop()!.close();
    assert.deepEqual(pageErrors.splice(0), [], 'no script errors on the page');
  });
  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function api(method: string, path: string, body?: unknown) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  async function openTab(hash: string, user?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    if (user) await context.addCookies([{ name: 'kontaktspor_demo_user', value: user, url: service.url }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${service.url}/tab/${hash}`);
    await page.getByTestId('tab-app').waitFor({ timeout: 15_000 });
    return page;
  }

  const companyIdOf = (page: Page) => page.getByTestId('company-page').getAttribute('data-company-id');

  it('when staff find a company the demo did not import by its CVR in the register and create it, then it opens with the register panel, and the register then says it exists', async () => {
    const lookedUp = await api('GET', `/api/register/companies?q=${outside.cvr}`);
    assert.equal(lookedUp.body.items[0]?.companyId, null, 'not in Kontaktspor before staff create it');

    const page = await openTab('#/');
    await page.getByTestId('new-company-link').click();
    await page.getByTestId('register-search').fill(asTyped(outside.cvr));
    const hit = page.getByTestId('register-hit');
    await hit.waitFor({ timeout: 10_000 });
    const text = (await hit.textContent()) ?? '';
    for (const expected of [
      outside.name,
      `CVR ${outside.cvr}`,
      outside.street,
      outside.postcodeAndCity,
      `${outside.pNumbers.length} P-enheder (0 aktive i kommunen)`,
    ])
      assert.ok(text.includes(expected), `${expected} in ${text}`);
    assert.equal(text.includes('Reklamebeskyttet'), outside.advertisingProtected);

    await hit.getByTestId('register-hit-create').click();
    await page.getByTestId('company-name').filter({ hasText: outside.name }).waitFor({ timeout: 10_000 });
    const panel = page.getByTestId('register-panel');
    assert.equal(await panel.getByTestId('register-status').textContent(), 'Normal');
    assert.equal(
      await panel.getByTestId('register-employees').textContent(),
      employeeIntervalText(outside.employeeInterval, 'da'),
    );
    assert.match(
      (await panel.getByTestId('register-advertising').textContent()) ?? '',
      outside.advertisingProtected ? /^Ja/ : /^Nej/,
    );
    assert.equal(await panel.getByTestId('register-former-names').textContent(), outside.formerNames.join(', '));
    assert.equal(await panel.getByTestId('register-punit').count(), outside.pNumbers.length);
    for (const pNumber of outside.pNumbers) {
      const marks = (await panel.locator(`[data-pnumber="${pNumber}"]`).textContent()) ?? '';
      const expected = pNumber === closedPNumber ? '(lukket, uden for kommunen)' : '(uden for kommunen)';
      assert.ok(marks.includes(expected), `${expected} in ${marks}`);
    }
    assert.ok(((await page.getByTestId('company-domains').textContent()) ?? '').includes(outside.domain));
    const id = await companyIdOf(page);

    await page.goto(`${service.url}/tab/#/companies/new?q=${outside.cvr}`);
    await page.getByTestId('register-hit-exists').waitFor({ timeout: 10_000 });
    assert.equal(await page.getByTestId('register-hit-create').count(), 0, 'no second copy can be made');
    await page.getByTestId('register-hit-open').click();
    await page.getByTestId('company-name').filter({ hasText: outside.name }).waitFor();
    assert.equal(await companyIdOf(page), id);
  });

  it('when staff create a company without CVR by hand, then it opens marked "Uden CVR" and without a register panel', async () => {
    const page = await openTab('#/companies/new');
    await page.getByTestId('new-company-manual-tab').click();
    await page.getByTestId('manual-submit').click();
    await page.getByText('Skriv virksomhedens navn', { exact: false }).first().waitFor({ timeout: 5_000 });
    await page.getByTestId('manual-name').fill('Havevennerne i Roskilde');
    await page.getByTestId('manual-domains').fill('havevennerne.dk');
    await page.getByTestId('manual-submit').click();
    await page.getByTestId('company-name').filter({ hasText: 'Havevennerne i Roskilde' }).waitFor({ timeout: 10_000 });
    await page.getByTestId('company-without-cvr').filter({ hasText: 'Uden CVR' }).waitFor();
    assert.equal(await page.getByTestId('register-panel').count(), 0);
    const found = await api('GET', '/api/companies?q=havevennerne.dk');
    assert.deepEqual(
      found.body.items.map((item: { cvr: string | null }) => item.cvr),
      [null],
    );
  });

  it('when an admin merges a company into another, then the survivor opens with both histories, and the old id still opens it', async () => {
    const withHistory = seed.companies.filter((c) => seed.interactions.some((i) => i.companyId === c.id));
    const [kept, gone] = [withHistory[0]!, withHistory[1]!];
    for (const [company, summary] of [
      [kept, 'Note på den bevarede virksomhed.'],
      [gone, 'Note på den sammenlagte virksomhed.'],
    ] as const) {
      const logged = await api('POST', `/api/companies/${company.id}/interactions`, { kind: 'note', summary });
      assert.equal(logged.status, 201);
    }
    const colleague = seed.staff.find((staff) => !staff.isAdmin)!;
    const notAdmin = await openTab(`#/companies/${gone.id}`, colleague.email);
    await notAdmin.getByTestId('company-tabs').waitFor({ timeout: 10_000 });
    assert.equal(await notAdmin.getByTestId('company-tab-merge').count(), 0, 'only admins see the merge');

    const page = await openTab(`#/companies/${gone.id}`);
    await page.getByTestId('company-tab-merge').click();
    await page.getByTestId('merge-search').fill(kept.name);
    await page
      .locator(`[data-testid="merge-candidate"][data-company-id="${kept.id}"]`)
      .getByTestId('merge-pick')
      .click();
    await page.getByTestId('merge-keep-other').click();
    await page.getByTestId('merge-submit').click();
    const confirm = page.getByTestId('merge-confirm');
    assert.ok(((await confirm.textContent()) ?? '').includes(`»${gone.name}« ind i »${kept.name}«`));
    await page.getByTestId('merge-confirm-submit').click();

    await page.getByTestId('company-name').filter({ hasText: kept.name }).waitFor({ timeout: 10_000 });
    assert.equal(await companyIdOf(page), kept.id);
    const summaries = page.getByTestId('timeline-item-summary');
    await summaries.first().waitFor();
    const shown = await summaries.allTextContents();
    for (const note of ['Note på den bevarede virksomhed.', 'Note på den sammenlagte virksomhed.'])
      assert.ok(shown.includes(note), `${note} in ${shown.slice(0, 3).join(' | ')}`);
    const before = seed.interactions.filter((i) => i.companyId === kept.id || i.companyId === gone.id).length;
    const history = await api('GET', `/api/companies/${kept.id}/interactions?limit=100`);
    assert.equal(history.body.items.length, Math.min(100, before + 2), 'both histories, nothing lost');

    await page.goto(`${service.url}/tab/#/companies/${gone.id}`);
    await page.getByTestId('company-name').filter({ hasText: kept.name }).waitFor({ timeout: 10_000 });
    assert.equal(await companyIdOf(page), kept.id);
  });

  it('when axe-core scans the register hits, the form without CVR, the register panel and the merge step, then no serious or critical violation', async () => {
    const page = await openTab(`#/companies/new?q=${encodeURIComponent(outside.name)}`);
    await page.getByTestId('register-hit').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(await seriousAxeViolations(page), [], 'register hits');
    await page.getByTestId('new-company-manual-tab').click();
    await page.getByTestId('manual-company-form').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), [], 'without CVR');
    // Created by the first story, or here when this one runs alone.
    const hit = (await api('GET', `/api/register/companies?q=${outside.cvr}`)).body.items[0];
    const created: string =
      hit.companyId ?? (await api('POST', '/api/companies/from-register', { cvr: outside.cvr })).body.company.id;
    await page.goto(`${service.url}/tab/#/companies/${created}`);
    await page.getByTestId('register-panel').waitFor({ timeout: 10_000 });
    await page.getByTestId('company-tab-merge').click();
    await page.getByTestId('merge-search').fill('ro');
    await page.getByTestId('merge-pick').first().click();
    await page.getByTestId('merge-submit').click();
    await page.getByTestId('merge-confirm').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), [], 'company page with register panel and merge');
  });
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig } from '../../src/config.js';
import { buildSeedData, type SeedData } from '../../src/demo/seed-data.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';
import { ratio } from '../../src/domain/kpi-definitions.js';
import { formatMetric } from '../../tab/src/dashboard/kpi-logic.js';
import { formatNumber } from '../../web-shared/format.js';
import { demoMunicipality } from '../../src/wiring/register.js';
import { launchOrSkip } from '../support/browser.js';
import { seriousAxeViolations } from '../support/axe-scan.js';

const TAB_PAGE = fileURLToPath(new URL('../../dist/public/tab/index.html', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const OSTERGAARD = 'Østergaard Byg A/S';
const DAY = 86_400_000;

/** A local date as the page's date inputs write it. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The strategy's metrics computed independently, in plain TypeScript over the seed data: the same
 * definitions as DOMAIN.md, over the same inclusive dates the page asks for (UTC days, as the API reads them).
 */
function metricsFromSeed(seed: SeedData, from: string, to: string) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + DAY;
  const cooperation = new Set(DEFAULT_TOPICS.filter((t) => t.cooperation).map((t) => t.key));
  const inPeriod = seed.interactions.filter((i) => i.occurredAt.getTime() >= start && i.occurredAt.getTime() < end);
  // Samarbejdsgrad by the register, both above and below the line: the demo register's companies that count.
  const counted = registerCountedCvrs();
  const cvrOf = new Map(seed.companies.map((company) => [company.id, company.cvr]));
  const cooperating = new Set(
    inPeriod
      .filter((i) => i.topics.some((topic) => cooperation.has(topic)) && counted.has(cvrOf.get(i.companyId)!))
      .map((i) => i.companyId),
  );
  return {
    contacts: inPeriod.length,
    companies_served: new Set(inPeriod.map((i) => i.companyId)).size,
    samarbejdsgrad: ratio(cooperating.size, counted.size),
    cooperatingCompanies: cooperating.size,
    companiesInRegister: counted.size,
    servedInRegister: new Set(inPeriod.filter((i) => counted.has(cvrOf.get(i.companyId)!)).map((i) => i.companyId))
      .size,
  };
}

/**
 * The demo register's companies in the samarbejdsgrad's denominator, from its documents as Jobindsats
 * defines it: trading (not dissolved, ceased or deleted), at least one employee, an active workplace in 265.
 */
function registerCountedCvrs(): Set<string> {
  const documents = demoMunicipality().documents;
  const units = documents.flatMap((d) => ('VrproduktionsEnhed' in d ? [d.VrproduktionsEnhed] : []));
  const workplaceHere = new Set(
    units
      .filter((p) => p.produktionsEnhedMetadata?.sammensatStatus === 'Aktiv')
      .filter((p) => p.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode === 265)
      .map((p) => String(p.produktionsEnhedMetadata?.nyesteCvrNummerRelation)),
  );
  const counted = new Set<string>();
  for (const doc of documents) {
    if (!('Vrvirksomhed' in doc)) continue;
    const v = doc.Vrvirksomhed;
    const status = (v.virksomhedsstatus ?? []).find((s) => !s.periode?.gyldigTil)?.status ?? 'NORMAL';
    const gone = /^(OPLØST|TVANGSOPLØST|OPHØRT|SLETTET)/.test(status);
    const meta = v.virksomhedMetadata;
    const interval =
      (
        meta?.nyesteErstMaanedsbeskaeftigelse ??
        meta?.nyesteMaanedsbeskaeftigelse ??
        meta?.nyesteKvartalsbeskaeftigelse ??
        meta?.nyesteAarsbeskaeftigelse
      )?.intervalKodeAntalAnsatte ?? null;
    const employees = Number(/^ANTAL_(\d+)_/.exec(interval ?? '')?.[1] ?? 0);
    if (!gone && employees >= 1 && workplaceHere.has(String(v.cvrNummer))) counted.add(String(v.cvrNummer));
  }
  return counted;
}

/**
 * Issue 6's acceptance in headless Chromium against the real demo server (seeded, in memory):
 * the tab outside Teams, the company page story, the dashboard against the seed, rights, hostile
 * text, keyboard use, themes and screenshots.
 */
/**
 * The WCAG contrast ratio of an element's text on the first opaque background behind it (a page
 * script as a string: this suite type-checks without the DOM library).
 */
function contrastOf(selector: string): string {
  return `(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
    let bg = [255, 255, 255];
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) { bg = c; break; }
    }
    const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
    const [hi, lo] = [lum(rgb(getComputedStyle(el).color)), lum(bg)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  })()`;
}

describe('Teams tab in Chromium (demo server, seeded data)', function () {
  this.timeout(180_000);
  let service: RunningService;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  let ostergaardId: string;

  before(async function () {
    if (!existsSync(TAB_PAGE)) throw new Error('Front ends are not built: run node scripts/build-web.mjs');
    browser = await launchOrSkip(this);
    service = await startService(loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent' }));
    await mkdir(ARTIFACTS, { recursive: true });
    const search = await api('GET', `/api/companies?q=${encodeURIComponent('østergaard')}`);
    ostergaardId = search.body.items.find((c: { name: string }) => c.name === OSTERGAARD).id;
  });
  afterEach(async () => {
    while (contexts.length) await contexts.pop()!.close();
  });
  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** A fresh browser context (Danish, like the jobcentre's machines), optionally as another staff member or with a Teams stand-in. */
  async function openPage(
    options: { user?: string; teams?: string; viewport?: { width: number; height: number } } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      locale: 'da-DK',
      viewport: options.viewport ?? { width: 1280, height: 900 },
    });
    contexts.push(context);
    if (options.user)
      await context.addCookies([{ name: 'kontaktspor_demo_user', value: options.user, url: service.url }]);
    if (options.teams) await context.addInitScript({ content: options.teams });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function openCompany(page: Page, id: string, query = '') {
    await page.goto(`${service.url}/tab/${query}#/companies/${id}`);
    await page.getByTestId('company-name').waitFor({ timeout: 15_000 });
  }

  /** The data-testid of the focused element (page scripts are strings: this suite type-checks without the DOM library). */
  function activeTestId(page: Page): Promise<string | null> {
    return page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");
  }

  function headingOutline(page: Page): Promise<string> {
    return page.evaluate<string>(
      `getComputedStyle(document.querySelector('[data-testid="company-name"]')).outlineStyle`,
    );
  }

  /** A locator wait, not waitForFunction: that one evals in the page, which the tab's script-src refuses. */
  function moreItemsThan(page: Page, count: number) {
    return page.getByTestId('timeline-item').nth(count).waitFor({ state: 'attached', timeout: 10_000 });
  }

  async function firstItemSummary(page: Page): Promise<string | null> {
    return page.getByTestId('timeline-item').first().getByTestId('timeline-item-summary').textContent();
  }

  it('when the tab opens in a plain browser, then it renders standalone in Danish within 5 s, loading neither teams-js nor msal-browser', async () => {
    const page = await openPage();
    const scripts: string[] = [];
    page.on(
      'request',
      (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)),
    );
    await page.goto(`${service.url}/tab/`);
    await page.getByTestId('company-search').waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId('tab-app').getAttribute('data-host'), 'standalone');
    assert.equal(scripts.length, 1, `only the main bundle: ${scripts.join(', ')}`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'da');
    assert.equal(await page.getByTestId('nav-search').textContent(), 'Virksomheder');
    const config = JSON.parse((await page.locator('head script#kontaktspor-config').textContent()) ?? 'null');
    assert.deepEqual(config, { mode: 'demo', auth: null });
  });

  // How fast the tab renders is measured in bench/, not asserted here: this proves it gives up on teams-js.
  it('when the tab is framed by a page that is not Teams, then the real teams-js gets no answer and the tab renders standalone', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/healthz`);
    await page.setContent(
      `<iframe title="host" src="${service.url}/tab/" style="width: 1200px; height: 800px"></iframe>`,
    );
    const tab = page.frameLocator('iframe');
    await tab.getByTestId('company-search').waitFor({ timeout: 20_000 });
    assert.equal(await tab.getByTestId('tab-app').getAttribute('data-host'), 'standalone');
  });

  it('when Teams (a stand-in for teams-js) opens a deep link ("company:<id>") in its dark theme and English, then that company opens in English and dark', async () => {
    const teams = `window.microsoftTeams = {
      app: {
        initialize: async () => {},
        getContext: async () => ({ app: { theme: 'dark', locale: 'en-us' }, page: { id: 'companies', subPageId: 'company:${ostergaardId}', frameContext: 'content' } }),
        registerOnThemeChangeHandler() {},
        notifySuccess() {},
      },
      authentication: { getAuthToken: async () => 'unused-in-demo' },
    };`;
    const page = await openPage({ teams });
    await page.goto(`${service.url}/tab/`);
    await page.getByTestId('company-name').filter({ hasText: OSTERGAARD }).waitFor({ timeout: 10_000 });
    const app = page.getByTestId('tab-app');
    assert.equal(await app.getAttribute('data-host'), 'teams');
    assert.equal(await app.getAttribute('data-theme'), 'dark');
    assert.equal(await page.getByTestId('nav-search').textContent(), 'Companies');
    assert.ok(page.url().endsWith(`#/companies/${ostergaardId}`), page.url());
  });

  it('when the dashboard shows this year, then samarbejdsgrad, contacts and companies served equal the same metrics computed from the seed data and by GET /api/kpi', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/#/dashboard`);
    const value = (metric: string) => page.getByTestId(`kpi-value-${metric}`);
    await value('samarbejdsgrad').waitFor({ timeout: 15_000 });
    const from = await page.getByTestId('kpi-from').inputValue();
    const to = await page.getByTestId('kpi-to').inputValue();
    assert.equal(from, `${new Date().getFullYear()}-01-01`);
    assert.equal(to, localDate(new Date()));

    // Runs before any story below writes to the history, so the service holds exactly the seed.
    const seed = buildSeedData();
    assert.ok(
      seed.companies.some((c) => c.id === ostergaardId),
      'the test rebuilt the very seed the service loaded',
    );
    const expected = metricsFromSeed(seed, from, to);
    assert.ok(expected.contacts > 0 && expected.companies_served > 0);

    const kpi = (await api('GET', `/api/kpi?from=${from}&to=${to}`)).body;
    assert.equal(kpi.metrics.samarbejdsgrad, expected.samarbejdsgrad);
    assert.equal(kpi.metrics.contacts, expected.contacts);
    assert.equal(kpi.metrics.companies_served, expected.companies_served);

    for (const [metric, unit, number] of [
      ['samarbejdsgrad', 'percent', expected.samarbejdsgrad],
      ['contacts', 'count', expected.contacts],
      ['companies_served', 'count', expected.companies_served],
    ] as const) {
      assert.equal(await value(metric).getAttribute('data-value'), String(number), metric);
      assert.equal(await value(metric).textContent(), formatMetric(number, unit, 'da'), metric);
    }
    assert.equal(
      await page.getByTestId('kpi-counts-samarbejdsgrad').textContent(),
      `${expected.cooperatingCompanies} af ${formatNumber(expected.companiesInRegister, 'da')} virksomheder i kommunen med mindst én ansat (CVR)`,
    );
    assert.equal(
      await page.getByTestId('kpi-counts-companies_served').textContent(),
      `heraf ${expected.servedInRegister} af ${formatNumber(expected.companiesInRegister, 'da')} virksomheder i kommunen med mindst én ansat (CVR)`,
    );
    // The demo imported its register: the denominator is the register's, and nothing needs saying.
    assert.equal(await page.getByTestId('kpi-denominator-note').count(), 0);
    const months = new Date().getMonth() + 1;
    await page.getByTestId('kpi-chart-samarbejdsgrad').waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId('kpi-chart-contacts').getAttribute('data-points'), String(months));
    assert.equal(await page.getByTestId('kpi-chart-samarbejdsgrad').getAttribute('data-points'), String(months));
    const label = await page.getByTestId('kpi-chart-contacts').locator('desc').textContent();
    assert.match(label ?? '', /januar/);
  });

  it('when an admin sets a yearly target, then the card shows it and the chart draws the target line', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/#/dashboard`);
    await page.getByTestId('targets-form').waitFor({ timeout: 15_000 });
    await page.getByTestId('target-metric').selectOption('samarbejdsgrad');
    await page.getByTestId('target-period').fill(String(new Date().getFullYear()));
    await page.getByTestId('target-value').fill('40');
    await page.getByTestId('target-save').click();
    await page.getByTestId('target-saved').waitFor({ timeout: 10_000 });
    await page
      .getByTestId('kpi-target-samarbejdsgrad')
      .filter({ hasText: `Mål ${new Date().getFullYear()}: 40,0 %` })
      .waitFor({ timeout: 10_000 });
    await page.getByTestId('kpi-chart-samarbejdsgrad-target').waitFor({ state: 'attached', timeout: 15_000 });
    const stored = (await api('GET', `/api/kpi`)).body.targets;
    assert.ok(stored.some((t: { metric: string; value: number }) => t.metric === 'samarbejdsgrad' && t.value === 0.4));
  });

  it('when a non-admin opens the dashboard, then there is no target control, and PUT /api/kpi/targets answers 403', async () => {
    const staff = (await api('GET', '/api/staff')).body.items as { email: string; isAdmin: boolean }[];
    const colleague = staff.find((s) => !s.isAdmin)!;
    const page = await openPage({ user: colleague.email });
    await page.goto(`${service.url}/tab/#/dashboard`);
    await page.getByTestId('kpi-value-contacts').waitFor({ timeout: 15_000 });
    const me = await page.request.get(`${service.url}/api/me`);
    assert.equal((await me.json()).isAdmin, false);
    assert.equal(await page.getByTestId('targets-form').count(), 0);
    assert.equal(await page.getByTestId('target-save').count(), 0);
    const put = await page.request.put(`${service.url}/api/kpi/targets`, {
      data: { targets: [{ metric: 'samarbejdsgrad', period: '2026', value: 0.9 }] },
    });
    assert.equal(put.status(), 403);
    assert.equal((await put.json()).error.code, 'FORBIDDEN');
  });

  it('when an employee searches "øster", opens Østergaard Byg A/S, filters the timeline by topic and period and logs a call, then it tops the timeline and stays there after a reload', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/`);
    await page.getByTestId('company-search').fill('øster');
    const hit = page.getByTestId('search-result').filter({ hasText: OSTERGAARD });
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.getByTestId('company-name').filter({ hasText: OSTERGAARD }).waitFor({ timeout: 10_000 });
    await page.getByTestId('responsible').waitFor();
    await page.getByTestId('timeline-item').first().waitFor({ timeout: 10_000 });

    const from = localDate(new Date(Date.now() - 365 * DAY));
    const to = localDate(new Date());
    await page.getByTestId('filter-topic').selectOption('rekruttering');
    await page.getByTestId('filter-from').fill(from);
    await page.getByTestId('filter-to').fill(to);
    await page.waitForFunction("location.hash.includes('topic=rekruttering') && location.hash.includes('to=')");
    await page.getByTestId('timeline-item').first().waitFor({ timeout: 10_000 });
    const earliest = new Date(`${from}T00:00:00`).getTime();
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="timeline-item"]')].every((el) =>
        (el.getAttribute('data-topics') ?? '').split(' ').includes('rekruttering') && Date.parse(el.getAttribute('data-occurred-at')) >= ${earliest})`,
    );

    const summary = `Ringede om tre lagermedarbejdere til januar (e2e ${Date.now()})`;
    await page.getByTestId('log-open').click();
    const form = page.getByTestId('log-form');
    await form.getByTestId('log-kind-call').check();
    await form.getByTestId('log-subject').fill('Opfølgning på rekruttering');
    await form.getByTestId('log-summary').fill(summary);
    await form.locator('[data-topic="rekruttering"]').check();
    await form.getByTestId('log-submit').click();
    await page.getByTestId('log-success').waitFor({ timeout: 10_000 });
    assert.equal(await firstItemSummary(page), summary);
    assert.equal(await page.getByTestId('timeline-item').first().getAttribute('data-kind'), 'call');
    assert.equal(await page.getByTestId('filter-topic').inputValue(), 'rekruttering', 'the filters stay');

    await page.reload();
    await page.getByTestId('timeline-item').first().waitFor({ timeout: 10_000 });
    assert.equal(await firstItemSummary(page), summary);
    assert.equal(await page.getByTestId('filter-topic').inputValue(), 'rekruttering');
    assert.equal(await page.getByTestId('filter-from').inputValue(), from);
    await page.screenshot({ path: `${ARTIFACTS}tab-company-default.png`, fullPage: true });
  });

  it('when the timeline is longer than a page, then scrolling to its end loads the next page (and "Vis flere" does the same)', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 700 } });
    await openCompany(page, ostergaardId);
    const items = page.getByTestId('timeline-item');
    await items.first().waitFor({ timeout: 10_000 });
    const firstPage = await items.count();
    assert.equal(firstPage, 25);
    await page.getByTestId('timeline-sentinel').scrollIntoViewIfNeeded();
    await moreItemsThan(page, firstPage);
    const afterScroll = await items.count();
    const more = page.getByTestId('timeline-more');
    if (await more.count()) {
      await more.click();
      await moreItemsThan(page, afterScroll);
    }
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-interaction-id')));
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
  });

  it('when the CVR register says Østergaard Byg is under bankruptcy, then its search row and the top of its page say so before anything else', async () => {
    const page = await openPage();
    // The demo has no CVR import: the service's own answers get the register's status for this one company.
    await page.route(/\/api\/companies(\?|\/[^/?]+$)/, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const bankrupt = <T extends { id: string; registerStatus: string | null }>(c: T): T =>
        c.id === ostergaardId ? { ...c, registerStatus: 'UNDER KONKURS' } : c;
      if (body.items) body.items = body.items.map(bankrupt);
      if (body.company?.id === ostergaardId) {
        body.company = bankrupt(body.company);
        body.context.flags.registerStatus = 'UNDER KONKURS';
      }
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${service.url}/tab/`);
    await page.getByTestId('company-search').fill('øster');
    const hit = page.getByTestId('search-result').filter({ hasText: OSTERGAARD });
    await hit.waitFor({ timeout: 15_000 });
    assert.match((await hit.textContent()) ?? '', /Under konkurs/);
    await hit.click();
    const flag = page.getByTestId('flag-register-status');
    await flag.waitFor({ timeout: 10_000 });
    assert.match((await flag.textContent()) ?? '', /Under konkurs.*CVR-registret: virksomheden er under konkurs/);
    assert.equal(await page.locator('.fui-MessageBar').first().getAttribute('data-testid'), 'flag-register-status');
  });

  it('when hostile text is stored as a company name, subject and summary, then the tab shows it literally, nothing runs and no element is injected', async () => {
    const hostileName = '<img src=x onerror=alert(1)>';
    const created = await api('POST', '/api/companies', { name: hostileName, domains: [] });
    assert.equal(created.status, 201);
    const subject = '<b onmouseover=alert(2)>fed</b>';
    const summary = '<script>alert(1)</script>';
    const logged = await api('POST', `/api/companies/${created.body.id}/interactions`, {
      kind: 'note',
      subject,
      summary,
      topics: [],
    });
    assert.equal(logged.status, 201);

    const page = await openPage();
    await openCompany(page, created.body.id);
    assert.equal(await page.getByTestId('company-name').textContent(), hostileName);
    await page.getByTestId('timeline-item').first().waitFor({ timeout: 10_000 });
    assert.equal(await page.getByTestId('timeline-item-summary').first().textContent(), summary);
    assert.equal(await page.getByTestId('timeline-item-subject').first().textContent(), subject);
    await page.getByTestId('company-tab-edit').click();
    assert.equal(await page.getByTestId('edit-name').inputValue(), hostileName);

    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator('b[onmouseover]').count(), 0);
    assert.equal(await page.evaluate("[...document.scripts].some((s) => s.textContent.includes('alert('))"), false);
    assert.deepEqual(dialogs, []);
  });

  it('when only the keyboard is used, then search -> company -> log a note works end to end', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/`);
    await page.getByTestId('company-search').waitFor();
    for (let i = 0; i < 10 && (await activeTestId(page)) !== 'company-search'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await activeTestId(page), 'company-search');
    await page.keyboard.type('øster');
    await page.getByTestId('search-result').first().waitFor({ timeout: 5_000 });
    const names = await page.getByTestId('search-result').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    const index = names.findIndex((name) => name.startsWith(OSTERGAARD));
    assert.ok(index >= 0, names.join(' | '));
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByTestId('search-result').nth(index).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await page.getByTestId('company-name').filter({ hasText: OSTERGAARD }).waitFor({ timeout: 10_000 });
    assert.equal(await activeTestId(page), 'company-name', 'focus lands on the company');

    const focusOn = async (testId: string, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        if ((await activeTestId(page)) === testId) return;
        await page.keyboard.press('Tab');
      }
      assert.fail(`could not reach ${testId} with Tab`);
    };
    await focusOn('log-open');
    await page.keyboard.press('Enter');
    await page.getByTestId('log-form').waitFor();
    await focusOn('log-summary');
    const summary = `Tastaturnote (e2e ${Date.now()})`;
    await page.keyboard.type(summary);
    await focusOn('log-submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('log-success').waitFor({ timeout: 10_000 });
    assert.equal(await firstItemSummary(page), summary);
  });

  it('when a vacancy is moved on, then only legal steps are offered; when a colleague moved it first, then the 409 is explained and the list updated', async () => {
    const created = await api('POST', '/api/vacancies', {
      companyId: ostergaardId,
      title: 'Tømrer (e2e)',
      positions: 2,
      topics: ['rekruttering'],
    });
    assert.equal(created.status, 201);
    const page = await openPage();
    await openCompany(page, ostergaardId);
    await page.getByTestId('company-tab-vacancies').click();
    const vacancy = page.locator(`[data-vacancy-id="${created.body.id}"]`);
    await vacancy.waitFor({ timeout: 10_000 });
    assert.equal(await vacancy.getAttribute('data-status'), 'received');
    const offered = await vacancy
      .locator('button')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
    assert.deepEqual(offered, [
      'vacancy-transition-in_progress',
      'vacancy-transition-paused',
      'vacancy-transition-filled',
      'vacancy-transition-deadline_passed',
      'vacancy-transition-withdrawn',
    ]);

    await vacancy.getByTestId('vacancy-transition-in_progress').click();
    await page
      .locator(`[data-vacancy-id="${created.body.id}"][data-status="in_progress"]`)
      .waitFor({ timeout: 10_000 });

    // A colleague closes it meanwhile; this page still offers "pause".
    assert.equal((await api('POST', `/api/vacancies/${created.body.id}/transition`, { to: 'filled' })).status, 200);
    await vacancy.getByTestId('vacancy-transition-paused').click();
    await page.getByTestId('vacancy-error').waitFor({ timeout: 10_000 });
    assert.match((await page.getByTestId('vacancy-error').textContent()) ?? '', /kunne ikke flyttes/);
    await page.locator(`[data-vacancy-id="${created.body.id}"][data-status="filled"]`).waitFor({ timeout: 10_000 });
    assert.deepEqual(
      await vacancy.locator('button').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid'))),
      ['vacancy-transition-received'],
    );
  });

  it("when the channel tab opens for a section, then it lists the section's open vacancies; without a channel it says where alerts live", async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/?section=virksomhedsservice#/channel`);
    await page.getByTestId('channel-page').waitFor({ timeout: 10_000 });
    await page.getByTestId('channel-vacancy').first().waitFor({ timeout: 10_000 });
    const statuses = await page
      .getByTestId('channel-vacancy')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
    assert.ok(
      statuses.every((s) => ['received', 'in_progress', 'paused'].includes(s!)),
      statuses.join(),
    );
    await page.getByTestId('subscriptions-unavailable').waitFor();

    await page.goto(
      `${service.url}/tab/?conversationId=${encodeURIComponent('19:unknown@thread.tacv2')}#/channel?section=unge`,
    );
    await page.getByTestId('subscriptions-empty').waitFor({ timeout: 10_000 });
    await page.getByTestId('subscription-postcodes').fill('4000');
    await page.getByTestId('subscription-add').click();
    await page.getByTestId('subscription-not-installed').waitFor({ timeout: 10_000 });

    // The manifest's configuration URL: choosing a section is what Teams' Save would store.
    await page.goto(`${service.url}/tab/#/channel-config`);
    await page.getByTestId('channel-config').waitFor({ timeout: 10_000 });
    await page.getByTestId('channel-section').selectOption('unge');
    await page.getByTestId('channel-config-chosen').filter({ hasText: 'Ungeindsatsen' }).waitFor();
  });

  it('when the company page and the dashboard are shown in the default and the dark theme, then screenshots are saved and dark is dark', async () => {
    for (const theme of ['default', 'dark'] as const) {
      const query = theme === 'dark' ? '?theme=dark' : '';
      const page = await openPage();
      await openCompany(page, ostergaardId, query);
      await page.getByTestId('timeline-item').first().waitFor({ timeout: 10_000 });
      assert.equal(await page.getByTestId('tab-app').getAttribute('data-theme'), theme);
      const background = await page.evaluate<string>(
        'getComputedStyle(document.querySelector(\'[data-testid="tab-app"]\').parentElement).backgroundColor',
      );
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
      assert.ok(theme === 'dark' ? luminance < 0.5 : luminance > 0.5, `${theme}: ${background}`);
      await page.screenshot({ path: `${ARTIFACTS}tab-company-${theme}.png`, fullPage: true });

      await page.goto(`${service.url}/tab/${query}#/dashboard`);
      await page.getByTestId('kpi-chart-fill_rate').waitFor({ timeout: 20_000 });
      await page.screenshot({ path: `${ARTIFACTS}tab-dashboard-${theme}.png`, fullPage: true });
    }
    for (const name of ['tab-company-default', 'tab-company-dark', 'tab-dashboard-default', 'tab-dashboard-dark']) {
      assert.ok(existsSync(`${ARTIFACTS}${name}.png`), name);
    }
  });

  it('when axe-core scans the search, the company page, the dashboard and the channel tab, then no serious or critical violation', async function () {
    const page = await openPage();
    const pages: [string, string][] = [
      ['#/?q=%C3%B8ster', 'search-result'],
      [`#/companies/${ostergaardId}`, 'timeline-item'],
      ['#/dashboard', 'kpi-chart-fill_rate'],
      ['#/channel?section=virksomhedsservice', 'channel-vacancy'],
    ];
    for (const [hash, ready] of pages) {
      await page.goto(`${service.url}/tab/${hash}`);
      await page.getByTestId(ready).first().waitFor({ timeout: 15_000 });
      assert.deepEqual(await seriousAxeViolations(page), [], hash);
    }
  });

  it('when the dashboard shows this year, then Henvisningsrate, Besættelsesrate and Dage til første handling draw their months, not empty axes', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/#/dashboard`);
    for (const metric of ['referral_rate', 'fill_rate', 'time_to_first_action_days']) {
      const chart = page.getByTestId(`kpi-chart-${metric}`);
      await chart.waitFor({ timeout: 20_000 });
      assert.ok(Number(await chart.getAttribute('data-points')) > 0, `${metric} draws its months`);
      assert.notEqual(await page.getByTestId(`kpi-value-${metric}`).getAttribute('data-value'), '', metric);
    }
  });

  it('when the timeline filters are shown at 1000 and 1280 px, then no filter overlaps another (Afsnit beside Fra dato)', async () => {
    for (const width of [1000, 1280]) {
      const page = await openPage({ viewport: { width, height: 900 } });
      await openCompany(page, ostergaardId);
      const filters = page.getByTestId('timeline-filters');
      await filters.waitFor();
      const boxes = await filters.locator(':scope > div, :scope > button').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
        }),
      );
      // Each field's own control must stay inside its field: the date input, too.
      const controls = await filters.locator('select, input').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
        }),
      );
      assert.ok(
        boxes.length >= 7 && controls.length === 6,
        `${width}: ${boxes.length} fields, ${controls.length} controls`,
      );
      const all = [...controls];
      for (const [i, a] of all.entries())
        for (const b of all.slice(i + 1)) {
          const overlap = a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;
          assert.ok(!overlap, `${width} px: ${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
        }
      await page.screenshot({ path: `${ARTIFACTS}tab-filters-${width}.png` });
    }
  });

  it('when a closed vacancy is shown in the light, dark and high-contrast theme, then its status badge reads at 4.5:1 or better', async () => {
    const filled = (await api('GET', '/api/vacancies?status=filled&limit=1')).body.items[0];
    assert.ok(filled, 'the demo has a filled vacancy');
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const page = await openPage();
      await openCompany(page, filled.companyId, `?theme=${theme}`);
      await page.getByTestId('company-tab-vacancies').click();
      const selector = `[data-testid="vacancy"][data-vacancy-id="${filled.id}"] [data-testid="vacancy-status"]`;
      await page.locator(selector).waitFor({ timeout: 10_000 });
      const ratio = await page.evaluate<number>(contrastOf(selector));
      assert.ok(ratio >= 4.5, `${theme}: contrast ${ratio.toFixed(2)}`);
      assert.deepEqual(await seriousAxeViolations(page), [], theme);
    }
  });

  it('when a company opens from a link, then its name takes the focus without a ring in every theme', async () => {
    for (const theme of ['default', 'dark', 'contrast']) {
      const page = await openPage();
      await openCompany(page, ostergaardId, `?theme=${theme}`);
      assert.equal(await activeTestId(page), 'company-name', `${theme}: focus management stays`);
      assert.equal(await headingOutline(page), 'none', theme);
    }
  });

  it('when the tab is 375 px wide (Teams mobile), then every navigation link is inside the viewport', async () => {
    const page = await openPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${service.url}/tab/`);
    await page.getByTestId('nav-search').waitFor();
    for (const link of await page.locator('nav a').all()) {
      const box = (await link.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 375, `${await link.textContent()}: ${JSON.stringify(box)}`);
    }
    assert.equal(
      await page.evaluate<boolean>('document.documentElement.scrollWidth <= 375'),
      true,
      'no sideways scroll',
    );
    await page.screenshot({ path: `${ARTIFACTS}tab-nav-375.png` });
  });

  it('when a refused field is fixed, then its message goes at once, before the next submit', async () => {
    const page = await openPage();
    await openCompany(page, ostergaardId);
    await page.getByTestId('log-open').click();
    await page.getByTestId('log-submit').click();
    const message = page.getByTestId('log-form').getByText('Skriv et resumé.');
    await message.waitFor();
    await page.getByTestId('log-summary').fill('Ringede om praktikpladser');
    await message.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('when a company is not in Kontaktspor, then the page says so and offers no retry', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/tab/#/companies/00000000-0000-4000-8000-000000000000`);
    const notFound = page.getByTestId('company-not-found');
    await notFound.waitFor({ timeout: 10_000 });
    assert.match((await notFound.textContent()) ?? '', /findes ikke i Kontaktspor/);
    assert.equal(await page.getByTestId('retry-button').count(), 0);
  });

  it('when every story ran, then the page raised no script error and no dialog', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(dialogs, []);
  });
});

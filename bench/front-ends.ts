/**
 * Front ends: gzipped JS of the built tab and add-in, and the time from navigation to a rendered
 * company page in headless Chromium against a separately started demo server (PGlite in memory,
 * seeded demo data). When the built tab has no company page, the search page's results for
 * "øster" are timed instead, and the result says so.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startService } from '../src/main.js';
import { loadConfig } from '../src/config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const COMPANY = 'Østergaard Byg A/S';

export interface BundleSize {
  frontEnd: 'tab' | 'addin';
  gzipBytes: number;
  rawBytes: number;
  files: { name: string; gzipBytes: number }[];
  builtAt: string | null;
  /** The sources changed after this build (the numbers describe an older front end). */
  staleSources: boolean;
}

export interface PageTiming {
  /** What was timed: the company page, or the search page's results (no company page in the build). */
  measured: 'company-page' | 'search-results';
  url: string;
  /** First visit, empty cache: navigation start to rendered (ms). */
  coldMs: number | null;
  /** Median of the reloads with a warm cache (ms). */
  warmMedianMs: number | null;
  warmRuns: number[];
  /** Company page: header alone, before the timeline's first item (cold, ms). */
  headerColdMs?: number | null;
  note: string;
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the front ends when dist/public lacks them (or when asked), then sizes every .js file gzipped. */
export async function bundleSizes(options: { rebuild: boolean; log: (line: string) => void }): Promise<BundleSize[]> {
  const dist = path.join(ROOT, 'dist/public');
  if (options.rebuild || !existsSync(path.join(dist, 'tab')) || !existsSync(path.join(dist, 'addin'))) {
    options.log('front ends: building with scripts/build-web.mjs ...');
    const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) options.log(`front ends: build failed: ${(built.stderr || built.stdout).slice(0, 500)}`);
  }
  const out: BundleSize[] = [];
  for (const frontEnd of ['tab', 'addin'] as const) {
    const dir = path.join(dist, frontEnd);
    if (!existsSync(dir)) continue;
    const files: BundleSize['files'] = [];
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const content = await readFile(path.join(entry.parentPath, entry.name));
      const gz = gzipSync(content).length; // default level, as scripts/build-web.mjs reports
      gzipBytes += gz;
      rawBytes += content.length;
      files.push({ name: path.relative(dir, path.join(entry.parentPath, entry.name)), gzipBytes: gz });
    }
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const builtAt = await newestMtime(dir);
    const sources = path.join(ROOT, frontEnd, 'src');
    out.push({
      frontEnd,
      gzipBytes,
      rawBytes,
      files,
      builtAt: builtAt ? new Date(builtAt).toISOString() : null,
      staleSources: existsSync(sources) && (await newestMtime(sources)) > builtAt,
    });
  }
  return out;
}

// Records, in the page, when the watched things first appear (ms since navigation start).
const WATCH = (company: string) => `
  (() => {
    const marks = (window.__benchMarks = {});
    const mark = (name) => { if (marks[name] === undefined) marks[name] = performance.now(); };
    const check = () => {
      const heading = document.querySelector('[data-testid="company-name"]');
      if (heading && heading.textContent.includes(${JSON.stringify(company)})) mark('header');
      if (marks.header !== undefined && document.querySelector('[data-testid="timeline-item"]')) mark('company');
      if (document.querySelector('input')) mark('app');
      if ([...document.querySelectorAll('li')].some((li) => li.textContent.includes(${JSON.stringify(company)}))) mark('results');
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  })();`;

async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => (globalThis as unknown as { __benchMarks?: Record<string, number> }).__benchMarks ?? {});
}

async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<number | null> {
  try {
    await page.waitForFunction(
      (mark) => (globalThis as unknown as { __benchMarks?: Record<string, number> }).__benchMarks?.[mark] !== undefined,
      name,
      {
        timeout: timeoutMs,
        polling: 20,
      },
    );
    return Math.round((await marks(page))[name]!);
  } catch {
    return null;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
};

/** Times the tab in Chromium against a demo server it starts and stops itself. */
export async function timeTab(options: {
  warmRuns: number;
  log: (line: string) => void;
}): Promise<PageTiming | { error: string }> {
  if (!existsSync(CHROMIUM)) return { error: `Chromium not found at ${CHROMIUM}` };
  const service = await startService(loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'warn' }));
  let browser: Browser | null = null;
  try {
    const found = (await (await fetch(`${service.url}/api/companies?q=${encodeURIComponent(COMPANY)}`)).json()) as {
      items: { id: string; name: string }[];
    };
    const company = found.items.find((c) => c.name === COMPANY);
    if (!company) return { error: `${COMPANY} is not in the demo data` };
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const context = await browser.newContext();
    await context.addInitScript(WATCH(COMPANY));
    const page = await context.newPage();

    // Company page first; a build without one shows the search page, which is timed instead.
    const companyUrl = `${service.url}/tab/#/companies/${company.id}`;
    await page.goto(companyUrl, { waitUntil: 'commit' });
    const cold = await waitForMark(page, 'company', 10_000);
    if (cold !== null) {
      const header = Math.round((await marks(page)).header ?? 0);
      const warm: number[] = [];
      for (let i = 0; i < options.warmRuns; i++) {
        await page.reload({ waitUntil: 'commit' });
        const ms = await waitForMark(page, 'company', 10_000);
        if (ms !== null) warm.push(ms);
      }
      return {
        measured: 'company-page',
        url: '/tab/#/companies/<id>',
        coldMs: cold,
        warmMedianMs: median(warm),
        warmRuns: warm,
        headerColdMs: header,
        note: 'navigation start -> company name heading and first timeline item rendered (MutationObserver in the page)',
      };
    }

    options.log('front ends: the built tab renders no company page; timing search results for "øster" instead');
    const search = async (): Promise<number | null> => {
      const app = await waitForMark(page, 'app', 10_000);
      if (app === null) return null;
      await page.locator('input').first().fill('øster');
      return waitForMark(page, 'results', 10_000);
    };
    await page.goto(`${service.url}/tab/`, { waitUntil: 'commit' });
    const coldSearch = await search();
    const warm: number[] = [];
    for (let i = 0; i < options.warmRuns; i++) {
      await page.reload({ waitUntil: 'commit' });
      const ms = await search();
      if (ms !== null) warm.push(ms);
    }
    return {
      measured: 'search-results',
      url: '/tab/ (search "øster")',
      coldMs: coldSearch,
      warmMedianMs: median(warm),
      warmRuns: warm,
      note: 'the built tab has no company page: navigation start -> search box -> "øster" typed -> result list rendered (includes the 150 ms debounce)',
    };
  } finally {
    await browser?.close();
    await service.stop();
  }
}

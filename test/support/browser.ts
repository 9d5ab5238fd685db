import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/** Debian's Chromium driven by playwright-core; skips (or fails with REQUIRE_ALL=1) when absent. */
export async function launchOrSkip(context: Mocha.Context): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.REQUIRE_ALL === '1')
      throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    context.skip();
  }
  return withShiftedClock(await chromium.launch({ executablePath: CHROMIUM, args: FLAGS }));
}

/**
 * `npm run test:times` (test/support/shift-clock.mjs) moves the test process's clock; pages must see
 * the same "now" and time zone, or a page and the service it talks to disagree about today.
 */
function withShiftedClock(browser: Browser): Browser {
  const offset = Number(process.env.KONTAKTSPOR_CLOCK_OFFSET_MS ?? '');
  if (!Number.isFinite(offset) || offset === 0) return browser;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options = {}) => {
    const context = await newContext({ ...(process.env.TZ && { timezoneId: process.env.TZ }), ...options });
    await context.addInitScript({ content: shiftPageClock(offset) });
    return context;
  };
  browser.newPage = async (options = {}) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // As Browser.newPage does: the context lives as long as its page.
    page.once('close', () => void context.close().catch(() => undefined));
    return page;
  };
  return browser;
}

/** Runs in the page before its own scripts: the same shift as shift-clock.mjs (a string, so no transpiler helper leaks in). */
function shiftPageClock(offset: number): string {
  return `(() => {
    const RealDate = Date;
    const now = () => RealDate.now() + ${offset};
    function ShiftedDate(...args) {
      if (!new.target) return new RealDate(now()).toString();
      return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
    }
    ShiftedDate.prototype = RealDate.prototype;
    ShiftedDate.now = now;
    ShiftedDate.parse = RealDate.parse;
    ShiftedDate.UTC = RealDate.UTC;
    globalThis.Date = ShiftedDate;
  })();`;
}

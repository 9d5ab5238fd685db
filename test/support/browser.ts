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
    if (process.env.REQUIRE_ALL === '1') throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    context.skip();
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

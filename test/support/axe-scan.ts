import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let axeSource: Promise<string> | null = null;

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations as
 * "rule (impact): selectors". axe-core is a pinned devDependency: a missing copy is a broken
 * install, so this throws rather than skips.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: an inline <script> tag would be refused by the page's script-src.
  await page.evaluate(await axeSource);
  // Fluent's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> sentinels around
  // arrow-key groups such as the TabList; they hand focus on at once. Axe's aria-hidden-focus flags them:
  // a known false positive (microsoft/tabster#288; Accessibility Insights suppresses it the same way).
  // Only those nodes are set aside; any other node of any serious or critical rule counts.
  return page.evaluate<string[]>(`axe.run().then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

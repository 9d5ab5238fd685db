// `npm run copies`: the copy-paste detector (jscpd) over the product code. Fails when the share of duplicated lines
// passes the threshold, or when any clone joins the add-in and the tab: what both front ends need lives in web-shared/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Percent of duplicated lines allowed; lower it as clones go, never raise it to let one in. */
const THRESHOLD_PERCENT = 0.1;

const out = mkdtempSync(join(tmpdir(), 'jscpd-'));
try {
  const run = spawnSync('npx', ['jscpd', '--config', '.jscpd.json', '--reporters', 'json', '--output', out], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`jscpd exited with ${run.status}`);
  }
  const report = JSON.parse(readFileSync(join(out, 'jscpd-report.json'), 'utf8'));
  const frontEndOf = (file) => ['addin/', 'tab/'].find((prefix) => file.startsWith(prefix));
  const crossFrontEnd = report.duplicates.filter((clone) => {
    const [a, b] = [frontEndOf(clone.firstFile.name), frontEndOf(clone.secondFile.name)];
    return a && b && a !== b;
  });
  const percent = report.statistics.total.percentage;
  for (const clone of report.duplicates) {
    const where = (side) => `${side.name}:${side.start}-${side.end}`;
    console.log(`clone ${where(clone.firstFile)} ~ ${where(clone.secondFile)} (${clone.lines} lines)`);
  }
  console.log(`copies: ${report.duplicates.length} clones, ${percent}% of lines (threshold ${THRESHOLD_PERCENT}%)`);
  const failures = [];
  if (percent > THRESHOLD_PERCENT) failures.push(`duplicated lines ${percent}% > ${THRESHOLD_PERCENT}%`);
  if (crossFrontEnd.length > 0) failures.push(`${crossFrontEnd.length} clones between addin/ and tab/`);
  if (failures.length > 0) {
    console.log(`copies: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

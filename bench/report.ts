/** The benchmark's results as JSON and as a markdown report (tables, targets, plans, machine). */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MeasuredRun, LoadOutcome, RunPlan } from './load.js';
import type { GenerationReport } from './generate/fixtures.js';
import type { ExplainedStatement } from './explain.js';
import type { MirrorCheck } from './sql-mirror-check.js';
import type { BundleSize, PageTiming } from './front-ends.js';
import type { Scenario } from './scenarios.js';
import { bigSeqScans } from './explain.js';
import { statementName } from './raw-queries.js';

export interface MachineFacts {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  database: string;
  databaseSettings?: Record<string, string>;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
}

export interface BenchResults {
  date: string;
  profile: string;
  quick: boolean;
  plan: RunPlan;
  machine: MachineFacts;
  generation: GenerationReport;
  scenarios: { name: string; title: string; target?: string }[];
  load: LoadOutcome | null;
  explain: ExplainedStatement[];
  mirror: MirrorCheck[];
  bundles: BundleSize[];
  tab: PageTiming | { error: string } | null;
  seconds: Record<string, number>;
}

export function machineFacts(database: string, settings?: Record<string, string>): MachineFacts {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    database,
    ...(settings && { databaseSettings: settings }),
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

export function pgliteVersion(): string {
  try {
    const file = fileURLToPath(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url));
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '(version unknown)';
  }
}

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined
    ? '–'
    : value >= 100
      ? Math.round(value).toLocaleString('en')
      : value.toFixed(digits);
const fmtRps = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '–'
    : value < 10
      ? value.toFixed(value < 1 ? 2 : 1)
      : Math.round(value).toLocaleString('en');
const ratioText = (value: number | null) => (value === null ? '–' : `×${value.toFixed(2)}`);

function loadTable(runs: readonly MeasuredRun[], titles: Map<string, string>): string {
  const lines = [
    '| scenario | conns | p50 ms | p99 ms | req/s | raw p50 ms | raw p99 ms | raw req/s | API/raw p50 | raw/API req/s | notes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const run of runs) {
    const notes: string[] = [];
    const non2xx = Object.entries(run.api.statuses).filter(([status]) => !status.startsWith('2'));
    if (non2xx.length) notes.push(`non-2xx ${non2xx.map(([s, n]) => `${s}×${n}`).join(' ')}`);
    if (run.api.errors) notes.push(`${run.api.errors} errors`);
    // autocannon counts only answers that arrive inside the measured window.
    if (run.api.rps === 0) notes.push('no answer completed inside the measured window: each took longer than the run');
    if (run.scenario === 'log-email')
      notes.push(
        `201×${run.api.statuses['201'] ?? 0}${run.api.statuses['200'] ? `, already-logged×${run.api.statuses['200']}` : ''}`,
      );
    if (run.connector) notes.push(`${run.connector.cardsPerTurn} cards/turn`);
    if (run.limited) notes.push(run.limited);
    if (run.backgroundCpu >= 0.2) notes.push(`other work used ${Math.round(run.backgroundCpu * 100)}% CPU just before`);
    lines.push(
      `| ${run.scenario} | ${run.connections} | ${fmt(run.api.latency.p50)} | ${fmt(run.api.latency.p99)} | ${fmtRps(run.api.rps)} | ${fmt(run.raw?.latency.p50)} | ${fmt(run.raw?.latency.p99)} | ${fmtRps(run.raw?.rps)} | ${ratioText(run.ratioP50)} | ${ratioText(run.ratioRps)} | ${notes.join('; ')} |`,
    );
  }
  const legend = [...titles.entries()].map(([name, title]) => `- **${name}**: ${title}`).join('\n');
  return `${lines.join('\n')}\n\n${legend}`;
}

/** Each target, judged at 16 connections (or the nearest measured count). */
function targetTable(results: BenchResults, scenarios: readonly Scenario[]): string {
  const runs = results.load?.runs ?? [];
  const at16 = (name: string) => {
    const mine = runs.filter((r) => r.scenario === name);
    return (
      mine.find((r) => r.connections === 16) ??
      mine.sort((a, b) => Math.abs(a.connections - 16) - Math.abs(b.connections - 16))[0]
    );
  };
  const lines = ['| target | scenario | measured (16 conns) | met |', '|---|---|---|---|'];
  for (const scenario of scenarios) {
    const target = scenario.target;
    const run = at16(scenario.name);
    if (!target || !run) continue;
    const single = runs.find((r) => r.scenario === scenario.name && r.connections === 1);
    const checks: { text: string; ok: boolean }[] = [];
    if (target.p99 !== undefined) {
      const alone = single && single !== run ? ` (1 conn: ${fmt(single.api.latency.p99)} ms)` : '';
      checks.push({ text: `p99 ${fmt(run.api.latency.p99)} ms${alone}`, ok: run.api.latency.p99 <= target.p99 });
    }
    if (target.rps !== undefined) checks.push({ text: `${fmtRps(run.api.rps)} req/s`, ok: run.api.rps >= target.rps });
    if (target.ratio !== undefined && run.ratioP50 !== null) {
      const worst = Math.max(
        ...runs.filter((r) => r.scenario === scenario.name && r.ratioP50 !== null).map((r) => r.ratioP50!),
      );
      checks.push({ text: `API/raw p50 ≤ ×${worst.toFixed(2)} (all conns)`, ok: worst <= target.ratio });
    }
    if (checks.length === 0) continue;
    lines.push(
      `| ${target.text} | ${scenario.name} (c=${run.connections}) | ${checks.map((c) => c.text).join(', ')} | ${checks.every((c) => c.ok) ? 'yes' : 'no'} |`,
    );
  }
  const addin = results.bundles.find((b) => b.frontEnd === 'addin');
  if (addin)
    lines.push(
      `| add-in bundle ≤ 250 KB gz | addin | ${(addin.gzipBytes / 1000).toFixed(1)} KB gz | ${addin.gzipBytes <= 250_000 ? 'yes' : 'no'} |`,
    );
  const tab = results.tab;
  if (tab && !('error' in tab)) {
    lines.push(
      `| company page rendered ≤ 1 s | tab ${tab.measured === 'company-page' ? 'company page' : 'search results (no company page in the build)'} | cold ${tab.coldMs ?? '–'} ms, warm ${tab.warmMedianMs ?? '–'} ms | ${tab.coldMs !== null && tab.coldMs <= 1000 ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}

function explainTable(statements: readonly ExplainedStatement[]): string {
  const lines = [
    '| scenario | statement | exec ms | buffers hit/read | indexes | seq scans |',
    '|---|---|---:|---:|---|---|',
  ];
  for (const s of statements) {
    const scans = s.seqScans.map((scan) => `${scan.relation} (${scan.rows.toLocaleString('en')} rows)`).join(', ');
    lines.push(
      `| ${s.scenario} | ${statementName(s.sql)} | ${s.timedOut ? '> ' : ''}${fmt(s.executionMs, 2)} | ${s.sharedHit}/${s.sharedRead} | ${s.indexes.join(', ') || '–'} | ${scans || '–'} |`,
    );
  }
  return lines.join('\n');
}

export function markdownReport(results: BenchResults, scenarios: readonly Scenario[]): string {
  const m = results.machine;
  const g = results.generation;
  const rows = Object.entries(g.fixtures.rows)
    .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
    .join(', ');
  const titles = new Map(scenarios.map((s) => [s.name, s.title]));
  const sections: string[] = [];
  sections.push(`# Kontaktspor benchmark: ${results.profile}${results.quick ? ' (quick)' : ''}, ${results.date}`);
  sections.push(
    [
      `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.database}` +
        (m.databaseSettings
          ? ` (${Object.entries(m.databaseSettings)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ')})`
          : ''),
      `- Load average at start ${m.loadAverageAtStart.join(' / ')}${m.loadAverageAtEnd ? `, at end ${m.loadAverageAtEnd.join(' / ')}` : ''}`,
      `- Data (seed ${g.fingerprint.seed}, ends ${g.fixtures.anchor.slice(0, 10)}): ${rows}`,
      `- Heavy companies: ${g.fixtures.heavy.map((h) => `${h.name} ${h.interactions.toLocaleString('en')}`).join(', ')}`,
      g.reused
        ? `- Generation: reused (took ${g.seconds.total}s when generated: rows ${g.seconds.load}s, indexes ${g.seconds['create-indexes']}s, vacuum analyze ${g.seconds['vacuum-analyze']}s)`
        : `- Generation: ${g.seconds.total}s (rows ${g.seconds.load}s, indexes ${g.seconds['create-indexes']}s, vacuum analyze ${g.seconds['vacuum-analyze']}s)`,
      `- Each run: ${results.plan.warmupSec}s warm-up, ${results.plan.durationSec}s measured; autocannon in its own process; raw = the same SQL via \`pg\` (pool = connections) in another process. Service pool: 10 connections.`,
    ].join('\n'),
  );
  if (results.load) {
    sections.push(`## Load\n\n${loadTable(results.load.runs, titles)}`);
    sections.push(`## Targets\n\n${targetTable(results, scenarios)}`);
    if (results.load.diagnostics.length) {
      const lines = results.load.diagnostics.map(
        (d) =>
          `- ${d.label}, ${d.connections} conns: p50 ${fmt(d.raw.latency.p50)} ms, p99 ${fmt(d.raw.latency.p99)} ms, ${fmtRps(d.raw.rps)} req/s`,
      );
      sections.push(`## Diagnostics\n\n${lines.join('\n')}`);
    }
    const skipped = Object.entries(results.load.skipped ?? {});
    if (skipped.length)
      sections.push(`## Not loaded\n\n${skipped.map(([name, why]) => `- ${name}: ${why}`).join('\n')}`);
    const failed = Object.entries(results.load.sanity).filter(([, problem]) => problem);
    if (failed.length)
      sections.push(
        `## Answers that looked wrong\n\n${failed.map(([name, problem]) => `- ${name}: ${problem}`).join('\n')}`,
      );
  }
  if (results.explain.length) {
    const scans = bigSeqScans(results.explain);
    sections.push(
      `## Query plans (EXPLAIN ANALYZE, BUFFERS)\n\n${explainTable(results.explain)}\n\n` +
        (scans.length
          ? `Sequential scans on big tables: ${scans.map((s) => `${s.scenario} ${statementName(s.sql)} -> ${s.relation}${s.scans > 1 ? ` ×${s.scans}` : ''} (${s.rows.toLocaleString('en')} rows, ${s.executionMs} ms)`).join('; ')}`
          : 'No sequential scan on a big table.'),
    );
  }
  if (results.mirror.length) {
    const drift = results.mirror.filter((c) => !c.inSync);
    const unchecked = results.mirror.filter((c) => c.skipped);
    sections.push(
      `## Raw SQL mirror\n\n${drift.length === 0 ? `raw-queries.ts matches the store's SQL for all ${results.mirror.length - unchecked.length} read scenarios compared.` : drift.map((c) => `- ${c.scenario}: store only ${JSON.stringify(c.onlyInStore)}; copy only ${JSON.stringify(c.onlyInCopy)}`).join('\n')}` +
        unchecked.map((c) => `\n- ${c.scenario}: ${c.skipped}`).join(''),
    );
  }
  if (results.bundles.length || results.tab) {
    const lines = results.bundles.map(
      (b) =>
        `- ${b.frontEnd}: ${(b.gzipBytes / 1000).toFixed(1)} KB gzipped JS (${(b.rawBytes / 1000).toFixed(0)} KB raw, ${b.files.length} files; largest ${b.files[0]?.name} ${((b.files[0]?.gzipBytes ?? 0) / 1000).toFixed(1)} KB)${b.staleSources ? ' — built before the latest source change' : ''}`,
    );
    const tab = results.tab;
    if (tab && 'error' in tab) lines.push(`- tab timing: ${tab.error}`);
    else if (tab)
      lines.push(
        `- tab ${tab.url}: cold ${tab.coldMs ?? '–'} ms, warm median ${tab.warmMedianMs ?? '–'} ms (${tab.warmRuns.join(', ')})${tab.headerColdMs ? `, header alone ${tab.headerColdMs} ms` : ''}; ${tab.note}`,
      );
    sections.push(`## Front ends\n\n${lines.join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}

/** The register import bench's results: the JSON kept beside the markdown, and the markdown itself. */
import type { MachineFacts } from '../report.js';
import type { CopyResult } from './copy-baseline.js';
import type { RegisterFile } from './register-files.js';
import type { BatchTiming } from './timed-register.js';

export interface RunMeasure {
  ms: number;
  /** Documents (lines) the run read. */
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedReasons: Record<string, number>;
  batches: BatchTiming[];
}

export interface RegisterBenchResults {
  date: string;
  machine: MachineFacts;
  database: 'PostgreSQL' | 'PGlite';
  fallbackReason: string | null;
  seed: number;
  generatedLegalUnits: number;
  batchSize: number;
  file: RegisterFile;
  generateMs: number;
  expectedCompanies: number;
  storedRows: Record<string, number>;
  firstImport: RunMeasure;
  copy: CopyResult;
  secondImport: RunMeasure;
  syncFile: RegisterFile;
  sync: RunMeasure;
  renamedStored: number;
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const n = (value: number) => value.toLocaleString('en');

export function companiesOf(run: RunMeasure): number {
  return run.created + run.updated + run.unchanged;
}

/** Where a run's time went: the source's batches against the store's transactions. */
export function profileOf(run: RunMeasure) {
  const sum = (pick: (b: BatchTiming) => number) => run.batches.reduce((total, b) => total + pick(b), 0);
  const first = run.batches[0]?.sourceMs ?? 0;
  const transactionMs = sum((b) => b.transactionMs);
  const applyMs = sum((b) => b.applyMs);
  const lookupMs = sum((b) => b.lookupMs);
  const applies = run.batches.filter((b) => b.applyMs > 0).map((b) => b.applyMs);
  applies.sort((a, b) => a - b);
  return {
    batches: run.batches.length,
    sourceFirstMs: first,
    sourceRestMs: sum((b) => b.sourceMs) - first,
    transactionMs,
    applyMs,
    lookupMs,
    lookups: sum((b) => b.lookups),
    otherInTransactionMs: transactionMs - applyMs - lookupMs,
    outsideMs: run.ms - sum((b) => b.sourceMs) - transactionMs,
    applyMedianMs: applies[Math.floor(applies.length / 2)] ?? 0,
    applyMaxMs: applies.at(-1) ?? 0,
  };
}

/** Rows the import left in the three tables the COPY writes too. */
export function storedTotal(r: RegisterBenchResults): number {
  return Object.values(r.storedRows).reduce((sum, rows) => sum + rows, 0);
}

export function summaryRows(r: RegisterBenchResults): string[][] {
  const copyRatio = r.firstImport.ms / r.copy.ms;
  return [
    ['step', 'rows / documents', 'seconds', 'per second', 'outcome'],
    [
      'import (empty store)',
      `${n(companiesOf(r.firstImport))} companies from ${n(r.firstImport.documents)} documents`,
      seconds(r.firstImport.ms),
      `${n(perSecond(companiesOf(r.firstImport), r.firstImport.ms))} companies/s, ${n(perSecond(r.firstImport.documents, r.firstImport.ms))} docs/s, ${n(perSecond(storedTotal(r), r.firstImport.ms))} rows/s`,
      `created ${n(r.firstImport.created)}, updated ${r.firstImport.updated}, unchanged ${r.firstImport.unchanged}, rejected ${n(r.firstImport.rejected)}`,
    ],
    [
      'plain COPY of the same rows',
      `${n(r.copy.totalRows)} rows (${Object.entries(r.copy.rows)
        .map(([t, c]) => `${t} ${n(c)}`)
        .join(', ')})`,
      seconds(r.copy.ms),
      `${n(perSecond(r.copy.totalRows, r.copy.ms))} rows/s`,
      `import/COPY ×${copyRatio.toFixed(1)}`,
    ],
    [
      'import again (same file)',
      `${n(companiesOf(r.secondImport))} companies from ${n(r.secondImport.documents)} documents`,
      seconds(r.secondImport.ms),
      `${n(perSecond(companiesOf(r.secondImport), r.secondImport.ms))} companies/s, ${n(perSecond(r.secondImport.documents, r.secondImport.ms))} docs/s`,
      `created ${r.secondImport.created}, updated ${r.secondImport.updated}, unchanged ${n(r.secondImport.unchanged)}`,
    ],
    [
      'sync of renamed companies',
      `${n(r.syncFile.legalUnits)} legal units + ${n(r.syncFile.productionUnits)} P-units`,
      seconds(r.sync.ms),
      `${n(perSecond(r.sync.documents, r.sync.ms))} docs/s, ${n(perSecond(companiesOf(r.sync), r.sync.ms))} companies/s`,
      `created ${r.sync.created}, updated ${n(r.sync.updated)}, unchanged ${r.sync.unchanged}; new names stored ${n(r.renamedStored)}`,
    ],
  ];
}

function table(rows: string[][]): string {
  const [head, ...body] = rows as [string[], ...string[][]];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 2 || i === 3 ? '---:' : '---')).join('|')}|`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function profileTable(r: RegisterBenchResults): string {
  const lines = [
    '| run | batches | source: first batch (whole file read, joined, mapped) | source: later batches | transactions | of which applyRegisterCompanies | of which CVR look-ups | rest of transactions (row mapping, sync state, commit) | apply per batch median / max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, run] of [
    ['import', r.firstImport],
    ['import again', r.secondImport],
    ['sync', r.sync],
  ] as const) {
    const p = profileOf(run);
    lines.push(
      `| ${name} | ${p.batches} | ${seconds(p.sourceFirstMs)} s | ${seconds(p.sourceRestMs)} s | ${seconds(p.transactionMs)} s | ${seconds(p.applyMs)} s | ${seconds(p.lookupMs)} s (${n(p.lookups)}) | ${seconds(p.otherInTransactionMs)} s | ${Math.round(p.applyMedianMs)} / ${Math.round(p.applyMaxMs)} ms |`,
    );
  }
  return lines.join('\n');
}

export function summaryText(r: RegisterBenchResults): string {
  const widths = summaryRows(r)[0]!.map((_, i) => Math.max(...summaryRows(r).map((row) => row[i]!.length)));
  return summaryRows(r)
    .map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '))
    .join('\n');
}

export function registerMarkdown(r: RegisterBenchResults, findings: readonly string[]): string {
  const m = r.machine;
  const reasons = Object.entries(r.firstImport.rejectedReasons)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${n(count)} × ${reason}`)
    .join('; ');
  return `# CVR register import at scale, ${r.date}

- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.database}${
    m.databaseSettings
      ? ` (${Object.entries(m.databaseSettings)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')})`
      : ''
  }
- Load average at start ${m.loadAverageAtStart.join(' / ')}${m.loadAverageAtEnd ? `, at end ${m.loadAverageAtEnd.join(' / ')}` : ''}
- Store: ${r.database}${r.fallbackReason ? ` (${r.fallbackReason})` : ', a fresh schema dropped afterwards'}
- Register file: generateMunicipality({ seed: ${r.seed}, legalUnits: ${n(r.generatedLegalUnits)} }) = ${n(r.file.legalUnits)} legal units and ${n(r.file.productionUnits)} P-units, ${n(r.file.legalUnits + r.file.productionUnits)} NDJSON lines, ${(r.file.bytes / 2 ** 20).toFixed(0)} MiB (generated and written in ${seconds(r.generateMs)} s); ${n(r.expectedCompanies)} legal units have an active P-unit in municipality 265 and are what a correct import creates
- Read through createNdjsonFileSource, written by importRegister / syncRegister in batches of ${r.batchSize}
- Stored after the import: ${Object.entries(r.storedRows)
    .map(([t, c]) => `${t} ${n(c)}`)
    .join(', ')}

## Results

${table(summaryRows(r))}

- Import rejections: ${reasons || 'none'}
- COPY baseline: ${r.copy.method}${r.copy.bytes ? `, ${(r.copy.bytes / 2 ** 20).toFixed(1)} MiB of COPY text` : ''}; into empty copies of the three tables (\`like ... including all\`: indexes, defaults and checks; no foreign keys), rows read and formatted before the clock starts.
- Sync: ${n(r.syncFile.legalUnits)} legal units renamed (old name closed, new one current, \`sidstOpdateret\` an hour after the register's "now", so after the import's watermark), written with their P-units to a second file; syncRegister runs on the state the import left.

## Where the time goes

${profileTable(r)}

"Source" is the time spent waiting for the next batch from the file source; its first batch includes both passes over the whole file (P-units, then legal units, mapped). "Transactions" is each batch's \`withTransaction\`.

${findings.map((line) => `- ${line}`).join('\n')}
`;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every read statement of the raw baseline, on the generated data:
 * which indexes each uses, and every sequential scan (the hot paths must not scan interactions or
 * companies). Statements run once more for real so the endpoint's later steps see real results.
 */
import type { SqlRunner } from './bench-target.js';
import { runRaw, P_NUMBER, type Exec, type RawCall } from './raw-queries.js';
import type { Scenario } from './scenarios.js';
import type { Fixtures } from './generate/fixtures.js';

export interface ExplainedStatement {
  scenario: string;
  /** The statement, whitespace collapsed. */
  sql: string;
  executionMs: number;
  planningMs: number;
  /** Index names the plan uses. */
  indexes: string[];
  seqScans: { relation: string; rows: number; filter?: string }[];
  sharedHit: number;
  sharedRead: number;
  text: string;
  json: unknown;
  /** Cancelled by the --quick statement timeout: executionMs is a lower bound. */
  timedOut?: boolean;
}

const SLOW_MS = 1_000;
const BIG_TABLES = new Set([
  'interactions',
  'companies',
  'contacts',
  'company_domains',
  'interaction_loggers',
  'vacancies',
  'vacancy_events',
]);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Filter?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const collapse = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** Explains each SELECT an endpoint issues (writes are skipped: EXPLAIN ANALYZE would perform them). */
export async function explainScenarios(
  runner: SqlRunner,
  scenarios: readonly Scenario[],
  fixtures: Fixtures,
  options: { timeoutMs?: number } = {},
): Promise<ExplainedStatement[]> {
  const out: ExplainedStatement[] = [];
  const seen = new Set<string>();
  // --quick: a statement slower than this is recorded as "timed out" instead of waited for.
  if (options.timeoutMs) await runner.query(`set statement_timeout = ${Math.round(options.timeoutMs)}`);
  const explainOne = async (
    scenario: string,
    text: string,
    values: readonly unknown[],
  ): Promise<ExplainedStatement> => {
    let row: { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }] } | undefined;
    try {
      [row] = await runner.query<{
        'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }];
      }>(`explain (analyze, buffers, format json) ${text}`, values);
    } catch (error) {
      if ((error as { code?: string }).code !== '57014') throw error;
      const timedOut: ExplainedStatement = {
        scenario,
        sql: collapse(text),
        executionMs: options.timeoutMs!,
        planningMs: 0,
        indexes: [],
        seqScans: [],
        sharedHit: 0,
        sharedRead: 0,
        text: `(cancelled after ${options.timeoutMs} ms)`,
        json: null,
        timedOut: true,
      };
      out.push(timedOut);
      return timedOut;
    }
    const plan = row!['QUERY PLAN'][0];
    // The readable plan too, unless the statement is slow enough that once was plenty.
    const textPlan =
      plan['Execution Time'] < SLOW_MS
        ? await runner.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, buffers, costs off, timing off) ${text}`,
            values,
          )
        : [{ 'QUERY PLAN': '(slow statement: see the JSON plan)' }];
    const indexes = new Set<string>();
    const seqScans: ExplainedStatement['seqScans'] = [];
    walk(plan.Plan, (node) => {
      if (node['Index Name']) indexes.add(node['Index Name']);
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) {
        seqScans.push({
          relation: node['Relation Name'],
          // Rows read, not rows kept: what the scan cost.
          rows: ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1),
          ...(node.Filter && { filter: node.Filter }),
        });
      }
    });
    const explained: ExplainedStatement = {
      scenario,
      sql: collapse(text),
      executionMs: Math.round(plan['Execution Time'] * 100) / 100,
      planningMs: Math.round(plan['Planning Time'] * 100) / 100,
      indexes: [...indexes],
      seqScans,
      sharedHit: plan.Plan['Shared Hit Blocks'] ?? 0,
      sharedRead: plan.Plan['Shared Read Blocks'] ?? 0,
      text: textPlan.map((r) => r['QUERY PLAN']).join('\n'),
      json: plan,
    };
    out.push(explained);
    return explained;
  };

  for (const scenario of scenarios) {
    if (!scenario.raw) continue;
    // One statement at a time on the one connection, though the endpoint runs some in parallel.
    let queue: Promise<unknown> = Promise.resolve();
    const exec: Exec = (text, values) => {
      const step = queue.then(async () => {
        if (!/^\s*(select|with)\b/i.test(text)) return [];
        const key = `${scenario.name}|${collapse(text)}`;
        if (!seen.has(key)) {
          seen.add(key);
          const explained = await explainOne(scenario.name, text, values);
          // A slow statement's rows are not needed by the later steps (KPI): do not run it a third time.
          if (explained.executionMs >= SLOW_MS) return [];
        }
        return runner.query(text, values);
      });
      queue = step.catch(() => undefined);
      return step;
    };
    await runRaw(exec, scenario.raw as RawCall);
  }
  // Not a load scenario, but a search path staff use: P-numbers.
  await explainOne('search-p-number', P_NUMBER, [fixtures.tenantId, fixtures.pNumber, 20]);
  if (options.timeoutMs) await runner.query(`reset statement_timeout`);
  return out;
}

/** Sequential scans over the big tables, worth an index: one line per statement and table (a table scanned in several subplans is summed). */
export function bigSeqScans(statements: readonly ExplainedStatement[]) {
  const out: { scenario: string; sql: string; executionMs: number; relation: string; rows: number; scans: number }[] =
    [];
  for (const s of statements) {
    for (const scan of s.seqScans.filter((candidate) => BIG_TABLES.has(candidate.relation))) {
      const same = out.find((o) => o.scenario === s.scenario && o.sql === s.sql && o.relation === scan.relation);
      if (same) {
        same.rows += scan.rows;
        same.scans += 1;
      } else
        out.push({
          scenario: s.scenario,
          sql: s.sql,
          executionMs: s.executionMs,
          relation: scan.relation,
          rows: scan.rows,
          scans: 1,
        });
    }
  }
  return out;
}

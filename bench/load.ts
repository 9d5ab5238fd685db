/**
 * The load stage: the service started as in production (`startService(loadConfig(...))`, demo
 * identity allowed), autocannon in a forked process at each connection count, and the raw SQL
 * baseline (raw-runner.ts, another forked process) for every read at the same concurrency and
 * duration. On PostgreSQL each API run is followed by its raw run; PGlite is one in-process
 * database, so its raw runs all happen before the service opens it.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { startService, type RunningService } from '../src/main.js';
import { loadConfig } from '../src/config.js';
import { encodeCursor } from '../src/app/timeline-cursor.js';
import { buildMessage, recipient } from '../src/demo/emulators/graph-emulator.js';
import { forkBenchChild, type Child, type RunResult } from './child-process.js';
import { pgRunner, pgliteRunner, type BenchTarget, type SqlRunner } from './bench-target.js';
import type { HttpJob } from './autocannon-runner.js';
import type { RawJob } from './raw-runner.js';
import type { Fixtures } from './generate/fixtures.js';
import type { Scenario, ScenarioInputs } from './scenarios.js';

export interface RunPlan {
  connections: number[];
  durationSec: number;
  warmupSec: number;
  /** How long to wait, at most, for other work on the machine to calm down before a run. */
  quietWaitSec: number;
}

export interface MeasuredRun {
  scenario: string;
  connections: number;
  /** Set when the scenario ran in a reduced form, and why. */
  limited?: string;
  /** Share of both cores busy with other work just before the run (other sessions, builds). */
  backgroundCpu: number;
  api: RunResult;
  raw: RunResult | null;
  /** API p50 / raw p50. */
  ratioP50: number | null;
  /** raw req/s / API req/s. */
  ratioRps: number | null;
  /** Bot scenarios: what reached the connector per turn. */
  connector?: { postsPerTurn: number; cardsPerTurn: number };
}

export interface LoadOutcome {
  runs: MeasuredRun[];
  /** Extra raw runs that explain a cost (e.g. the audit insert of every read). */
  diagnostics: { scenario: string; label: string; connections: number; raw: RunResult }[];
  /** Per scenario: null when one real answer looked right, else what was wrong. */
  sanity: Record<string, string | null>;
  /** Scenarios not loaded, and why. */
  skipped?: Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Busy share of all cores over a short window, from /proc/stat (0..1); null where there is none. */
async function cpuBusy(windowMs = 300): Promise<number | null> {
  const read = async () => {
    const { readFile } = await import('node:fs/promises');
    const fields = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + (fields[4] ?? 0);
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  try {
    const a = await read();
    await sleep(windowMs);
    const b = await read();
    return Math.round((1 - (b.idle - a.idle) / Math.max(1, b.total - a.total)) * 100) / 100;
  } catch {
    return null;
  }
}

/**
 * Other sessions share this machine (builds, test suites). Before a run, wait a while for their
 * CPU use to drop below 30% of the cores; return what it was when the run started.
 */
async function quietMachine(log: (line: string) => void, limitSec: number): Promise<number> {
  let busy = (await cpuBusy()) ?? 0;
  const started = Date.now();
  while (busy >= 0.3 && Date.now() - started < limitSec * 1000) {
    await sleep(1_500);
    busy = (await cpuBusy()) ?? 0;
  }
  const waited = Date.now() - started;
  if (waited > 1_000)
    log(
      `  (waited ${(waited / 1000).toFixed(0)} s for other work on the machine; ${Math.round(busy * 100)}% busy at start)`,
    );
  return busy;
}

/** Waits until no statement runs on the bench database (requests abandoned at the end of a run finish first). */
async function waitForQuiet(monitor: SqlRunner | null, limitMs = 120_000): Promise<number> {
  if (!monitor) return 0;
  const started = Date.now();
  for (;;) {
    const [row] = await monitor.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    if (!row || row.n === 0 || Date.now() - started > limitMs) return Date.now() - started;
    await sleep(100);
  }
}

/** How a scenario is run, given one request's database time (from EXPLAIN): slow reads run alone. */
export function shapeFor(
  estimateMs: number | undefined,
  plan: RunPlan,
): { connections: number[]; amount?: number; warmup: boolean; limited?: string } {
  if (estimateMs === undefined || estimateMs < 200) return { connections: plan.connections, warmup: true };
  const why = `one request spends ~${Math.round(estimateMs).toLocaleString('en')} ms in the database: 1 connection only`;
  if (estimateMs < 1_000) return { connections: [1], warmup: true, limited: why };
  const amount = Math.max(1, Math.min(3, Math.floor(15_000 / estimateMs)));
  return {
    connections: [1],
    amount,
    warmup: estimateMs < 5_000,
    limited: `${why}, ${amount} request${amount > 1 ? 's' : ''}`,
  };
}

const LOG_SOURCE_PREFIX = 'bench-log-';

async function openRunner(target: BenchTarget): Promise<SqlRunner> {
  return target.kind === 'postgres' ? pgRunner(target.url) : pgliteRunner(target.dataDir);
}

/** Removes what earlier benchmark runs wrote (logged emails, audit rows), so each run starts alike. */
export async function resetRunState(target: BenchTarget, fixtures: Fixtures): Promise<void> {
  const runner = await openRunner(target);
  try {
    await runner.query(`delete from interactions where tenant_id = $1 and source_key like $2`, [
      fixtures.tenantId,
      `msg:${LOG_SOURCE_PREFIX}%`,
    ]);
    await runner.query(`truncate audit_log`);
    await runner.query(
      `delete from conversation_refs where tenant_id = $1 and conversation_id like 'a:bench-personal-%'`,
      [fixtures.tenantId],
    );
    if (target.kind === 'postgres') {
      await runner.query(`vacuum (analyze) interactions, interaction_loggers, audit_log, conversation_refs`);
      await runner.query(`checkpoint`);
    }
  } finally {
    await runner.close();
  }
}

/** A cursor `pages` pages of `pageSize` into the company's timeline, as the API would hand it out. */
export async function deepCursor(
  target: BenchTarget,
  fixtures: Fixtures,
  companyId: string,
  pages: number,
  pageSize = 25,
): Promise<ScenarioInputs['deepCursor']> {
  const runner = await openRunner(target);
  try {
    const [row] = await runner.query<{ occurred_at: Date; id: string }>(
      `select occurred_at, id from interactions where tenant_id = $1 and company_id = $2 order by occurred_at desc, id desc offset $3 limit 1`,
      [fixtures.tenantId, companyId, pages * pageSize - 1],
    );
    if (!row) throw new Error(`The company has fewer than ${pages * pageSize} contacts.`);
    const occurredAt = new Date(row.occurred_at);
    return {
      cursor: encodeCursor(companyId, { occurredAt, id: row.id }),
      occurredAt: occurredAt.toISOString(),
      id: row.id,
      pages,
    };
  } finally {
    await runner.close();
  }
}

/** Messages for the demo user's mailbox, each logged once by the log-email scenario. */
export function logMessages(fixtures: Fixtures, count: number, runId: string): MicrosoftGraph.Message[] {
  const me = { name: fixtures.demoStaff.name, address: fixtures.demoStaff.email };
  const sender = { name: fixtures.typical.contactName, address: fixtures.typical.contactEmail };
  const now = new Date();
  return Array.from({ length: count }, (_, i) =>
    buildMessage(
      {
        subject: `Kandidater til lageret ${i}`,
        from: recipient(sender),
        sender: recipient(sender),
        toRecipients: [recipient(me)],
        internetMessageId: `<${LOG_SOURCE_PREFIX}${runId}-${i}@${fixtures.typical.domain}>`,
        body: {
          contentType: 'html',
          content: `<html><body><p>Hej ${me.name.split(' ')[0]}</p><p>Vi mangler to lagermedarbejdere fra næste måned. Kan I sende kandidater?</p><p>Venlig hilsen<br>${sender.name}</p></body></html>`,
        },
      },
      { seed: `bench|${runId}|${i}`, mailboxId: fixtures.demoStaff.id, now },
    ),
  );
}

export interface LoadOptions {
  target: BenchTarget;
  fixtures: Fixtures;
  scenarios: Scenario[];
  messages: MicrosoftGraph.Message[];
  plan: RunPlan;
  connector: Child;
  /** Per scenario, the database time of one request (sum of its statements' EXPLAIN ANALYZE times). */
  estimates: Map<string, number>;
  log: (line: string) => void;
}

const ratio = (a: number, b: number) => (a > 0 && b > 0 ? Math.round((a / b) * 100) / 100 : null);

export async function runLoad(options: LoadOptions): Promise<LoadOutcome> {
  const { target, fixtures, scenarios, plan, log } = options;
  const loadGenerator = forkBenchChild('./autocannon-runner.ts');
  const rawGenerator = forkBenchChild('./raw-runner.ts');
  const runs: MeasuredRun[] = [];
  const diagnostics: LoadOutcome['diagnostics'] = [];
  const sanity: Record<string, string | null> = {};
  const shapeOf = (scenario: Scenario) => {
    const shape = shapeFor(options.estimates.get(scenario.name), plan);
    return scenario.connections ? { ...shape, connections: scenario.connections } : shape;
  };
  const connectionsOf = (scenario: Scenario) => shapeOf(scenario).connections;
  const rawJob = (scenario: Scenario, connections: number): RawJob => {
    const { amount, warmup } = shapeOf(scenario);
    return {
      type: 'raw',
      target,
      call: scenario.raw!,
      connections,
      durationSec: plan.durationSec,
      warmupSec: warmup ? plan.warmupSec : 0,
      ...(amount && { iterations: amount }),
    };
  };
  const monitor = target.kind === 'postgres' ? await pgRunner(target.url) : null;

  let service: RunningService | null = null;
  try {
    // PGlite: every raw run first, while nothing else has the database open.
    const rawFirst = new Map<string, RunResult>();
    if (target.kind === 'pglite') {
      for (const scenario of scenarios.filter((s) => s.raw)) {
        for (const connections of connectionsOf(scenario)) {
          const result = await rawGenerator.request<RunResult>(rawJob(scenario, connections));
          rawFirst.set(`${scenario.name}|${connections}`, result);
          log(
            `raw   ${scenario.name.padEnd(16)} c=${String(connections).padStart(2)}  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ${result.rps} req/s`,
          );
        }
      }
      await rawGenerator.request({ type: 'close' });
    }

    // Housekeeping off: decay and retention would rewrite the reused ten-year data set mid-run.
    const quiet = {
      PORT: '0',
      DEMO_SEED: 'false',
      LOG_LEVEL: 'warn',
      PRIVACY_JOB_INTERVAL_MINUTES: '0',
      VACANCY_DEADLINE_INTERVAL_MINUTES: '0',
    };
    const env =
      target.kind === 'postgres' ? { ...quiet, DATABASE_URL: target.url } : { ...quiet, DATA_DIR: target.dataDir };
    service = await startService(loadConfig(env));
    const graph = service.emulators?.graph;
    if (!graph) throw new Error('The service did not start in demo mode (no Graph emulator).');
    graph.addMailbox(
      {
        id: fixtures.demoStaff.id,
        userPrincipalName: fixtures.demoStaff.email,
        mail: fixtures.demoStaff.email,
        displayName: fixtures.demoStaff.name,
        department: 'Virksomhedsservice',
      },
      { messages: options.messages },
    );
    log(
      `service: ${service.url} (${target.kind}); ${options.messages.length.toLocaleString('en')} messages in the demo mailbox`,
    );

    for (const scenario of scenarios) {
      const shape = shapeOf(scenario);
      if (shape.limited) log(`${scenario.name}: ${shape.limited}`);
      if (!shape.amount) {
        // One real answer first: a benchmark of errors would be worthless. (Slow reads skip it: their
        // few measured requests are checked by status instead.)
        const probe = scenario.requests.at(-1)!;
        const before = await options.connector.request<{ posts: number; cards: number }>({ type: 'stats' });
        const response = await fetch(`${service.url}${probe.path}`, {
          method: probe.method,
          headers: probe.headers ?? {},
          ...(probe.body !== undefined && { body: probe.body }),
        });
        const text = await response.text();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: the check reports the status
        }
        sanity[scenario.name] = scenario.sanity({ status: response.status, body: parsed });
        if (scenario.name.startsWith('bot')) {
          const after = await options.connector.request<{ posts: number; cards: number }>({ type: 'stats' });
          if (after.cards - before.cards < 2)
            sanity[scenario.name] ??= `the connector received ${after.cards - before.cards} cards for one turn`;
        }
        if (sanity[scenario.name]) log(`check ${scenario.name}: ${sanity[scenario.name]}`);
      }
      for (const connections of shape.connections) {
        await waitForQuiet(monitor);
        const backgroundCpu = await quietMachine(log, plan.quietWaitSec);
        const connectorBefore = await options.connector.request<{ posts: number; cards: number }>({ type: 'stats' });
        const job: HttpJob = {
          type: 'http',
          url: service.url,
          requests: scenario.requests,
          connections,
          durationSec: plan.durationSec,
          warmupSec: shape.warmup ? plan.warmupSec : 0,
          timeoutSec: 120,
          rotationKey: scenario.name,
          ...(shape.amount && { amount: shape.amount }),
        };
        const api = await loadGenerator.request<RunResult>(job);
        const connectorAfter = await options.connector.request<{ posts: number; cards: number }>({ type: 'stats' });
        // /readyz queues behind the store's pending statements (PGlite's single connection, pg's pool):
        // its answer means the requests autocannon abandoned at the end of the run are done.
        const drainStart = Date.now();
        await fetch(`${service.url}/readyz`, { signal: AbortSignal.timeout(180_000) }).catch(() => undefined);
        const drained = Date.now() - drainStart + (await waitForQuiet(monitor));
        if (drained > 1_000)
          log(
            `  (requests abandoned at the end of the run kept the database busy for ${(drained / 1000).toFixed(1)} s)`,
          );
        let raw: RunResult | null = rawFirst.get(`${scenario.name}|${connections}`) ?? null;
        if (scenario.raw && target.kind === 'postgres')
          raw = await rawGenerator.request<RunResult>(rawJob(scenario, connections));
        const run: MeasuredRun = {
          scenario: scenario.name,
          connections,
          ...(shape.limited && { limited: shape.limited }),
          backgroundCpu,
          api,
          raw,
          ratioP50: raw ? ratio(api.latency.p50, raw.latency.p50) : null,
          ratioRps: raw ? ratio(raw.rps, api.rps) : null,
        };
        if (scenario.name.startsWith('bot')) {
          const turns =
            Object.values(api.statuses).reduce((a, b) => a + b, 0) + (api.warmupResponses ?? 0) + api.errors;
          if (turns > 0) {
            run.connector = {
              postsPerTurn: Math.round(((connectorAfter.posts - connectorBefore.posts) / turns) * 100) / 100,
              cardsPerTurn: Math.round(((connectorAfter.cards - connectorBefore.cards) / turns) * 100) / 100,
            };
          }
        }
        runs.push(run);
        const non2xx = Object.entries(api.statuses).filter(([status]) => !status.startsWith('2'));
        log(
          `${scenario.name.padEnd(16)} c=${String(connections).padStart(2)}  bg-cpu ${Math.round(backgroundCpu * 100)}%  API p50 ${api.latency.p50} ms  p99 ${api.latency.p99} ms  ${api.rps} req/s` +
            (raw
              ? `  | raw p50 ${raw.latency.p50} ms  p99 ${raw.latency.p99} ms  ${raw.rps} req/s  | API/raw p50 ×${run.ratioP50}`
              : '') +
            (non2xx.length || api.errors
              ? `  | non-2xx ${JSON.stringify(Object.fromEntries(non2xx))} errors ${api.errors}${api.firstError ? ` (${api.firstError})` : ''}`
              : ''),
        );
        await sleep(200);
      }
      if (target.kind === 'postgres') {
        for (const diagnostic of scenario.diagnostics ?? []) {
          await quietMachine(log, plan.quietWaitSec);
          const raw = await rawGenerator.request<RunResult>({ ...rawJob(scenario, 16), call: diagnostic.raw });
          diagnostics.push({ scenario: scenario.name, label: diagnostic.label, connections: 16, raw });
          log(`  ${diagnostic.label} c=16: p50 ${raw.latency.p50} ms  p99 ${raw.latency.p99} ms  ${raw.rps} req/s`);
        }
      }
    }
    return { runs, diagnostics, sanity };
  } finally {
    await monitor?.close();
    await service?.stop();
    await loadGenerator.stop();
    await rawGenerator.stop();
  }
}

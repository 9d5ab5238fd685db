/**
 * `npm run bench`: a municipality's history at scale, measured against the raw query.
 *
 *   npm run bench                         pg-large on PostgreSQL (PGlite profile when none answers)
 *   npm run bench -- --quick              fewer connections, short runs: a smoke test
 *   npm run bench -- --profile pglite-small | pg-small | pg-large
 *   options: --seed N  --regenerate  --only a,b  --connections 1,16,64  --duration S  --warmup S
 *            --skip-front-ends  --build-web  --skip-load
 *
 * Steps: generate (or reuse) the data, EXPLAIN every read, check the raw SQL copies against the
 * store, load (API and raw), front ends; then bench/results/<date>-<profile>.json and .md.
 * BENCH_DATABASE_URL points at another PostgreSQL database (it must be empty or a bench database).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { PROFILES, isProfileName, type Profile } from './profiles.js';
import { DEFAULT_ADMIN_URL, pgRunner, pgliteRunner, postgresReachable } from './bench-target.js';
import { defaultTarget } from './generate/database.js';
import { generate } from './generate/generate.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { explainScenarios, bigSeqScans, type ExplainedStatement } from './explain.js';
import { checkSqlMirror, type MirrorCheck } from './sql-mirror-check.js';
import { deepCursor, logMessages, resetRunState, runLoad, type RunPlan } from './load.js';
import { bundleSizes, timeTab } from './front-ends.js';
import { machineFacts, markdownReport, pgliteVersion, type BenchResults } from './report.js';
import { forkBenchChild } from './child-process.js';
import { statementName } from './raw-queries.js';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
/** --quick: reads whose one request takes longer are explained up to here and not loaded. */
const QUICK_SLOW_MS = 5_000;

interface Args {
  profile: Profile | null;
  quick: boolean;
  seed?: number;
  regenerate: boolean;
  only: string[] | null;
  connections?: number[];
  duration?: number;
  warmup?: number;
  frontEnds: boolean;
  buildWeb: boolean;
  load: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const profileName = value('--profile');
  if (profileName !== undefined && !isProfileName(profileName)) {
    throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(', ')}`);
  }
  const numbers = (text: string | undefined) =>
    text
      ?.split(',')
      .map(Number)
      .filter((n) => Number.isFinite(n) && n > 0);
  return {
    profile: profileName ? PROFILES[profileName] : null,
    quick: argv.includes('--quick'),
    ...(value('--seed') && { seed: Number(value('--seed')) }),
    regenerate: argv.includes('--regenerate'),
    only: value('--only')?.split(',') ?? null,
    ...(value('--connections') && { connections: numbers(value('--connections')) }),
    ...(value('--duration') && { duration: Number(value('--duration')) }),
    ...(value('--warmup') && { warmup: Number(value('--warmup')) }),
    frontEnds: !argv.includes('--skip-front-ends'),
    buildWeb: argv.includes('--build-web'),
    load: !argv.includes('--skip-load'),
  };
}

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const began = performance.now();
  const seconds: Record<string, number> = {};
  const lap = (name: string, since: number) => (seconds[name] = Math.round(performance.now() - since) / 1000);

  const profile =
    args.profile ??
    ((await postgresReachable(process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL))
      ? PROFILES['pg-large']
      : PROFILES['pglite-small']);
  const plan: RunPlan = {
    connections: args.connections ?? (args.quick ? [1, 16] : [1, 16, 64]),
    durationSec: args.duration ?? (args.quick ? 1.5 : 5),
    warmupSec: args.warmup ?? (args.quick ? 0.5 : 1),
    quietWaitSec: args.quick ? 5 : 30,
  };
  const { target, ownDatabase } = defaultTarget(profile);
  log(
    `bench: profile ${profile.name} on ${target.kind === 'postgres' ? target.url.replace(/\/\/[^@]*@/, '//') : target.dataDir}; connections ${plan.connections.join(', ')}; ${plan.durationSec}s per run`,
  );

  // Machine facts, taken before we load the machine ourselves.
  let database = `PGlite ${pgliteVersion()} (in-process)`;
  let settings: Record<string, string> | undefined;
  if (target.kind === 'postgres') {
    const admin = await pgRunner(process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL);
    try {
      database = `PostgreSQL ${(await admin.query<{ server_version: string }>('show server_version'))[0]!.server_version}`;
      const rows = await admin.query<{ name: string; setting: string; unit: string | null }>(
        `select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'max_connections', 'synchronous_commit', 'effective_cache_size')`,
      );
      settings = Object.fromEntries(
        rows.map((r) => [
          r.name,
          r.unit === '8kB' ? `${Math.round((Number(r.setting) * 8) / 1024)}MB` : `${r.setting}${r.unit ?? ''}`,
        ]),
      );
    } finally {
      await admin.close();
    }
  }
  const machine = machineFacts(database, settings);

  // 1. Data.
  let t = performance.now();
  const generation = await generate({
    profile,
    target,
    ownDatabase,
    regenerate: args.regenerate,
    ...(args.seed && { seed: args.seed }),
    log,
  });
  lap('generate', t);
  const fixtures = generation.fixtures;

  // Scenario inputs: a bot connector stand-in, a deep cursor, mail to log.
  const connector = forkBenchChild('./connector.ts');
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    profile: profile.name,
    quick: args.quick,
    plan,
    machine,
    generation,
    scenarios: [],
    load: null,
    explain: [],
    mirror: [],
    bundles: [],
    tab: null,
    seconds,
  };
  let scenarios: Scenario[] = [];
  try {
    const connectorUrl = await connector.request<string>({ type: 'url' });
    const cursor = await deepCursor(target, fixtures, fixtures.heavy[0]!.id, 50);
    const perSecond = 500;
    const messageCount = Math.ceil(plan.connections.length * (plan.durationSec + plan.warmupSec) * perSecond) + 200;
    t = performance.now();
    const messages = logMessages(fixtures, messageCount, randomBytes(4).toString('hex'));
    lap('build-messages', t);
    scenarios = buildScenarios({ fixtures, deepCursor: cursor, connectorUrl, logItemIds: messages.map((m) => m.id!) });
    if (args.only) scenarios = scenarios.filter((s) => args.only!.includes(s.name));
    results.scenarios = scenarios.map((s) => ({
      name: s.name,
      title: s.title,
      ...(s.target && { target: s.target.text }),
    }));

    // 2. Plans and the raw copies, before any load, on data without earlier runs' writes.
    t = performance.now();
    await resetRunState(target, fixtures);
    lap('reset', t);
    t = performance.now();
    const runner = target.kind === 'postgres' ? await pgRunner(target.url) : await pgliteRunner(target.dataDir);
    let explained: ExplainedStatement[] = [];
    try {
      explained = await explainScenarios(runner, scenarios, fixtures, args.quick ? { timeoutMs: QUICK_SLOW_MS } : {});
    } finally {
      await runner.close();
    }
    results.explain = explained;
    lap('explain', t);
    for (const scan of bigSeqScans(explained)) {
      log(
        `explain: sequential scan on ${scan.relation}${scan.scans > 1 ? ` ×${scan.scans}` : ''} (${scan.rows.toLocaleString('en')} rows) in ${scan.scenario} ${statementName(scan.sql)}, ${scan.executionMs} ms`,
      );
    }
    t = performance.now();
    const estimates = new Map<string, number>();
    for (const statement of explained)
      estimates.set(statement.scenario, (estimates.get(statement.scenario) ?? 0) + statement.executionMs);
    const tooSlowForQuick = (scenario: Scenario) =>
      args.quick && (estimates.get(scenario.name) ?? 0) >= QUICK_SLOW_MS
        ? `skipped in --quick: one request takes over ${QUICK_SLOW_MS / 1000} s`
        : null;
    const mirror: MirrorCheck[] = await checkSqlMirror(target, scenarios, fixtures, tooSlowForQuick);
    results.mirror = mirror;
    lap('mirror-check', t);
    for (const check of mirror.filter((c) => !c.inSync)) {
      log(
        `mirror: ${check.scenario} drifted: store only ${JSON.stringify(check.onlyInStore)}; copy only ${JSON.stringify(check.onlyInCopy)}`,
      );
    }

    // 3. Load.
    if (args.load) {
      t = performance.now();
      const skipped = scenarios.filter((s) => tooSlowForQuick(s));
      for (const s of skipped) log(`${s.name}: ${tooSlowForQuick(s)}`);
      results.load = await runLoad({
        target,
        fixtures,
        scenarios: scenarios.filter((s) => !tooSlowForQuick(s)),
        messages,
        plan,
        connector,
        estimates,
        log,
      });
      results.load.skipped = Object.fromEntries(skipped.map((s) => [s.name, tooSlowForQuick(s)!]));
      lap('load', t);
    }
  } finally {
    await connector.stop();
  }

  // 4. Front ends.
  if (args.frontEnds) {
    t = performance.now();
    results.bundles = await bundleSizes({ rebuild: args.buildWeb, log });
    results.tab = await timeTab({ warmRuns: args.quick ? 2 : 4, log }).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
    lap('front-ends', t);
  }

  seconds.total = Math.round(performance.now() - began) / 1000;
  results.machine.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
  await mkdir(RESULTS, { recursive: true });
  // A partial run (--only, --skip-load) never overwrites the full results of the day.
  const partial = args.only || !args.load ? '-partial' : '';
  const base = `${RESULTS}${results.date}-${profile.name}${args.quick ? '-quick' : ''}${partial}`;
  const markdown = markdownReport(results, scenarios);
  await writeFile(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
  console.log(`\n${markdown}`);
  log(`bench: ${seconds.total}s in all; results in ${base}.json and .md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

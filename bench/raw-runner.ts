/**
 * Forked by the benchmark: the raw baseline. `connections` workers each run an endpoint's SQL
 * sequence (raw-queries.ts) in a tight loop over a `pg` pool of the same size, for the same
 * duration as the HTTP run. On PGlite the store's single in-process connection is used instead.
 */
import { serveParent, summarise, type RunResult } from './child-process.js';
import { pgPoolRunner, pgliteRunner, type BenchTarget, type SqlRunner } from './bench-target.js';
import { runRaw, type Exec, type RawCall } from './raw-queries.js';

export interface RawJob {
  type: 'raw';
  target: BenchTarget;
  call: RawCall;
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** Run exactly this many sequences per worker instead of for durationSec (very slow endpoints). */
  iterations?: number;
}

let pglite: { dataDir: string; runner: SqlRunner } | null = null;

async function runnerFor(
  target: BenchTarget,
  connections: number,
): Promise<{ runner: SqlRunner; close(): Promise<void> }> {
  if (target.kind === 'postgres') {
    const runner = pgPoolRunner(target.url, connections);
    // Open every connection before measuring, as autocannon does with its sockets.
    const clients = await Promise.all(Array.from({ length: connections }, () => runner.pool.connect()));
    for (const client of clients) client.release();
    return { runner, close: () => runner.close() };
  }
  if (pglite?.dataDir !== target.dataDir) {
    await pglite?.runner.close();
    pglite = { dataDir: target.dataDir, runner: await pgliteRunner(target.dataDir) };
  }
  return { runner: pglite.runner, close: async () => undefined };
}

async function loop(
  exec: Exec,
  call: RawCall,
  connections: number,
  seconds: number,
  record: boolean,
  iterations?: number,
): Promise<RunResult> {
  const samples: number[] = [];
  let ok = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let n = 0; (iterations ? n < iterations : performance.now() < deadline) && errors < 100; n++) {
        const t0 = performance.now();
        try {
          await runRaw(exec, call);
          ok += 1;
          if (record) samples.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    latency: summarise(samples),
    rps: Math.round((ok / elapsed) * 100) / 100,
    seconds: Math.round(elapsed * 100) / 100,
    ok,
    statuses: {},
    errors,
    ...(firstError && { firstError }),
  };
}

serveParent(async (message) => {
  if (message.type === 'close') {
    await pglite?.runner.close();
    pglite = null;
    return null;
  }
  if (message.type !== 'raw') throw new Error(`unknown job ${message.type}`);
  const job = message as unknown as RawJob;
  const { runner, close } = await runnerFor(job.target, job.connections);
  try {
    const exec: Exec = (text, values) => runner.query(text, values);
    if (job.warmupSec > 0)
      await loop(exec, job.call, job.connections, job.warmupSec, false, job.iterations ? 1 : undefined);
    return await loop(exec, job.call, job.connections, job.durationSec, true, job.iterations);
  } finally {
    await close();
  }
});

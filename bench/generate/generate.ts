/**
 * The benchmark's synthetic tenant: a municipality's decade of employer contacts, reproducible from
 * a seed. Companies (with domains, contact persons, P-numbers), staff in sections, interactions in
 * chronological order with a heavy skew (a few companies hold 20,000+ of them), vacancies with
 * their lifecycle events, channel subscriptions with their conversation references.
 *
 * The schema comes from the service's own migrations (openDatabase). Rows go in as multi-row
 * `insert ... select from unnest($1::uuid[], $2::text[], ...)` batches, secondary indexes are
 * dropped during the load and rebuilt from their own definitions afterwards, then VACUUM ANALYZE,
 * so autovacuum does not wake up in the middle of a measurement.
 */
import { rm } from 'node:fs/promises';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import type { Profile } from '../profiles.js';
import { DEFAULT_ADMIN_URL, pgRunner, pgliteRunner, type BenchTarget, type SqlRunner } from '../bench-target.js';
import {
  ensurePostgresDatabase,
  peekFingerprint,
  resetPostgres,
  sameFingerprint,
  secondaryIndexes,
} from './database.js';
import { DEFAULT_SEED, GENERATOR_VERSION, type Fingerprint, type GenerationReport } from './fixtures.js';
import { generateRows } from './rows.js';

export interface GenerateOptions {
  profile: Profile;
  target: BenchTarget;
  seed?: number;
  /** Regenerate even when the target already holds this profile's data. */
  regenerate?: boolean;
  /** The data ends at this instant (default: today, UTC midnight). */
  anchor?: Date;
  /** The admin database used to create the bench database (PostgreSQL). */
  adminUrl?: string;
  /** True when the database is ours to drop and recreate (the default bench database). */
  ownDatabase?: boolean;
  log?: (line: string) => void;
}

/** Generates the profile's tenant into the target, or reuses it when it is already there. */
export async function generate(options: GenerateOptions): Promise<GenerationReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? DEFAULT_SEED;
  const fingerprint: Fingerprint = { profile: options.profile.name, seed, version: GENERATOR_VERSION };
  const anchorDate = options.anchor ?? new Date();
  const anchorMs = Date.UTC(anchorDate.getUTCFullYear(), anchorDate.getUTCMonth(), anchorDate.getUTCDate());
  const target = options.target;

  if (target.kind === 'postgres') await ensurePostgresDatabase(target.url, options.adminUrl ?? DEFAULT_ADMIN_URL);
  if (!options.regenerate) {
    const existing = await peekFingerprint(target);
    if (existing && sameFingerprint(existing.fingerprint, fingerprint)) {
      log(
        `data: reusing ${options.profile.name} (seed ${seed}) generated for ${existing.fixtures.anchor.slice(0, 10)}`,
      );
      return { fingerprint, fixtures: existing.fixtures, seconds: existing.seconds, reused: true };
    }
  }

  const began = performance.now();
  const seconds: Record<string, number> = {};
  const tick = (name: string, since: number) => (seconds[name] = Math.round(performance.now() - since) / 1000);

  // A clean, migrated schema.
  let t = performance.now();
  let runners: SqlRunner[];
  if (target.kind === 'postgres') {
    await resetPostgres(target.url, options.adminUrl ?? DEFAULT_ADMIN_URL, options.ownDatabase ?? false);
    await (await openDatabase({ kind: 'postgres', url: target.url })).destroy();
    runners = [await pgRunner(target.url), await pgRunner(target.url)];
  } else {
    await rm(target.dataDir, { recursive: true, force: true });
    runners = [await pgliteRunner(target.dataDir)];
  }
  tick('schema', t);

  try {
    for (const runner of runners) {
      // Bulk-load settings for these sessions only: no FK triggers (the generator keeps references
      // intact), no wait for WAL flush, memory for index builds.
      await runner.query(`set session_replication_role = replica`);
      await runner.query(`set synchronous_commit = off`);
      await runner.query(`set maintenance_work_mem = '${target.kind === 'postgres' ? '1GB' : '256MB'}'`);
    }
    const main = runners[0]!;
    t = performance.now();
    const indexes = await secondaryIndexes(main);
    for (const index of indexes) await main.query(`drop index "${index.name}"`);
    tick('drop-indexes', t);

    log(
      `data: generating ${options.profile.name} (seed ${seed}, ${options.profile.interactions.toLocaleString('en')} interactions) ...`,
    );
    t = performance.now();
    const { fixtures, timings } = await generateRows(runners, options.profile, seed, anchorMs);
    for (const [name, value] of Object.entries(timings)) seconds[`load:${name}`] = value;
    tick('load', t);
    log(
      `data: rows loaded in ${seconds.load}s (${Object.entries(timings)
        .map(([k, v]) => `${k} ${v}s`)
        .join(', ')})`,
    );

    t = performance.now();
    await Promise.all(
      runners.map(async (runner, slot) => {
        for (const [i, index] of indexes.entries())
          if (i % runners.length === slot) await runner.query(index.definition);
      }),
    );
    tick('create-indexes', t);
    log(`data: ${indexes.length} secondary indexes rebuilt in ${seconds['create-indexes']}s`);

    t = performance.now();
    await main.query(`vacuum (analyze) `);
    tick('vacuum-analyze', t);
    seconds.total = Math.round(performance.now() - began) / 1000;
    log(`data: vacuum analyze ${seconds['vacuum-analyze']}s; total ${seconds.total}s`);

    await main.query(`create table if not exists bench_meta (key text primary key, value jsonb not null)`);
    await main.query(
      `insert into bench_meta (key, value) values ('generation', $1::jsonb) on conflict (key) do update set value = excluded.value`,
      [JSON.stringify({ fingerprint, fixtures, seconds })],
    );
    return { fingerprint, fixtures, seconds, reused: false };
  } finally {
    for (const runner of runners) await runner.close();
  }
}

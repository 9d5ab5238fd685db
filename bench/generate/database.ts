/** The bench database: where it lives, emptying it, its cached generation, the bulk tables' secondary indexes. */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Profile } from '../profiles.js';
import {
  DEFAULT_ADMIN_URL,
  databaseOf,
  pgRunner,
  pgliteRunner,
  withDatabase,
  type BenchTarget,
  type SqlRunner,
} from '../bench-target.js';
import type { Fingerprint, Fixtures } from './fixtures.js';

const BULK_TABLES = [
  'companies',
  'company_domains',
  'contacts',
  'interactions',
  'interaction_loggers',
  'vacancies',
  'vacancy_events',
  'conversation_refs',
  'channel_subscriptions',
];

/** Secondary indexes (not backing a constraint) of the bulk tables, with their definitions. */
export async function secondaryIndexes(runner: SqlRunner): Promise<{ name: string; definition: string }[]> {
  return runner.query<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      where t.relname = any($1::text[]) and t.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by t.relname, c.relname`,
    [BULK_TABLES],
  );
}

async function readFingerprint(
  runner: SqlRunner,
): Promise<{ fingerprint: Fingerprint; fixtures: Fixtures; seconds: Record<string, number> } | null> {
  const exists = await runner.query(`select 1 from pg_tables where schemaname = 'public' and tablename = 'bench_meta'`);
  if (exists.length === 0) return null;
  const rows = await runner.query<{ value: unknown }>(`select value from bench_meta where key = 'generation'`);
  return (
    (rows[0]?.value as { fingerprint: Fingerprint; fixtures: Fixtures; seconds: Record<string, number> } | undefined) ??
    null
  );
}

export const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.profile === b.profile && a.seed === b.seed && a.version === b.version;

export async function peekFingerprint(target: BenchTarget) {
  if (target.kind === 'pglite') {
    const { existsSync } = await import('node:fs');
    if (!existsSync(`${target.dataDir}/PG_VERSION`)) return null;
  }
  const runner = target.kind === 'postgres' ? await pgRunner(target.url) : await pgliteRunner(target.dataDir);
  try {
    return await readFingerprint(runner);
  } finally {
    await runner.close();
  }
}

export async function ensurePostgresDatabase(url: string, adminUrl: string): Promise<void> {
  const database = databaseOf(url);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

/** Empties the bench database: dropped and recreated when it is ours, else only its public schema, and only when it is a bench database. */
export async function resetPostgres(url: string, adminUrl: string, ownDatabase: boolean): Promise<void> {
  const database = databaseOf(url);
  if (ownDatabase) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`drop database if exists "${database.replace(/"/g, '')}" with (force)`);
      await admin.query(`create database "${database.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
    return;
  }
  const runner = await pgRunner(url);
  try {
    const tables = await runner.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public'`,
    );
    if (tables.length > 0 && !tables.some((t) => t.tablename === 'bench_meta')) {
      throw new Error(
        `${database} holds tables but no bench_meta: refusing to empty a database that is not a benchmark database.`,
      );
    }
    await runner.query(`drop schema public cascade`);
    await runner.query(`create schema public`);
  } finally {
    await runner.close();
  }
}

export function defaultTarget(
  profile: Profile,
  env: Record<string, string | undefined> = process.env,
): { target: BenchTarget; ownDatabase: boolean } {
  if (profile.store === 'pglite') {
    // Under bench/ (git-ignored as .data/), never the service's own ./.data.
    const dataDir = env.BENCH_PGLITE_DIR ?? fileURLToPath(new URL('../.data/pglite-small', import.meta.url));
    return { target: { kind: 'pglite', dataDir }, ownDatabase: true };
  }
  if (env.BENCH_DATABASE_URL) return { target: { kind: 'postgres', url: env.BENCH_DATABASE_URL }, ownDatabase: false };
  const database = profile.name === 'pg-large' ? 'kontaktspor_bench' : 'kontaktspor_bench_small';
  return { target: { kind: 'postgres', url: withDatabase(DEFAULT_ADMIN_URL, database) }, ownDatabase: true };
}

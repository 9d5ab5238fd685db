/**
 * Where the benchmark's data lives, and a minimal SQL runner over it: `pg` for PostgreSQL, the
 * store's own Kysely (PGlite in-process) for PGlite. The generator, the raw baseline and EXPLAIN
 * all speak this one interface.
 */
import pg from 'pg';
import { CompiledQuery, type Kysely } from 'kysely';
import { openDatabase } from '../src/adapters/store/open-database.js';
import type { Database } from '../src/adapters/store/db-schema.js';

export type BenchTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export type Row = Record<string, unknown>;

export interface SqlRunner {
  query<R extends Row = Row>(text: string, values?: readonly unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_BENCH_DATABASES: Readonly<Record<string, string>> = {
  'pg-large': 'kontaktspor_bench',
  'pg-small': 'kontaktspor_bench_small',
};

// The store parses int8/numeric as numbers and date as text (open-database.ts); the raw baseline
// parses the same way, so both sides pay the same row decoding.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
};

/** One PostgreSQL connection. */
export async function pgRunner(url: string): Promise<SqlRunner> {
  const client = new pg.Client({ connectionString: url, types: pgTypes });
  await client.connect();
  return {
    async query<R extends Row>(text: string, values: readonly unknown[] = []) {
      return (await client.query(text, values as unknown[])).rows as R[];
    },
    close: () => client.end(),
  };
}

/** A `pg` pool of `size` connections as a runner (statements may run concurrently). */
export function pgPoolRunner(url: string, size: number): SqlRunner & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: size, types: pgTypes });
  return {
    pool,
    async query<R extends Row>(text: string, values: readonly unknown[] = []) {
      return (await pool.query(text, values as unknown[])).rows as R[];
    },
    close: () => pool.end(),
  };
}

/** The store's Kysely as a runner: how PGlite is reached (one in-process connection). */
export function kyselyRunner(db: Kysely<Database>): SqlRunner {
  return {
    async query<R extends Row>(text: string, values: readonly unknown[] = []) {
      return (await db.executeQuery<R>(CompiledQuery.raw(text, [...values]))).rows;
    },
    close: () => db.destroy(),
  };
}

/** Opens PGlite through the store's own openDatabase (migrations included). */
export async function pgliteRunner(dataDir: string): Promise<SqlRunner> {
  return kyselyRunner(await openDatabase({ kind: 'pglite', dataDir }));
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Whether PostgreSQL answers at the admin URL within a second or two. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import pg from 'pg';
import type { Database } from './db-schema.js';
import { pglitePool } from './pglite-pool.js';
import { MIGRATIONS } from './migrations.js';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string } // ':memory:' keeps it in memory
  | { kind: 'postgres'; url: string; schema?: string };

// Both drivers hand back the same JS values: int8 and numeric as numbers, date as 'YYYY-MM-DD'.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const asNumber = (value: string) => Number(value);
const asText = (value: string) => value;

/** Opens the store's database and brings its schema up to date. */
export async function openDatabase(target: DatabaseTarget): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: await dialectFor(target) });
  await migrate(db);
  return db;
}

async function dialectFor(target: DatabaseTarget): Promise<PostgresDialect> {
  if (target.kind === 'pglite') {
    const inMemory = target.dataDir === ':memory:';
    if (!inMemory) await mkdir(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      ...(inMemory ? {} : { dataDir: target.dataDir }),
      extensions: { pg_trgm, btree_gin },
      parsers: { [INT8]: asNumber, [NUMERIC]: asNumber, [DATE]: asText },
    });
    return new PostgresDialect({ pool: pglitePool(pglite) });
  }
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8 || oid === NUMERIC) return asNumber;
      if (oid === DATE) return asText;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const schemaOption = target.schema ? { options: `-c search_path=${target.schema},public` } : {};
  const pool = new pg.Pool({ connectionString: target.url, max: 10, types, ...schemaOption });
  if (target.schema) {
    const client = await pool.connect();
    try {
      await client.query(`create schema if not exists "${target.schema.replace(/"/g, '')}"`);
      // Extensions belong in public: created inside a throw-away schema, they would vanish with its
      // `drop schema ... cascade` and leave every other schema without gin_trgm_ops.
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock(4242001)');
      await client.query('create extension if not exists pg_trgm with schema public');
      await client.query('create extension if not exists btree_gin with schema public');
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return new PostgresDialect({ pool });
}

/** Applies pending migrations in one transaction, serialised across instances by an advisory lock. */
async function migrate(db: Kysely<Database>): Promise<void> {
  await sql`create table if not exists schema_migrations (
    version int primary key, name text not null, applied_at timestamptz not null default now())`.execute(db);
  await db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(4242001)`.execute(tx);
    const applied = await sql<{ version: number }>`select version from schema_migrations`.execute(tx);
    const done = new Set(applied.rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(tx);
      await sql`insert into schema_migrations (version, name) values (${migration.version}, ${migration.name})`.execute(
        tx,
      );
    }
  });
}

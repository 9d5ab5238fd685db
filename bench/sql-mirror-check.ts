/**
 * Keeps the raw baseline honest: runs each read once through the real use case on a logging
 * Kysely and once through its copy in raw-queries.ts, and compares the statements (whitespace
 * aside, order aside: use cases run some in parallel). A difference means the store changed and
 * raw-queries.ts needs the new SQL; the results report it rather than fail the run.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { KyselyStore } from '../src/adapters/store/kysely-store.js';
import { pglitePool } from '../src/adapters/store/pglite-pool.js';
import type { Database } from '../src/adapters/store/db-schema.js';
import type { Actor } from '../src/domain/model.js';
import { kyselyRunner, pgTypes, type BenchTarget, type Row } from './bench-target.js';
import { runRaw } from './raw-queries.js';
import type { Scenario } from './scenarios.js';
import type { Fixtures } from './generate/fixtures.js';

export interface MirrorCheck {
  scenario: string;
  inSync: boolean;
  /** Not compared (--quick skips reads that take seconds). */
  skipped?: string;
  /** Statements the store sent that the copy does not. */
  onlyInStore: string[];
  /** Statements the copy sends that the store did not. */
  onlyInCopy: string[];
}

const collapse = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function difference(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  const out: string[] = [];
  for (const item of a) {
    const i = rest.indexOf(item);
    if (i >= 0) rest.splice(i, 1);
    else out.push(item);
  }
  return out;
}

export async function checkSqlMirror(
  target: BenchTarget,
  scenarios: readonly Scenario[],
  fixtures: Fixtures,
  skip: (scenario: Scenario) => string | null = () => null,
): Promise<MirrorCheck[]> {
  let recording: string[] | null = null;
  const log = (event: LogEvent) => {
    if (event.level === 'query') recording?.push(collapse(event.query.sql));
  };
  let db: Kysely<Database>;
  if (target.kind === 'postgres') {
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 10, types: pgTypes }) }),
      log,
    });
  } else {
    const pglite = await PGlite.create({ dataDir: target.dataDir, extensions: { pg_trgm, btree_gin } });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }), log });
  }
  const store = new KyselyStore(db);
  const runner = kyselyRunner(db);
  const actor: Actor = {
    tenantId: fixtures.tenantId,
    staffId: fixtures.demoStaff.id,
    name: fixtures.demoStaff.name,
    email: fixtures.demoStaff.email,
    sectionId: fixtures.demoStaff.sectionId,
    isAdmin: true,
  };
  const out: MirrorCheck[] = [];
  try {
    for (const scenario of scenarios) {
      if (!scenario.raw || !scenario.viaStore) continue;
      const skipped = skip(scenario);
      if (skipped) {
        out.push({ scenario: scenario.name, inSync: true, skipped, onlyInStore: [], onlyInCopy: [] });
        continue;
      }
      const fromStore: string[] = [];
      recording = fromStore;
      // What the demo authenticator does first, then the use case.
      await store.findStaffByEmail(fixtures.tenantId, fixtures.demoStaff.email);
      await scenario.viaStore(store, actor);
      recording = null;
      const fromCopy: string[] = [];
      await runRaw(async (text, values): Promise<Row[]> => {
        fromCopy.push(collapse(text));
        return runner.query(text, values);
      }, scenario.raw);
      const onlyInStore = difference(fromStore, fromCopy);
      const onlyInCopy = difference(fromCopy, fromStore);
      out.push({
        scenario: scenario.name,
        inSync: onlyInStore.length === 0 && onlyInCopy.length === 0,
        onlyInStore,
        onlyInCopy,
      });
    }
  } finally {
    await db.destroy();
  }
  return out;
}

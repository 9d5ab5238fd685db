import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';

/** A store under test: PGlite in memory always; PostgreSQL when TEST_DATABASE_URL is set. */
export interface StoreTarget {
  name: 'PGlite' | 'PostgreSQL';
  open(): Promise<{ store: KyselyStore; db: Kysely<Database>; close(): Promise<void> }>;
}

const requireAll = process.env.REQUIRE_ALL === '1';

export const STORE_TARGETS: StoreTarget[] = [
  {
    name: 'PGlite',
    async open() {
      const db = await openDatabase({ kind: 'pglite', dataDir: ':memory:' });
      return { store: new KyselyStore(db), db, close: () => db.destroy() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const url = process.env.TEST_DATABASE_URL;
      if (!url) throw new SuiteUnavailable('TEST_DATABASE_URL is not set');
      // Each run gets its own schema, dropped afterwards, so runs never see each other's rows.
      const schema = `ks_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const db = await openDatabase({ kind: 'postgres', url, schema });
      return {
        store: new KyselyStore(db),
        db,
        async close() {
          await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
          await db.destroy();
        },
      };
    },
  },
];

export class SuiteUnavailable extends Error {}

/** Opening a store migrates it, and suites seed it next: on a loaded 2-core CI machine that can pass 30 s. */
const STORE_HOOK_TIMEOUT_MS = 120_000;

/**
 * For a `before` hook: opens the target, or skips the suite when it cannot run here.
 * With REQUIRE_ALL=1 (CI) a suite that cannot run fails instead.
 */
export async function openOrSkip(context: Mocha.Context, target: StoreTarget) {
  // The hook's own timeout only (tests keep the default): it is still bounded, just not by a test's budget.
  if (context.timeout() < STORE_HOOK_TIMEOUT_MS) context.timeout(STORE_HOOK_TIMEOUT_MS);
  try {
    return await target.open();
  } catch (error) {
    if (error instanceof SuiteUnavailable && !requireAll) {
      context.skip();
    }
    throw error;
  }
}

export const newTenantId = () => randomUUID();

/**
 * For a `before` hook of a suite that needs PostgreSQL's own URL (real service processes share one
 * schema): the URL, or the suite skipped here; with REQUIRE_ALL=1 (CI) a missing URL fails instead.
 */
export function postgresUrlOrSkip(context: Mocha.Context): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  if (requireAll) throw new SuiteUnavailable('TEST_DATABASE_URL is not set');
  context.skip();
}

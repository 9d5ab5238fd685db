import assert from 'node:assert/strict';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import type { StoreTarget } from '../support/databases.js';
import { buildCompany } from '../support/factories.js';
import { toSearchKey } from '../../src/domain/search-key.js';
import { describeStoreContract } from './support/store-suite.js';

describeStoreContract('transaction', (t) => {
  describe('withTransaction', () => {
    it('when work fails midway, then nothing of it is stored', async () => {
      await assert.rejects(
        t.store.withTransaction(async (tx) => {
          await tx.insertCompany(t.tenant, buildCompany({ name: 'Halvvejs ApS' }));
          throw new Error('boom');
        }),
      );
      assert.deepEqual(await t.store.searchCompaniesByName(t.tenant, toSearchKey('Halvvejs'), 5), []);
    });

    it('when work succeeds, then all of it is stored, a nested transaction joining the outer one', async () => {
      const answer = await t.store.withTransaction(async (tx) => {
        const company = await tx.insertCompany(t.tenant, buildCompany({ name: 'Helhjertet ApS' }));
        await tx.withTransaction((inner) =>
          inner.appendAudit(t.tenant, { actorId: null, action: 'company.create', companyId: company.id }),
        );
        return company.id;
      });
      assert.equal((await t.store.getCompany(t.tenant, answer))?.name, 'Helhjertet ApS');
      assert.deepEqual(
        (await t.store.listAudit(t.tenant, { companyId: answer, limit: 5 })).map((e) => e.action),
        ['company.create'],
      );
    });
  });

  describe('ping, close', () => {
    it('when the store is open, then ping answers; once it is closed, ping fails', async () => {
      assert.equal(await t.store.ping(), undefined);
      // A store of its own to close, on the same kind of database (the suite's store stays open).
      const own = new KyselyStore(await openBare(t.target));
      await own.ping();
      await own.close();
      await assert.rejects(own.ping());
    });
  });
});

/** A fresh connection like the suite's: PGlite in memory, or a pool on TEST_DATABASE_URL (no schema needed to ping). */
async function openBare(target: StoreTarget): Promise<Kysely<Database>> {
  const url = process.env.TEST_DATABASE_URL;
  if (target.name === 'PostgreSQL' && url) {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    });
  }
  return openDatabase({ kind: 'pglite', dataDir: ':memory:' });
}

import type { Kysely } from 'kysely';
import { STORE_TARGETS, newTenantId, openOrSkip, type StoreTarget } from '../../support/databases.js';
import { itNamesEveryMethodOf, type PortName } from './store-ports.js';
import type { KyselyStore } from '../../../src/adapters/store/kysely-store.js';
import type { Database } from '../../../src/adapters/store/db-schema.js';
import type { Staff } from '../../../src/domain/model.js';

/** What each test of a port's contract gets: the store, its db, a fresh tenant and one staff member in it. */
export interface StoreFixture {
  target: StoreTarget;
  store: KyselyStore;
  db: Kysely<Database>;
  tenant: string;
  staff: Staff;
}

/**
 * One port's contract on every store: PGlite always, PostgreSQL when TEST_DATABASE_URL is set
 * (REQUIRE_ALL=1 makes a skip a failure). Each suite starts with the guard that every method of
 * the port is named by a test.
 */
export function describeStoreContract(port: PortName, body: (fixture: StoreFixture) => void): void {
  for (const target of STORE_TARGETS) {
    describe(`Store contract, ${port} port, on ${target.name}`, function () {
      const fixture = { target } as StoreFixture;
      let close: (() => Promise<void>) | undefined;

      before(async function () {
        const opened = await openOrSkip(this, target);
        Object.assign(fixture, { store: opened.store, db: opened.db });
        close = opened.close;
      });
      after(async () => close?.());
      beforeEach(async () => {
        fixture.tenant = newTenantId();
        fixture.staff = await fixture.store.insertStaff(fixture.tenant, {
          email: 'Anne.Larsen@roskilde.dk',
          name: 'Anne Larsen',
          sectionId: null,
          isAdmin: false,
        });
      });

      itNamesEveryMethodOf(port);
      body(fixture);
    });
  }
}

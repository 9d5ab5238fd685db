import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { DomainError } from '../../src/domain/errors.js';
import { itNamesEveryMethodOf } from './support/store-ports.js';

// The shared mailboxes' store functions, on every store: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
for (const target of STORE_TARGETS) {
  describe(`Store contract, shared mailboxes port, on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenant: string;
    const admin = randomUUID();
    const jobordre = (address = 'Jobordre@Roskilde.dk') => ({
      address,
      displayName: 'Jobordre',
      sectionId: 'virksomhedsservice',
      graphUserId: randomUUID(),
      createdBy: admin,
    });

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
    });
    after(async () => close?.());
    beforeEach(() => {
      tenant = newTenantId();
    });

    itNamesEveryMethodOf('sharedMailboxes');

    describe('insertSharedMailbox, getSharedMailbox, listSharedMailboxes', () => {
      it('when an admin adds a shared mailbox, then it is listed by its lower-case address with its section; another tenant sees none', async () => {
        const added = await store.insertSharedMailbox(tenant, jobordre());
        assert.equal(added.address, 'jobordre@roskilde.dk');
        assert.equal(added.sectionId, 'virksomhedsservice');
        assert.deepEqual(await store.getSharedMailbox(tenant, added.id), added);
        assert.deepEqual(await store.listSharedMailboxes(tenant), [added]);
        assert.deepEqual(await store.listSharedMailboxes(newTenantId()), []);
        assert.equal(await store.getSharedMailbox(newTenantId(), added.id), null);
      });

      it('when the same address is added twice in a tenant, then the second is a conflict; another tenant may add it', async () => {
        await store.insertSharedMailbox(tenant, jobordre());
        await assert.rejects(
          store.insertSharedMailbox(tenant, jobordre('jobordre@roskilde.dk')),
          (error: unknown) => error instanceof DomainError && error.code === 'CONFLICT',
        );
        await store.insertSharedMailbox(newTenantId(), jobordre());
      });
    });

    describe('deleteSharedMailbox', () => {
      it('when a shared mailbox is removed, then it is gone and removing it again says so; another tenant cannot remove it', async () => {
        const added = await store.insertSharedMailbox(tenant, jobordre());
        assert.equal(await store.deleteSharedMailbox(newTenantId(), added.id), false);
        assert.equal(await store.deleteSharedMailbox(tenant, added.id), true);
        assert.deepEqual(await store.listSharedMailboxes(tenant), []);
        assert.equal(await store.deleteSharedMailbox(tenant, added.id), false);
      });
    });
  });
}

import assert from 'node:assert/strict';
import { actorOf, identifyStaff } from '../../src/app/identify-staff.js';
import type { Staff } from '../../src/domain/model.js';

const TENANT = 'tenant-a';
const mette: Staff = { id: 's1', email: 'mette@roskilde.dk', name: 'Mette', sectionId: 'vs', isAdmin: true };

type Identity = { oid: string; email: string; name: string; sectionId: string | null };

/** A store of staff rows keyed by object id; upserts are recorded. */
function staffStore(rows: Record<string, Staff>) {
  const upserts: unknown[] = [];
  return {
    upserts,
    store: {
      findStaffByOid: async (_tenantId: string, oid: string) => rows[oid] ?? null,
      upsertStaffIdentity: async (tenantId: string, identity: Identity): Promise<Staff> => {
        upserts.push({ tenantId, ...identity });
        const { email, name, sectionId } = identity;
        return { id: 'new', email, name, sectionId, isAdmin: false };
      },
    },
  };
}

describe('identify-staff: one way from a staff row to the actor', () => {
  it('when no sign-in states anything, then the actor is the row, admin rights included, and carries no token', () => {
    assert.deepEqual(actorOf(TENANT, mette), {
      tenantId: TENANT,
      staffId: 's1',
      name: 'Mette',
      email: 'mette@roskilde.dk',
      sectionId: 'vs',
      isAdmin: true,
    });
  });

  it('when a token signs in, then its role decides admin rights and the token rides along', () => {
    const actor = actorOf(TENANT, mette, { isAdmin: false, userAssertion: 'token' });
    assert.equal(actor.isAdmin, false);
    assert.equal(actor.userAssertion, 'token');
  });

  it('when a known object id asks, then the row is used and the directory is not asked', async () => {
    const { store, upserts } = staffStore({ 'oid-1': mette });
    const actor = await identifyStaff({ store }, TENANT, 'oid-1', () => assert.fail('directory asked'));
    assert.equal(actor?.staffId, 's1');
    assert.deepEqual(upserts, []);
  });

  it('when a newcomer asks, then they are enrolled from the directory under their object id', async () => {
    const { store, upserts } = staffStore({});
    const newcomer = { email: 'ny@roskilde.dk', name: 'Ny', sectionId: null };
    const actor = await identifyStaff({ store }, TENANT, 'oid-2', async () => newcomer);
    assert.equal(actor?.staffId, 'new');
    assert.deepEqual(upserts, [{ tenantId: TENANT, oid: 'oid-2', ...newcomer }]);
  });

  it('when the directory names no one, then there is no actor and no row', async () => {
    const { store, upserts } = staffStore({});
    assert.equal(await identifyStaff({ store }, TENANT, 'oid-3', async () => null), null);
    assert.deepEqual(upserts, []);
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TestAdapter, TurnContext } from 'botbuilder';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { demoObjectId } from '../../src/demo/demo-directory.js';
import { demoBotIdentity } from '../../bot/bot-identity.js';
import { seedTenant } from '../support/seeded.js';
import type { SeedData } from '../../src/demo/seed-data.js';

describe('Demo identities: a person is tenant + object id in the demo too', function () {
  let store: KyselyStore;
  let data: SeedData;
  let tenantId: string;
  let demoEmail: string;

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    ({ data, tenantId, demoEmail } = await seedTenant(store));
  });
  after(async () => store?.close());

  const botUser = (aadObjectId: string) =>
    demoBotIdentity({ store, tenantId, defaultEmail: demoEmail })(
      new TurnContext(new TestAdapter(), {
        type: 'message',
        text: 'hej',
        from: { id: 'user-1', name: 'Bruger', aadObjectId },
        conversation: { id: 'c1' } as never,
      }),
    );

  it('when the demo is seeded, then each staff member is known by their stable fake object id', async () => {
    for (const member of data.staff.slice(0, 3)) {
      assert.equal((await store.findStaffByOid(tenantId, demoObjectId(member)))?.id, member.id, member.email);
    }
  });

  it("when another Entra user signs in with a seeded colleague's email, then they get their own row and the colleague's is untouched", async () => {
    const colleague = data.staff[1]!;
    const stranger = await store.upsertStaffIdentity(tenantId, {
      oid: randomUUID(),
      email: colleague.email,
      name: 'Fremmed',
      sectionId: null,
    });
    assert.notEqual(stranger.id, colleague.id);
    const kept = await store.findStaffByOid(tenantId, demoObjectId(colleague));
    assert.deepEqual([kept?.id, kept?.name], [colleague.id, colleague.name]);
  });

  it('when a user talks to the demo bot, then they are found by object id: a seeded colleague by theirs, a signed-in user by theirs, anyone else is the demo user', async () => {
    const colleague = data.staff[2]!;
    assert.equal((await botUser(demoObjectId(colleague)))?.staffId, colleague.id);

    const oid = randomUUID();
    const signedIn = await store.upsertStaffIdentity(tenantId, {
      oid,
      email: 'ny.kollega@roskilde.dk',
      name: 'Ny Kollega',
      sectionId: null,
    });
    assert.notEqual(signedIn.id, oid);
    assert.equal((await botUser(oid))?.staffId, signedIn.id, 'found by the object id, not by the row id');

    assert.equal((await botUser(randomUUID()))?.email, demoEmail);
  });
});

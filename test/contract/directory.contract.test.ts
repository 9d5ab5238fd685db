import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';
import { itNamesEveryMethodOf } from './support/store-ports.js';

const EMAIL = 'anne.larsen@roskilde.dk';

// Staff, sections and topics. A staff member is tenant + Entra object id; the email is an attribute. On every store.
for (const target of STORE_TARGETS) {
  describe(`Store contract, directory port, on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenant: string;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
    });
    after(async () => close?.());
    beforeEach(() => {
      tenant = newTenantId();
    });

    const signIn = (oid: string, name: string, email = EMAIL) =>
      store.upsertStaffIdentity(tenant, { oid, email, name, sectionId: null });

    itNamesEveryMethodOf('directory');

    describe('upsertStaffIdentity, findStaffByOid, findStaffByEmail', () => {
      it('when a second Entra user signs in with an email already in use, then they get their own row and neither row changes the other', async () => {
        const [first, second] = [randomUUID(), randomUUID()];
        const anne = await signIn(first, 'Anne Larsen');
        const newcomer = await signIn(second, 'Anne Lund');
        assert.notEqual(newcomer.id, anne.id);
        assert.equal((await store.findStaffByOid(tenant, first))?.name, 'Anne Larsen', 'the first row is untouched');

        await signIn(first, 'Anne Larsen');
        assert.equal((await signIn(second, 'Anne Lund')).id, newcomer.id, 'each sign-in finds its own row again');
        assert.equal((await store.findStaffByOid(tenant, second))?.name, 'Anne Lund');
        assert.equal((await store.findStaffByEmail(tenant, EMAIL))?.id, anne.id, 'by email, the earliest row');
      });

      it('when a staff member provisioned by email signs in, then the first object id claims the row; a later one with that email does not', async () => {
        const provisioned = await store.insertStaff(tenant, {
          email: EMAIL,
          name: 'Anne (import)',
          sectionId: 'virksomhedsservice',
          isAdmin: false,
        });
        const [first, second] = [randomUUID(), randomUUID()];
        const claimed = await signIn(first, 'Anne Larsen');
        assert.equal(claimed.id, provisioned.id);
        assert.equal(claimed.sectionId, 'virksomhedsservice', 'what was provisioned stays');
        const other = await signIn(second, 'Anne Lund');
        assert.notEqual(other.id, provisioned.id);
        assert.equal((await store.findStaffByOid(tenant, first))?.id, provisioned.id);
      });

      it('when two Entra users with one email sign in to a provisioned row at the same moment, then one claims it and the other gets a new row', async () => {
        const provisioned = await store.insertStaff(tenant, {
          email: EMAIL,
          name: 'Anne (import)',
          sectionId: null,
          isAdmin: false,
        });
        const [a, b] = await Promise.all([signIn(randomUUID(), 'A'), signIn(randomUUID(), 'B')]);
        assert.deepEqual([a.id === provisioned.id, b.id === provisioned.id].filter(Boolean).length, 1);
        assert.notEqual(a.id, b.id);
      });

      it('when the same new Entra user signs in twice at the same moment, then there is one row', async () => {
        const oid = randomUUID();
        const [a, b] = await Promise.all([signIn(oid, 'Anne Larsen'), signIn(oid, 'Anne Larsen')]);
        assert.equal(a.id, b.id);
        assert.equal((await store.listStaff(tenant)).length, 1);
      });

      it("when a user's email changes in the directory, then their row follows and takes no one else's", async () => {
        const [first, second] = [randomUUID(), randomUUID()];
        const anne = await signIn(first, 'Anne Larsen');
        const bo = await signIn(second, 'Bo Holm', 'bo.holm@roskilde.dk');
        const renamed = await signIn(second, 'Bo Holm', EMAIL);
        assert.equal(renamed.id, bo.id);
        assert.equal(renamed.email, EMAIL);
        assert.equal((await store.findStaffByOid(tenant, first))?.id, anne.id);
      });
    });

    describe('listStaffEmailClashes', () => {
      it('when rows share an email, then the clash lists them oldest first with their object ids; another tenant sees none', async () => {
        const provisioned = await store.insertStaff(tenant, {
          email: 'bo.holm@roskilde.dk',
          name: 'Bo Holm',
          sectionId: null,
          isAdmin: false,
        });
        const [first, second] = [randomUUID(), randomUUID()];
        const anne = await signIn(first, 'Anne Larsen');
        const newcomer = await signIn(second, 'Anne Lund');
        const clashes = await store.listStaffEmailClashes(tenant);
        assert.deepEqual(
          clashes.map((c) => [c.email, c.staff.map((s) => [s.id, s.entraOid, s.name])]),
          [
            [
              EMAIL,
              [
                [anne.id, first, 'Anne Larsen'],
                [newcomer.id, second, 'Anne Lund'],
              ],
            ],
          ],
        );
        assert.ok(
          !clashes.some((c) => c.staff.some((s) => s.id === provisioned.id)),
          'an email of its own is no clash',
        );
        assert.ok(clashes[0]!.staff.every((s) => s.createdAt instanceof Date));
        assert.deepEqual(await store.listStaffEmailClashes(newTenantId()), []);
      });
    });

    describe('insertStaff, listStaff, findStaffByEmail', () => {
      it('when staff are provisioned, then they list by name, by ids when asked, and are found by email in any case', async () => {
        const bo = await store.insertStaff(tenant, {
          email: 'Bo.Holm@Roskilde.dk',
          name: 'Bo Holm',
          sectionId: 'unge',
          isAdmin: true,
        });
        const anne = await store.insertStaff(tenant, {
          email: EMAIL,
          name: 'Anne Larsen',
          sectionId: null,
          isAdmin: false,
        });
        assert.deepEqual([bo.email, bo.sectionId, bo.isAdmin], ['bo.holm@roskilde.dk', 'unge', true]);
        assert.deepEqual(
          (await store.listStaff(tenant)).map((s) => s.name),
          ['Anne Larsen', 'Bo Holm'],
        );
        assert.deepEqual(
          (await store.listStaff(tenant, [bo.id])).map((s) => s.id),
          [bo.id],
        );
        assert.deepEqual(await store.listStaff(tenant, []), []);
        assert.equal((await store.findStaffByEmail(tenant, 'ANNE.LARSEN@roskilde.dk'))?.id, anne.id);
        assert.equal(await store.findStaffByEmail(newTenantId(), EMAIL), null);
        assert.deepEqual(await store.listStaff(newTenantId()), []);
      });

      it('when a staff row is provisioned with an object id, then it is found by that id', async () => {
        const oid = randomUUID();
        const staff = await store.insertStaff(tenant, {
          email: EMAIL,
          name: 'Anne Larsen',
          sectionId: null,
          isAdmin: false,
          entraOid: oid,
        });
        assert.equal((await store.findStaffByOid(tenant, oid))?.id, staff.id);
        assert.equal(await store.findStaffByOid(newTenantId(), oid), null);
      });
    });

    describe('insertSection, listSections', () => {
      it("when sections are added, then the tenant's list them by name; another tenant has none", async () => {
        await store.insertSection(tenant, { id: 'virksomhedsservice', name: 'Virksomhedsservice' });
        await store.insertSection(tenant, { id: 'unge', name: 'Ungeindsatsen' });
        assert.deepEqual(await store.listSections(tenant), [
          { id: 'unge', name: 'Ungeindsatsen' },
          { id: 'virksomhedsservice', name: 'Virksomhedsservice' },
        ]);
        assert.deepEqual(await store.listSections(newTenantId()), []);
      });
    });

    describe('replaceTopics, listTopics', () => {
      it('when topics are replaced, then the new list stands in its order, and an empty list clears it', async () => {
        await store.replaceTopics(tenant, DEFAULT_TOPICS);
        assert.deepEqual(await store.listTopics(tenant), [...DEFAULT_TOPICS]);
        const two = [DEFAULT_TOPICS[1]!, DEFAULT_TOPICS[0]!];
        await store.replaceTopics(tenant, two);
        assert.deepEqual(await store.listTopics(tenant), two);
        assert.deepEqual(await store.listTopics(newTenantId()), []);
        await store.replaceTopics(tenant, []);
        assert.deepEqual(await store.listTopics(tenant), []);
      });
    });
  });
}

import assert from 'node:assert/strict';
import { entraAuthenticator } from '../../src/adapters/auth/entra-authenticator.js';
import { DomainError } from '../../src/domain/errors.js';
import type { Staff } from '../../src/domain/model.js';
import type { ValidatedToken } from '../../src/adapters/auth/entra-token-validator.js';

const claims: ValidatedToken = {
  tenantId: 'tenant-a',
  objectId: 'oid-1',
  email: 'ny@roskilde.dk',
  name: 'Ny Medarbejder',
  roles: [],
  scopes: ['access_as_user'],
};

function signIn(departmentOf: () => Promise<string | null>) {
  const saved: { sectionId: string | null }[] = [];
  const warnings: object[] = [];
  const authenticator = entraAuthenticator({
    validator: { validate: async () => claims },
    store: {
      listSections: async () => [{ id: 'vs', name: 'Virksomhedsservice' }],
      upsertStaffIdentity: async (_tenantId, identity): Promise<Staff> => {
        saved.push({ sectionId: identity.sectionId });
        return { id: 's1', email: identity.email, name: identity.name, sectionId: identity.sectionId, isAdmin: false };
      },
    },
    adminRole: 'Kontaktspor.Admin',
    departmentOf,
    logger: { warn: (fields: object) => void warnings.push(fields) },
  });
  const actor = authenticator.authenticate({ authorization: 'Bearer abcdefghijklmnop' });
  return { actor, saved, warnings };
}

describe("Entra sign-in: a newcomer's section from their department", () => {
  it('when the department names a section, then the newcomer is placed there and nothing is logged', async () => {
    const { actor, saved, warnings } = signIn(async () => 'virksomhedsservice');
    assert.equal((await actor).sectionId, 'vs');
    assert.deepEqual(saved, [{ sectionId: 'vs' }]);
    assert.deepEqual(warnings, []);
  });

  it('when the profile cannot be read, then the sign-in still succeeds without a section and the failure is logged by code', async () => {
    const { actor, saved, warnings } = signIn(async () => {
      throw new DomainError('BAD_GATEWAY', 'Graph is down.');
    });
    assert.equal((await actor).sectionId, null);
    assert.deepEqual(saved, [{ sectionId: null }]);
    assert.deepEqual(warnings, [{ code: 'DEPARTMENT_UNAVAILABLE', cause: 'BAD_GATEWAY' }]);
  });
});

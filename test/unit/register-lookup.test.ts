import assert from 'node:assert/strict';
import { registerLookup } from '../../src/app/register-companies.js';
import { mergeCompanies } from '../../src/app/merge-companies.js';
import { DomainError } from '../../src/domain/errors.js';
import { RegisterFixtureSource, buildRegisterCompany } from '../support/register-fixture-source.js';
import { buildActor } from '../support/factories.js';
import type { CvrSource } from '../../src/ports/cvr-source.js';
import type { AuditEntry } from '../../src/domain/model.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const STAFF = '22222222-2222-4222-8222-222222222222';

/** The two store calls a lookup makes: our companies by CVR (none here) and the audit. */
function lookupStore(audits: AuditEntry[] = []) {
  return {
    findCompaniesByCvrPrefix: async () => [],
    appendAudit: async (_tenant: string, entry: AuditEntry) => void audits.push(entry),
  };
}

/** A register whose lookups fail the way a network call does. */
function failingSource(error: unknown): CvrSource {
  const source = new RegisterFixtureSource([]);
  source.lookup = async () => {
    throw error;
  };
  return source;
}

const rejectsWith = (code: string) => (error: unknown) => error instanceof DomainError && error.code === code;

describe('register lookups and merges (use cases)', () => {
  it('when the register times out, then the lookup answers REGISTER_UNAVAILABLE, not a crash', async () => {
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    await assert.rejects(
      registerLookup(
        { store: lookupStore(), register: { source: failingSource(timeout), municipalityCode: '265' } },
        buildActor(TENANT, STAFF),
        'fjordbyg',
      ),
      rejectsWith('REGISTER_UNAVAILABLE'),
    );
  });

  it('when the register adapter has a bug, then the error is not disguised as the register being down', async () => {
    const bug = new TypeError('cannot read properties of undefined');
    await assert.rejects(
      registerLookup(
        { store: lookupStore(), register: { source: failingSource(bug), municipalityCode: '265' } },
        buildActor(TENANT, STAFF),
        'fjordbyg',
      ),
      (error) => error === bug,
    );
  });

  it('when staff look a name up, then the audit keeps how many hits, never the name typed', async () => {
    const audits: AuditEntry[] = [];
    const source = new RegisterFixtureSource([buildRegisterCompany()]);
    const { items } = await registerLookup(
      { store: lookupStore(audits), register: { source, municipalityCode: '265' } },
      buildActor(TENANT, STAFF),
      'Fjordbyg',
    );
    assert.equal(items.length, 1);
    assert.deepEqual(audits, [{ actorId: STAFF, action: 'register.search', criteria: { hits: 1 } }]);
  });

  it('when a colleague who is not an admin merges, then FORBIDDEN and the store is not touched', async () => {
    const untouchable = new Proxy(
      {},
      {
        get() {
          throw new Error('the store was touched');
        },
      },
    );
    await assert.rejects(
      mergeCompanies(
        { store: untouchable as Parameters<typeof mergeCompanies>[0]['store'] },
        buildActor(TENANT, STAFF, { isAdmin: false }),
        'a',
        'b',
      ),
      rejectsWith('FORBIDDEN'),
    );
  });
});

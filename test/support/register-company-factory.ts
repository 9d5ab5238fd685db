/** A company as the CVR register describes it, for tests that import companies; override only what a test is about. */
import { randomInt } from 'node:crypto';
import type { RegisterCompany, RegisterPUnit } from '../../src/domain/register-company.js';
import { buildCvr } from './factories.js';

/** Roskilde's kommunekode, the municipality the tests' jobcenter serves. */
export const MUNICIPALITY = '265';

export function buildRegisterPUnit(overrides: Partial<RegisterPUnit> = {}): RegisterPUnit {
  return {
    pNumber: String(randomInt(1_000_000_000, 9_999_999_999)),
    name: null,
    address: {
      street: 'Algade 12',
      postcode: '4000',
      city: 'Roskilde',
      municipalityCode: MUNICIPALITY,
      countryCode: 'DK',
    },
    active: true,
    industryCode: '412000',
    employeeInterval: 'ANTAL_5_9',
    ...overrides,
  };
}

/** A trading company with 5-9 employees and one active workplace in Roskilde: it counts in the samarbejdsgrad. */
export function buildRegisterCompany(overrides: Partial<RegisterCompany> = {}): RegisterCompany {
  const cvr = overrides.cvr ?? buildCvr();
  return {
    cvr,
    name: `Registerfirma ${cvr} ApS`,
    nameHistory: [],
    address: {
      street: 'Algade 12',
      postcode: '4000',
      city: 'Roskilde',
      municipalityCode: MUNICIPALITY,
      countryCode: 'DK',
    },
    addressHistory: [],
    status: 'NORMAL',
    legalForm: { code: '80', short: 'APS', long: 'Anpartsselskab' },
    industryCode: '412000',
    industryText: 'Opførelse af bygninger',
    employeeInterval: 'ANTAL_5_9',
    advertisingProtected: false,
    domains: [],
    pUnits: [buildRegisterPUnit()],
    lastUpdated: '2026-11-30T08:00:00.000Z',
    ...overrides,
  };
}

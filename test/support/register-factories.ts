/** Register companies as the mappers hand them over: Roskilde (265) unless a test says otherwise. */
import type { RegisterCompany, RegisterPUnit } from '../../src/domain/register-company.js';
import { buildCvr } from './factories.js';

let nextPNumber = 1_012_000_000;

export function buildPUnit(overrides: Partial<RegisterPUnit> = {}): RegisterPUnit {
  nextPNumber += 1;
  return {
    pNumber: String(nextPNumber),
    name: 'Østergaard Byg A/S',
    address: {
      street: 'Industrivej 12',
      postcode: '4000',
      city: 'Roskilde',
      municipalityCode: '265',
      countryCode: 'DK',
    },
    active: true,
    industryCode: '412000',
    employeeInterval: 'ANTAL_20_49',
    ...overrides,
  };
}

export function buildRegisterCompany(overrides: Partial<RegisterCompany> = {}): RegisterCompany {
  const name = overrides.name ?? 'Østergaard Byg A/S';
  return {
    cvr: buildCvr(),
    name,
    nameHistory: [{ name, period: { from: '2009-04-01', to: null } }],
    address: {
      street: 'Industrivej 12',
      postcode: '4000',
      city: 'Roskilde',
      municipalityCode: '265',
      countryCode: 'DK',
    },
    addressHistory: [],
    status: 'NORMAL',
    legalForm: { code: '60', short: 'A/S', long: 'Aktieselskab' },
    industryCode: '412000',
    industryText: 'Opførelse af bygninger',
    employeeInterval: 'ANTAL_20_49',
    advertisingProtected: false,
    domains: ['ostergaard-byg.dk'],
    pUnits: [buildPUnit({ name })],
    lastUpdated: '2026-11-20T08:15:00.000Z',
    ...overrides,
  };
}

/**
 * A CvrSource over a fixed list of register companies, for tests that need the register without
 * the distribution: it answers lookups as the real register does (CVR, P-number, name), and
 * `unavailable = true` makes every call fail as an unreachable register does.
 */
import type { CvrSource, RegisterBatch, RegisterReadOptions } from '../../src/ports/cvr-source.js';
import { RegisterUnavailableError } from '../../src/ports/cvr-source.js';
import type { RegisterCompany, RegisterPUnit } from '../../src/domain/register-company.js';

export class RegisterFixtureSource implements CvrSource {
  readonly name = 'fixture';
  unavailable = false;
  /** Every lookup query, in order, so a test can tell what left for the register. */
  readonly queries: string[] = [];

  constructor(readonly companies: RegisterCompany[]) {}

  async lookup(query: string, limit: number): Promise<RegisterCompany[]> {
    this.queries.push(query);
    this.refuseWhenDown();
    const q = query.trim().toLowerCase();
    const hits = /^\d{8}$/.test(q)
      ? this.companies.filter((company) => company.cvr === q)
      : /^\d{10}$/.test(q)
        ? this.companies.filter((company) => company.pUnits.some((unit) => unit.pNumber === q))
        : this.companies.filter((company) => company.name.toLowerCase().includes(q));
    return hits.slice(0, limit);
  }

  async *companiesInMunicipality(municipalityCode: string, options: RegisterReadOptions): AsyncIterable<RegisterBatch> {
    yield* this.batches(
      this.companies.filter((company) =>
        company.pUnits.some((unit) => unit.address?.municipalityCode === municipalityCode),
      ),
      options,
    );
  }

  async *changedSince(
    municipalityCode: string,
    since: Date,
    options: RegisterReadOptions,
  ): AsyncIterable<RegisterBatch> {
    yield* this.batches(
      this.companies.filter(
        (company) =>
          new Date(company.lastUpdated) >= since &&
          company.pUnits.some((unit) => unit.address?.municipalityCode === municipalityCode),
      ),
      options,
    );
  }

  private async *batches(companies: RegisterCompany[], options: RegisterReadOptions): AsyncIterable<RegisterBatch> {
    this.refuseWhenDown();
    const sorted = [...companies].sort((a, b) => a.cvr.localeCompare(b.cvr));
    const after = options.after ?? '';
    const rest = sorted.filter((company) => company.cvr > after);
    for (let i = 0; i < rest.length; i += options.batchSize) {
      const batch = rest.slice(i, i + options.batchSize);
      yield { companies: batch, rejected: [], checkpoint: batch.at(-1)!.cvr };
    }
  }

  private refuseWhenDown(): void {
    if (this.unavailable) throw new RegisterUnavailableError('fixture register is down', 503);
  }
}

/** A P-unit in Roskilde (kommunekode 265) unless overridden. */
export function buildRegisterPUnit(overrides: Partial<RegisterPUnit> = {}): RegisterPUnit {
  return {
    pNumber: '1012345678',
    name: null,
    address: { street: 'Algade 12', postcode: '4000', city: 'Roskilde', municipalityCode: '265', countryCode: 'DK' },
    active: true,
    industryCode: '412000',
    employeeInterval: 'ANTAL_5_9',
    ...overrides,
  };
}

/** A trading A/S in Roskilde with one workplace there, as the register describes it. */
export function buildRegisterCompany(overrides: Partial<RegisterCompany> = {}): RegisterCompany {
  const address = {
    street: 'Algade 12',
    postcode: '4000',
    city: 'Roskilde',
    municipalityCode: '265',
    countryCode: 'DK',
  };
  return {
    cvr: '25313763',
    name: 'Fjordbyg Roskilde A/S',
    nameHistory: [{ name: 'Fjordbyg Roskilde A/S', period: { from: '2001-03-01', to: null } }],
    address,
    addressHistory: [{ address, period: { from: '2001-03-01', to: null } }],
    status: 'NORMAL',
    legalForm: { code: '60', short: 'A/S', long: 'Aktieselskab' },
    industryCode: '412000',
    industryText: 'Opførelse af bygninger',
    employeeInterval: 'ANTAL_5_9',
    advertisingProtected: false,
    domains: ['fjordbyg.dk'],
    pUnits: [buildRegisterPUnit()],
    lastUpdated: '2026-11-20T08:15:00.000Z',
    ...overrides,
  };
}

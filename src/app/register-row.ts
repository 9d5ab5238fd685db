/**
 * From what the register says of a company to what Kontaktspor stores: which P-units are in the
 * municipality, our employee band, whether the company counts in the samarbejdsgrad's denominator,
 * and a hash that tells a re-import that changes nothing from one that does.
 */
import type { CompanyPUnit } from '../domain/model.js';
import type { RegisterAddress, RegisterCompany, RegisterPUnit } from '../domain/register-company.js';
import { employeesAtLeast, isRegisterActive } from '../domain/register-company.js';
import type { RegisterCompanyRow } from '../ports/store/register-store.js';

/** Our bands (the company form's choices) by the register interval's lower bound. */
export function employeeBandOf(interval: string | null): string | null {
  const least = employeesAtLeast(interval);
  if (least === null || least < 1) return null;
  if (least < 10) return '1-9';
  if (least < 50) return '10-49';
  if (least < 250) return '50-249';
  return '250+';
}

export function isInMunicipality(address: RegisterAddress | null, municipalityCode: string): boolean {
  return address?.municipalityCode === municipalityCode;
}

function toCompanyPUnit(unit: RegisterPUnit, municipalityCode: string): CompanyPUnit {
  return {
    pNumber: unit.pNumber,
    name: unit.name,
    address: unit.address?.street ?? null,
    postcode: unit.address?.postcode ?? null,
    city: unit.address?.city ?? null,
    active: unit.active,
    inMunicipality: isInMunicipality(unit.address, municipalityCode),
  };
}

/** A legal unit the initial import takes: at least one active P-unit in the municipality. */
export function hasActiveWorkplaceIn(company: RegisterCompany, municipalityCode: string): boolean {
  return company.pUnits.some((unit) => unit.active && isInMunicipality(unit.address, municipalityCode));
}

export function toRegisterCompanyRow(company: RegisterCompany, municipalityCode: string): RegisterCompanyRow {
  const pUnits = company.pUnits
    .map((unit) => toCompanyPUnit(unit, municipalityCode))
    .sort((a, b) => a.pNumber.localeCompare(b.pNumber));
  const least = employeesAtLeast(company.employeeInterval);
  const counted =
    isRegisterActive(company.status) && least !== null && least >= 1 && hasActiveWorkplaceIn(company, municipalityCode);
  const body = {
    cvr: company.cvr,
    name: company.name,
    address: company.address?.street ?? null,
    postcode: company.address?.postcode ?? null,
    city: company.address?.city ?? null,
    industryCode: company.industryCode,
    employeeBand: employeeBandOf(company.employeeInterval),
    status: company.status,
    counted,
    facts: {
      status: company.status,
      legalForm: company.legalForm?.long ?? company.legalForm?.short ?? null,
      industryText: company.industryText,
      employeeInterval: company.employeeInterval,
      advertisingProtected: company.advertisingProtected,
      nameHistory: company.nameHistory,
      addressHistory: company.addressHistory,
      lastUpdated: company.lastUpdated,
    },
    pUnits,
    domains: [...new Set(company.domains)].sort(),
  };
  return { ...body, hash: contentHash(JSON.stringify(body)), lastUpdated: new Date(company.lastUpdated) };
}

/** cyrb53: a 53-bit string hash, enough to tell changed content apart; not for security. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

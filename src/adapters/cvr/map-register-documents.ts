/**
 * PLACEHOLDER, private to the emulator branch: a minimal mapper so the distribution adapter's tests
 * can run. The mappers helper owns this file; the lead keeps that version when merging.
 */
import type { RegisterCompany, RegisterPUnit } from '../../domain/register-company.js';
import type { Adresse, Historised, Vrvirksomhed, VrproduktionsEnhed } from './register-documents.js';

function current<T extends Historised>(list: T[] | null | undefined): T | null {
  const items = list ?? [];
  return items.find((i) => i.periode?.gyldigTil == null) ?? items.at(-1) ?? null;
}

function address(a: Adresse | null | undefined) {
  if (!a) return null;
  return {
    street: [a.vejnavn, a.husnummerFra, a.bogstavFra].filter((x) => x != null).join(' ') || null,
    postcode: a.postnummer == null ? null : String(a.postnummer),
    city: a.postdistrikt ?? null,
    municipalityCode: a.kommune?.kommuneKode == null ? null : String(a.kommune.kommuneKode).padStart(3, '0'),
    countryCode: a.landekode ?? null,
  };
}

export function cvrOfProductionUnit(p: VrproduktionsEnhed): string | null {
  const cvr = p.produktionsEnhedMetadata?.nyesteCvrNummerRelation ?? current(p.virksomhedsrelation ?? [])?.cvrNummer;
  return cvr == null ? null : String(cvr).padStart(8, '0');
}

export function mapLegalUnit(
  v: Vrvirksomhed,
  pUnits: VrproduktionsEnhed[],
  options: { ownDomains: readonly string[] },
): { company: RegisterCompany } | { rejection: string } {
  const cvr = v.cvrNummer == null ? null : String(v.cvrNummer);
  const name = current(v.navne)?.navn;
  if (!cvr || !/^\d{8}$/.test(cvr)) return { rejection: 'no valid cvrNummer' };
  if (!name) return { rejection: 'no name' };
  const units: RegisterPUnit[] = pUnits.map((p) => ({
    pNumber: String(p.pNummer),
    name: current(p.navne)?.navn ?? null,
    address: address(current(p.beliggenhedsadresse)),
    active: p.produktionsEnhedMetadata?.sammensatStatus === 'Aktiv',
    industryCode: current(p.hovedbranche)?.branchekode ?? null,
    employeeInterval: null,
  }));
  const domains = (v.elektroniskPost ?? [])
    .filter((e) => e.hemmelig !== true && e.kontaktoplysning)
    .map((e) => (e.kontaktoplysning as string).split('@')[1] ?? '')
    .filter((d) => d && !options.ownDomains.includes(d));
  return {
    company: {
      cvr,
      name,
      nameHistory: (v.navne ?? []).map((n) => ({
        name: n.navn ?? '',
        period: { from: n.periode?.gyldigFra ?? null, to: n.periode?.gyldigTil ?? null },
      })),
      address: address(current(v.beliggenhedsadresse)),
      addressHistory: [],
      status: current(v.virksomhedsstatus)?.status ?? 'UKENDT',
      legalForm: null,
      industryCode: current(v.hovedbranche)?.branchekode ?? null,
      industryText: current(v.hovedbranche)?.branchetekst ?? null,
      employeeInterval: null,
      advertisingProtected: v.reklamebeskyttet === true,
      domains,
      pUnits: units,
      lastUpdated: v.sidstOpdateret ?? '',
    },
  };
}

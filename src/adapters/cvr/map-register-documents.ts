/**
 * Pure mappers from the CVR distribution's documents (register-documents.ts) to RegisterCompany.
 * Current values: the entry without an end date, else the metadata's `nyeste*` object. A document
 * the service cannot key or name is rejected with a reason an operator can act on.
 */
import type {
  RegisterAddressEntry,
  RegisterCompany,
  RegisterLegalForm,
  RegisterNameEntry,
  RegisterPUnit,
} from '../../domain/register-company.js';
import { mapAddress } from './map-register-address.js';
import type {
  Beskaeftigelse,
  Navn,
  ProduktionsEnhedMetadata,
  Virksomhedsform,
  VirksomhedMetadata,
  VrproduktionsEnhed,
  Vrvirksomhed,
} from './register-documents.js';
import { registerDomains } from './register-domains.js';
import { newestEmployeeInterval } from './register-employment.js';
import {
  currentOf,
  digits,
  entries,
  inHistoryOrder,
  isCurrent,
  paddedDigits,
  periodOf,
  text,
  timestamp,
} from './register-values.js';

export interface LegalUnitMapOptions {
  /** The municipality's own mail domains: never a company's domain. */
  ownDomains: readonly string[];
}

export type LegalUnitMapping = { company: RegisterCompany } | { rejection: string };

function objectOrNull<T extends object>(value: T | null | undefined): T | null {
  return typeof value === 'object' && value !== null ? value : null;
}

/** The figure list plus the metadata's newest figure (which may be the only one a document carries). */
function withNewest(list: readonly Beskaeftigelse[] | null | undefined, newest: unknown): Beskaeftigelse[] {
  const extra = objectOrNull(newest as Beskaeftigelse | null);
  return extra === null ? entries(list) : [...entries(list), extra];
}

/** A P-number: 10 digits, or null. */
export function pNumberOf(p: VrproduktionsEnhed): string | null {
  const value = digits(p.pNummer);
  return value !== null && /^\d{10}$/.test(value) ? value : null;
}

/** The CVR the P-unit belongs to now: its current virksomhedsrelation, else the metadata's newest relation. */
export function cvrOfProductionUnit(p: VrproduktionsEnhed): string | null {
  const isCvr = (value: string | null): value is string => value !== null && /^\d{8}$/.test(value);
  const relation = digits(currentOf(p.virksomhedsrelation, null)?.cvrNummer);
  if (isCvr(relation)) return relation;
  const newest = digits(objectOrNull(p.produktionsEnhedMetadata)?.nyesteCvrNummerRelation);
  return isCvr(newest) ? newest : null;
}

/** Every kommunekode the P-unit's address has had (current and past): for reads of changes. */
export function municipalitiesOfProductionUnit(p: VrproduktionsEnhed): Set<string> {
  const newest = objectOrNull(p.produktionsEnhedMetadata)?.nyesteBeliggenhedsadresse;
  const codes = new Set<string>();
  for (const address of [...entries(p.beliggenhedsadresse), ...(objectOrNull(newest) ? [newest] : [])]) {
    const code = mapAddress(address)?.municipalityCode ?? null;
    if (code !== null) codes.add(code);
  }
  return codes;
}

function isActiveProductionUnit(p: VrproduktionsEnhed, metadata: ProduktionsEnhedMetadata | null): boolean {
  const status = text(metadata?.sammensatStatus);
  if (status !== null) return status.toLowerCase() === 'aktiv';
  // Without the composite status, a unit that still has a name or address in force is taken as active.
  return entries(p.navne).some(isCurrent) || entries(p.beliggenhedsadresse).some(isCurrent);
}

/** A P-unit, or null when it has no 10-digit P-number. */
export function mapProductionUnit(p: VrproduktionsEnhed): RegisterPUnit | null {
  const pNumber = pNumberOf(p);
  if (pNumber === null) return null;
  const metadata = objectOrNull(p.produktionsEnhedMetadata);
  const industry = currentOf(p.hovedbranche, metadata?.nyesteHovedbranche);
  return {
    pNumber,
    name: text(currentOf(namedOnly(p.navne), metadata?.nyesteNavn)?.navn),
    address: mapAddress(currentOf(p.beliggenhedsadresse, metadata?.nyesteBeliggenhedsadresse)),
    active: isActiveProductionUnit(p, metadata),
    industryCode: paddedDigits(industry?.branchekode, 6),
    employeeInterval: newestEmployeeInterval({
      kvartal: p.kvartalsbeskaeftigelse,
      aar: p.aarsbeskaeftigelse,
    }),
  };
}

function namedOnly(list: readonly Navn[] | null | undefined): Navn[] {
  return entries(list).filter((entry) => text(entry.navn) !== null);
}

function names(
  v: Vrvirksomhed,
  metadata: VirksomhedMetadata | null,
): { name: string; history: RegisterNameEntry[] } | null {
  const history = inHistoryOrder(namedOnly(v.navne)).map((entry) => ({
    name: text(entry.navn) ?? '',
    period: periodOf(entry),
  }));
  const newest = objectOrNull(metadata?.nyesteNavn);
  // A ceased company's names have all ended; the metadata then names it, else its last name does.
  const current = text(currentOf(namedOnly(v.navne), text(newest?.navn) !== null ? newest : null)?.navn);
  const name = current ?? history[history.length - 1]?.name ?? null;
  if (name === null) return null;
  const fromMetadataOnly = history.length === 0 && newest !== null;
  return { name, history: fromMetadataOnly ? [{ name, period: periodOf(newest) }] : history };
}

function addressHistory(v: Vrvirksomhed, metadata: VirksomhedMetadata | null): RegisterAddressEntry[] {
  const history = inHistoryOrder(v.beliggenhedsadresse).flatMap((entry) => {
    const address = mapAddress(entry);
    return address === null ? [] : [{ address, period: periodOf(entry) }];
  });
  if (history.length > 0) return history;
  // Without the list, the metadata's newest address is the only one known.
  const newest = objectOrNull(metadata?.nyesteBeliggenhedsadresse);
  const address = mapAddress(newest);
  return newest === null || address === null ? [] : [{ address, period: periodOf(newest) }];
}

function legalForm(form: Virksomhedsform | null): RegisterLegalForm | null {
  const code = digits(form?.virksomhedsformkode);
  if (form === null || code === null) return null;
  return { code, short: text(form.kortBeskrivelse), long: text(form.langBeskrivelse) };
}

/** The newest of the timestamps (ISO), ignoring unreadable ones. */
function newestTimestamp(first: string, others: unknown[]): string {
  return others.reduce<string>((newest, value) => {
    const candidate = timestamp(value);
    return candidate !== null && candidate > newest ? candidate : newest;
  }, first);
}

function uniqueProductionUnits(pUnits: readonly VrproduktionsEnhed[]): RegisterPUnit[] {
  // The same P-unit twice (two exports joined): the newer document wins.
  const newest = new Map<string, { unit: RegisterPUnit; updated: string }>();
  for (const doc of entries(pUnits)) {
    const unit = mapProductionUnit(doc);
    if (unit === null) continue;
    const updated = timestamp(doc.sidstOpdateret) ?? '';
    const known = newest.get(unit.pNumber);
    if (known === undefined || updated >= known.updated) newest.set(unit.pNumber, { unit, updated });
  }
  return [...newest.values()].map((entry) => entry.unit).sort((a, b) => a.pNumber.localeCompare(b.pNumber));
}

/**
 * A legal unit with the P-unit documents that belong to it (the caller joins them by CVR), or the
 * reason it cannot be used: no 8-digit cvrNummer, no name at all, no readable sidstOpdateret.
 */
export function mapLegalUnit(
  v: Vrvirksomhed,
  pUnits: readonly VrproduktionsEnhed[],
  options: LegalUnitMapOptions,
): LegalUnitMapping {
  // A CVR never starts with 0, so a number is converted as is, never padded.
  const cvr = digits(v.cvrNummer);
  if (v.cvrNummer === undefined || v.cvrNummer === null) return { rejection: 'company without cvrNummer' };
  if (cvr === null || !/^\d{8}$/.test(cvr)) {
    return { rejection: `cvrNummer ${JSON.stringify(v.cvrNummer).slice(0, 20)} is not 8 digits` };
  }
  const updated = timestamp(v.sidstOpdateret);
  if (updated === null) return { rejection: `CVR ${cvr} has no readable sidstOpdateret` };
  const metadata = objectOrNull(v.virksomhedMetadata);
  const named = names(v, metadata);
  if (named === null)
    return { rejection: `CVR ${cvr} has no name (navne and virksomhedMetadata.nyesteNavn are empty)` };

  const industry = currentOf(v.hovedbranche, metadata?.nyesteHovedbranche);
  const units = entries(pUnits);
  return {
    company: {
      cvr,
      name: named.name,
      nameHistory: named.history,
      address: mapAddress(currentOf(v.beliggenhedsadresse, metadata?.nyesteBeliggenhedsadresse)),
      addressHistory: addressHistory(v, metadata),
      // Only a status in force counts (an ended UNDER REKONSTRUKTION is over). Texts the service does
      // not know are kept as given: staff see them, registerStatusFlag gives them no flag.
      status: text(currentOf(v.virksomhedsstatus, null)?.status) ?? text(metadata?.sammensatStatus) ?? 'NORMAL',
      legalForm: legalForm(currentOf(v.virksomhedsform, metadata?.nyesteVirksomhedsform)),
      industryCode: paddedDigits(industry?.branchekode, 6),
      industryText: text(industry?.branchetekst),
      employeeInterval: newestEmployeeInterval({
        erstMaaned: withNewest(v.erstMaanedsbeskaeftigelse, metadata?.nyesteErstMaanedsbeskaeftigelse),
        maaned: withNewest(v.maanedsbeskaeftigelse, metadata?.nyesteMaanedsbeskaeftigelse),
        kvartal: withNewest(v.kvartalsbeskaeftigelse, metadata?.nyesteKvartalsbeskaeftigelse),
        aar: withNewest(v.aarsbeskaeftigelse, metadata?.nyesteAarsbeskaeftigelse),
      }),
      advertisingProtected: v.reklamebeskyttet === true,
      domains: registerDomains(v.elektroniskPost, v.hjemmeside, options.ownDomains),
      pUnits: uniqueProductionUnits(units),
      lastUpdated: newestTimestamp(
        updated,
        units.map((unit) => unit.sidstOpdateret),
      ),
    },
  };
}

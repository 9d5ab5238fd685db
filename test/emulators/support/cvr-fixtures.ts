/** Shared arrangements for the CVR emulator and distribution adapter suites. */
import type { RegisterSource, Vrvirksomhed, VrproduktionsEnhed } from '../../../src/adapters/cvr/register-documents.js';
import { generateMunicipality, type GeneratedMunicipality } from '../../../src/demo/emulators/cvr/municipality.js';

export const CVR_USER = 'kontaktspor-roskilde';
export const CVR_PASSWORD = 'correct horse battery staple';
/** The register's "now" for the generated data: every generated change is before it. */
export const REGISTER_NOW = new Date('2026-12-01T06:00:00.000Z');

let cached: GeneratedMunicipality | undefined;

/** A small Roskilde (200 generated legal units): fast, and still every kind of unit. */
export function smallRoskilde(): GeneratedMunicipality {
  cached ??= generateMunicipality({ seed: 4000, legalUnits: 200, now: REGISTER_NOW });
  return cached;
}

export function legalUnits(documents: readonly RegisterSource[]): Vrvirksomhed[] {
  return documents.flatMap((d) => ('Vrvirksomhed' in d ? [d.Vrvirksomhed] : []));
}

export function productionUnits(documents: readonly RegisterSource[]): VrproduktionsEnhed[] {
  return documents.flatMap((d) => ('VrproduktionsEnhed' in d ? [d.VrproduktionsEnhed] : []));
}

export function unitsOf(documents: readonly RegisterSource[], cvr: string): VrproduktionsEnhed[] {
  return productionUnits(documents).filter((p) => String(p.produktionsEnhedMetadata?.nyesteCvrNummerRelation) === cvr);
}

/** Municipality codes of every address a P-unit ever had. */
export function everKommuner(p: VrproduktionsEnhed): number[] {
  return (p.beliggenhedsadresse ?? []).map((a) => a.kommune?.kommuneKode ?? 0);
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** The register documents in test/fixtures/cvr, as the CVR distribution returns them. */
import { readFileSync } from 'node:fs';
import type { RegisterSource, VrproduktionsEnhed, Vrvirksomhed } from '../../../src/adapters/cvr/register-documents.js';

export const ACCEPTANCE_FILE = new URL('../../fixtures/cvr/acceptance.ndjson', import.meta.url);

function acceptanceSources(): RegisterSource[] {
  return readFileSync(ACCEPTANCE_FILE, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as RegisterSource];
      } catch {
        return [];
      }
    });
}

/** A fresh copy of the acceptance file's legal unit with this CVR (tests may change it). */
export function legalUnit(cvr: number): Vrvirksomhed {
  for (const source of acceptanceSources()) {
    if ('Vrvirksomhed' in source && source.Vrvirksomhed.cvrNummer === cvr) return source.Vrvirksomhed;
  }
  throw new Error(`no legal unit ${cvr} in acceptance.ndjson`);
}

/** The acceptance file's P-units that belong to this CVR. */
export function productionUnitsOf(cvr: number): VrproduktionsEnhed[] {
  return acceptanceSources().flatMap((source) =>
    'VrproduktionsEnhed' in source &&
    source.VrproduktionsEnhed.produktionsEnhedMetadata?.nyesteCvrNummerRelation === cvr
      ? [source.VrproduktionsEnhed]
      : [],
  );
}

export function fixtureDocument(name: string): Vrvirksomhed {
  const source = JSON.parse(readFileSync(new URL(`../../fixtures/cvr/${name}.json`, import.meta.url), 'utf8')) as {
    Vrvirksomhed: Vrvirksomhed;
  };
  return source.Vrvirksomhed;
}

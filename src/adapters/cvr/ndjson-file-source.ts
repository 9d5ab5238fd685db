/**
 * The register from a file of the distribution's documents, one `_source` a line (NDJSON): for a
 * municipality without distribution access, and for tests. Every read streams the file twice: first
 * the P-units (kept in memory: some 40,000 for a large municipality), then the legal units, joined
 * to their P-units by CVR. Only the companies a read returns are held; bad lines become rejections.
 */
import { normalizeCvr } from '../../domain/cvr.js';
import type { RegisterCompany, RegisterRejection } from '../../domain/register-company.js';
import type { CvrSource, RegisterBatch, RegisterReadOptions } from '../../ports/cvr-source.js';
import {
  cvrOfProductionUnit,
  mapLegalUnit,
  mapProductionUnit,
  municipalitiesOfProductionUnit,
  pNumberOf,
} from './map-register-documents.js';
import { parseRegisterLine, type ParsedLine } from './parse-register-line.js';
import { readNdjsonLines } from './read-ndjson-lines.js';
import type { VrproduktionsEnhed } from './register-documents.js';
import { digits, paddedDigits } from './register-values.js';

export interface NdjsonFileSourceOptions {
  ownDomains: readonly string[];
  /** Longer lines are rejected unread; default 1 MiB (the largest real documents are a few hundred KB). */
  maxLineBytes?: number;
}

const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

interface LineRejection {
  line: number;
  rejection: RegisterRejection;
}

interface ProductionUnitLine {
  line: number;
  doc: VrproduktionsEnhed;
  cvr: string;
}

interface ProductionUnits {
  byCvr: Map<string, ProductionUnitLine[]>;
  byPNumber: Map<string, ProductionUnitLine>;
  rejected: LineRejection[];
}

interface LegalUnitLine {
  line: number;
  cvr: string | null;
  mapping: ReturnType<typeof mapLegalUnit>;
}

function municipality(code: string): string {
  const padded = paddedDigits(code.trim(), 3);
  if (padded === null) throw new RangeError(`"${code}" is not a kommunekode (3 digits)`);
  return padded;
}

function readOptions(options: RegisterReadOptions): { after: string | null; batchSize: number } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new RangeError(`batchSize must be a positive whole number, not ${options.batchSize}`);
  }
  const after = options.after ?? null;
  // The checkpoint is a CVR this source gave out; anything else is a caller's bug, not a place to resume.
  if (after !== null && after !== '' && !/^\d{8}$/.test(after)) throw new RangeError(`unknown checkpoint "${after}"`);
  return { after: after === '' ? null : after, batchSize: options.batchSize };
}

function byLine(a: LineRejection, b: LineRejection): number {
  return a.line - b.line;
}

export function createNdjsonFileSource(path: string, options: NdjsonFileSourceOptions): CvrSource {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;

  async function* parsedLines(signal?: AbortSignal): AsyncGenerator<ParsedLine> {
    for await (const line of readNdjsonLines(path, maxLineBytes, signal)) {
      signal?.throwIfAborted();
      yield parseRegisterLine(line, maxLineBytes);
    }
  }

  /** Pass 1: the P-units by CVR, and every line that is not a usable document. */
  async function productionUnits(signal?: AbortSignal): Promise<ProductionUnits> {
    const units: ProductionUnits = { byCvr: new Map(), byPNumber: new Map(), rejected: [] };
    for await (const parsed of parsedLines(signal)) {
      if (parsed.kind === 'rejected') units.rejected.push(parsed);
      if (parsed.kind !== 'productionUnit') continue;
      const reject = (reason: string): void => {
        units.rejected.push({ line: parsed.line, rejection: { ref: `line ${parsed.line}`, reason } });
      };
      const pNumber = pNumberOf(parsed.doc);
      const cvr = cvrOfProductionUnit(parsed.doc);
      if (pNumber === null) reject('P-unit without a 10-digit pNummer');
      else if (cvr === null)
        reject(`P-unit ${pNumber} names no legal unit (virksomhedsrelation, nyesteCvrNummerRelation)`);
      else {
        const unit = { line: parsed.line, doc: parsed.doc, cvr };
        units.byPNumber.set(pNumber, unit);
        const ofCvr = units.byCvr.get(cvr);
        if (ofCvr === undefined) units.byCvr.set(cvr, [unit]);
        else ofCvr.push(unit);
      }
    }
    return units;
  }

  /** Pass 2: every legal unit, mapped with its P-units. */
  async function* legalUnits(units: ProductionUnits, signal?: AbortSignal): AsyncGenerator<LegalUnitLine> {
    for await (const parsed of parsedLines(signal)) {
      if (parsed.kind !== 'legalUnit') continue;
      const cvr = digits(parsed.doc.cvrNummer);
      const pUnits = (cvr === null ? [] : (units.byCvr.get(cvr) ?? [])).map((unit) => unit.doc);
      yield { line: parsed.line, cvr, mapping: mapLegalUnit(parsed.doc, pUnits, options) };
    }
  }

  /**
   * The legal units `wanted` accepts, after the checkpoint, in CVR order and batches. Rejections go
   * in the first batch of a fresh read only: a resumed read already reported them before its checkpoint.
   */
  async function* read(
    readOpts: RegisterReadOptions,
    wanted: (company: RegisterCompany, units: ProductionUnitLine[]) => boolean,
    orphans: (units: ProductionUnits, legalCvrs: Set<string>) => LineRejection[],
  ): AsyncGenerator<RegisterBatch> {
    const { after, batchSize } = readOptions(readOpts);
    const units = await productionUnits(readOpts.signal);
    const rejected = [...units.rejected];
    const companies = new Map<string, RegisterCompany>();
    const legalCvrs = new Set<string>();
    for await (const { line, cvr, mapping } of legalUnits(units, readOpts.signal)) {
      if (cvr !== null) legalCvrs.add(cvr);
      if ('rejection' in mapping) {
        rejected.push({ line, rejection: { ref: `line ${line}`, reason: mapping.rejection } });
        continue;
      }
      const company = mapping.company;
      if (after !== null && company.cvr <= after) continue;
      if (!wanted(company, units.byCvr.get(company.cvr) ?? [])) continue;
      // The same CVR twice (exports joined): the newer document wins.
      const known = companies.get(company.cvr);
      if (known === undefined || company.lastUpdated >= known.lastUpdated) companies.set(company.cvr, company);
    }
    let pending =
      after === null ? [...rejected, ...orphans(units, legalCvrs)].sort(byLine).map((entry) => entry.rejection) : [];
    // Eight-digit strings sort as numbers do.
    const ordered = [...companies.values()].sort((a, b) => (a.cvr < b.cvr ? -1 : a.cvr > b.cvr ? 1 : 0));
    for (let start = 0; start < ordered.length; start += batchSize) {
      readOpts.signal?.throwIfAborted();
      const batch = ordered.slice(start, start + batchSize);
      yield { companies: batch, rejected: pending, checkpoint: batch[batch.length - 1]?.cvr ?? after ?? '' };
      pending = [];
    }
    if (pending.length > 0) yield { companies: [], rejected: pending, checkpoint: after ?? '' };
  }

  return {
    name: 'file',

    companiesInMunicipality(municipalityCode, readOpts) {
      const code = municipality(municipalityCode);
      const isHere = (unit: ProductionUnitLine): boolean => {
        const mapped = mapProductionUnit(unit.doc);
        return mapped !== null && mapped.active && mapped.address?.municipalityCode === code;
      };
      return read(
        readOpts,
        (company) => company.pUnits.some((unit) => unit.active && unit.address?.municipalityCode === code),
        // An active workplace here whose company the file lacks would silently be missing: say so.
        (units, legalCvrs) =>
          [...units.byPNumber.entries()]
            .filter(([, unit]) => !legalCvrs.has(unit.cvr) && isHere(unit))
            .map(([pNumber, unit]) => ({
              line: unit.line,
              rejection: {
                ref: `line ${unit.line}`,
                reason: `P-unit ${pNumber} in municipality ${code} belongs to CVR ${unit.cvr}, which has no Vrvirksomhed line in the file`,
              },
            })),
      );
    },

    changedSince(municipalityCode, since, readOpts) {
      const code = municipality(municipalityCode);
      const sinceIso = since.toISOString();
      return read(
        readOpts,
        (company, units) =>
          company.lastUpdated >= sinceIso && units.some((unit) => municipalitiesOfProductionUnit(unit.doc).has(code)),
        () => [],
      );
    },

    async lookup(query, limit, signal) {
      const trimmed = query.trim();
      if (trimmed.length === 0 || limit < 1) return [];
      const units = await productionUnits(signal);
      const compact = trimmed.replace(/[\s-]/g, '');
      const cvr =
        normalizeCvr(trimmed) ?? (/^\d{10}$/.test(compact) ? (units.byPNumber.get(compact)?.cvr ?? '') : null);
      if (cvr === '') return [];
      const needle = trimmed.toLocaleLowerCase('da');
      const found = new Map<string, RegisterCompany>();
      for await (const { mapping } of legalUnits(units, signal)) {
        if ('rejection' in mapping) continue;
        const company = mapping.company;
        const matches = cvr !== null ? company.cvr === cvr : company.name.toLocaleLowerCase('da').includes(needle);
        if (matches && !found.has(company.cvr)) found.set(company.cvr, company);
        if (found.size >= limit || (cvr !== null && found.size > 0)) break;
      }
      return [...found.values()];
    },
  };
}

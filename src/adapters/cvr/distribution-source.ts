/**
 * CvrSource over the CVR distribution (Elasticsearch, INTEGRATIONS.md "CVR"). A municipality read
 * finds the CVRs through the P-units (a company meets the jobcenter at its workplace, and its seat
 * may be elsewhere), then fetches legal units and all their P-units a batch at a time, in CVR order,
 * so a checkpoint is simply the last CVR of a batch.
 */
import type { RegisterCompany, RegisterRejection } from '../../domain/register-company.js';
import type { CvrSource, RegisterBatch, RegisterReadOptions } from '../../ports/cvr-source.js';
import { outboundFetch, type OutboundFetch } from '../outbound-fetch.js';
import { DistributionClient } from './distribution-client.js';
import { cvrOfProductionUnit, mapLegalUnit } from './map-register-documents.js';
import type { Vrvirksomhed, VrproduktionsEnhed } from './register-documents.js';

export interface DistributionSourceOptions {
  /** e.g. `http://distribution.virk.dk` (no trailing index). */
  baseUrl: string;
  user: string;
  password: string;
  /** The municipality's own mail/web domains, never a company's. */
  ownDomains: readonly string[];
  fetch?: OutboundFetch;
  /** Hits per scroll page (default 500). */
  pageSize?: number;
  /** Per HTTP call (default 30 s). */
  timeoutMs?: number;
}

type LegalDoc = { Vrvirksomhed: Vrvirksomhed };
type UnitDoc = { VrproduktionsEnhed: VrproduktionsEnhed };

const P = 'VrproduktionsEnhed';
const V = 'Vrvirksomhed';
/** A `terms` query stays far below Elasticsearch's limit on terms per query. */
const TERMS_CHUNK = 1000;

function municipalityNumber(code: string): number {
  if (!/^\d{3}$/.test(code)) throw new Error(`CVR distribution: kommunekode must be 3 digits, got "${code}"`);
  return Number(code);
}

function checkpointOf(after: string | null | undefined): string | null {
  if (after === null || after === undefined || after === '') return null;
  if (!/^\d{8}$/.test(after)) throw new Error('CVR distribution: not a checkpoint of this source');
  return after;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function cvrString(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const digits = String(value).padStart(8, '0');
  return /^\d{8}$/.test(digits) ? digits : null;
}

/** Every CVR a P-unit belongs or belonged to (a P-unit can change owner). */
function relatedCvrs(unit: VrproduktionsEnhed): string[] {
  const cvrs = (unit.virksomhedsrelation ?? []).map((r) => cvrString(r.cvrNummer));
  cvrs.push(cvrOfProductionUnit(unit));
  return cvrs.filter((c): c is string => c !== null);
}

export function createDistributionSource(options: DistributionSourceOptions): CvrSource {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pageSize = options.pageSize ?? 500;
  const client = new DistributionClient({
    baseUrl: options.baseUrl,
    user: options.user,
    password: options.password,
    fetch: options.fetch ?? outboundFetch({ timeoutMs }),
    timeoutMs,
  });

  /** Legal units and all their P-units for these CVRs, mapped, in the given order. */
  async function fetchCompanies(cvrs: readonly string[], signal?: AbortSignal) {
    const numbers = cvrs.map(Number);
    const [legal, units] = await Promise.all([
      client.all<LegalDoc>(
        'virksomhed',
        {
          query: { bool: { filter: [{ terms: { [`${V}.cvrNummer`]: numbers } }] } },
          sort: [{ [`${V}.cvrNummer`]: 'asc' }],
        },
        pageSize,
        signal,
      ),
      client.all<UnitDoc>(
        'produktionsenhed',
        {
          query: { bool: { filter: [{ terms: { [`${P}.virksomhedsrelation.cvrNummer`]: numbers } }] } },
          sort: [{ [`${P}.pNummer`]: 'asc' }],
        },
        pageSize,
        signal,
      ),
    ]);
    const legalByCvr = new Map<string, Vrvirksomhed>();
    for (const doc of legal) {
      const cvr = cvrString(doc.Vrvirksomhed?.cvrNummer);
      if (cvr) legalByCvr.set(cvr, doc.Vrvirksomhed);
    }
    const unitsByCvr = new Map<string, VrproduktionsEnhed[]>();
    for (const doc of units) {
      const cvr = doc.VrproduktionsEnhed ? cvrOfProductionUnit(doc.VrproduktionsEnhed) : null;
      if (cvr) unitsByCvr.set(cvr, [...(unitsByCvr.get(cvr) ?? []), doc.VrproduktionsEnhed]);
    }
    const companies: RegisterCompany[] = [];
    const rejected: RegisterRejection[] = [];
    for (const cvr of cvrs) {
      const v = legalByCvr.get(cvr);
      if (!v) {
        rejected.push({ ref: `cvr ${cvr}`, reason: 'the distribution has P-units but no legal unit for this CVR' });
        continue;
      }
      const mapped = mapLegalUnit(v, unitsByCvr.get(cvr) ?? [], { ownDomains: options.ownDomains });
      if ('company' in mapped) companies.push(mapped.company);
      else rejected.push({ ref: `cvr ${cvr}`, reason: mapped.rejection });
    }
    return { companies, rejected };
  }

  async function* inBatches(cvrs: Iterable<string>, read: RegisterReadOptions): AsyncIterable<RegisterBatch> {
    if (!Number.isInteger(read.batchSize) || read.batchSize < 1)
      throw new Error('CVR distribution: batchSize must be >= 1');
    const after = checkpointOf(read.after);
    const todo = [...new Set(cvrs)].sort().filter((cvr) => after === null || cvr > after);
    for (const batch of chunks(todo, read.batchSize)) {
      const { companies, rejected } = await fetchCompanies(batch, read.signal);
      yield { companies, rejected, checkpoint: batch[batch.length - 1] as string };
    }
  }

  /** CVRs of the P-units a query finds. */
  async function cvrsOfUnits(filter: object[], signal?: AbortSignal): Promise<Set<string>> {
    const cvrs = new Set<string>();
    const body = {
      query: { bool: { filter } },
      _source: [`${P}.pNummer`, `${P}.virksomhedsrelation`, `${P}.produktionsEnhedMetadata.nyesteCvrNummerRelation`],
    };
    for await (const hits of client.scroll<UnitDoc>('produktionsenhed', body, pageSize, signal)) {
      for (const hit of hits)
        if (hit._source.VrproduktionsEnhed) relatedCvrs(hit._source.VrproduktionsEnhed).forEach((c) => cvrs.add(c));
    }
    return cvrs;
  }

  return {
    name: 'distribution',

    async *companiesInMunicipality(municipalityCode, read) {
      const kommune = municipalityNumber(municipalityCode);
      const active = new Set<string>();
      const body = {
        query: {
          bool: {
            filter: [
              { term: { [`${P}.produktionsEnhedMetadata.nyesteBeliggenhedsadresse.kommune.kommuneKode`]: kommune } },
              { match: { [`${P}.produktionsEnhedMetadata.sammensatStatus`]: 'Aktiv' } },
            ],
          },
        },
        _source: [`${P}.pNummer`, `${P}.virksomhedsrelation`, `${P}.produktionsEnhedMetadata.nyesteCvrNummerRelation`],
      };
      // Only the current owner: a workplace sold to another company no longer makes the seller local.
      for await (const hits of client.scroll<UnitDoc>('produktionsenhed', body, pageSize, read.signal)) {
        for (const hit of hits) {
          const cvr = hit._source.VrproduktionsEnhed ? cvrOfProductionUnit(hit._source.VrproduktionsEnhed) : null;
          if (cvr) active.add(cvr);
        }
      }
      yield* inBatches(active, read);
    },

    async *changedSince(municipalityCode, since, read) {
      const kommune = municipalityNumber(municipalityCode);
      const from = since.toISOString();
      // Any address period in the municipality, so a P-unit that moved out is still found.
      const everHere = { term: { [`${P}.beliggenhedsadresse.kommune.kommuneKode`]: kommune } };
      const changed = await cvrsOfUnits([everHere, { range: { [`${P}.sidstOpdateret`]: { gte: from } } }], read.signal);
      const local = await cvrsOfUnits([everHere], read.signal);
      for (const chunk of chunks([...local].sort(), TERMS_CHUNK)) {
        const body = {
          query: {
            bool: {
              filter: [
                { range: { [`${V}.sidstOpdateret`]: { gte: from } } },
                { terms: { [`${V}.cvrNummer`]: chunk.map(Number) } },
              ],
            },
          },
          _source: [`${V}.cvrNummer`],
        };
        for await (const hits of client.scroll<LegalDoc>('virksomhed', body, pageSize, read.signal)) {
          for (const hit of hits) {
            const cvr = cvrString(hit._source.Vrvirksomhed?.cvrNummer);
            if (cvr) changed.add(cvr);
          }
        }
      }
      yield* inBatches(changed, read);
    },

    async lookup(query, limit, signal) {
      const text = query.trim();
      if (text === '' || limit < 1) return [];
      const digits = text.replace(/^dk/i, '').replace(/[\s-]/g, '');
      if (/^\d{8}$/.test(digits)) return (await fetchCompanies([digits], signal)).companies;
      if (/^\d{10}$/.test(digits)) {
        const hits = await client.search<UnitDoc>(
          'produktionsenhed',
          { query: { term: { [`${P}.pNummer`]: Number(digits) } }, size: 1 },
          signal,
        );
        const cvr = hits[0]?._source.VrproduktionsEnhed
          ? cvrOfProductionUnit(hits[0]._source.VrproduktionsEnhed)
          : null;
        return cvr ? (await fetchCompanies([cvr], signal)).companies : [];
      }
      const hits = await client.search<LegalDoc>(
        'virksomhed',
        { query: { match_phrase_prefix: { [`${V}.navne.navn`]: text } }, size: limit, _source: [`${V}.cvrNummer`] },
        signal,
      );
      const cvrs = [...new Set(hits.map((h) => cvrString(h._source.Vrvirksomhed?.cvrNummer)))].filter(
        (c): c is string => c !== null,
      );
      return cvrs.length === 0 ? [] : (await fetchCompanies(cvrs, signal)).companies;
    },
  };
}

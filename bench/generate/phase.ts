/** What the load phases share: the generator's state, the generated people and companies, sampling. */
import type { Prng } from '../../src/demo/prng.js';
import { toSearchKey } from '../../src/domain/search-key.js';
import type { InsertSink } from './table-loader.js';

export const DAY = 86_400_000;

/** One generation's state: every phase draws from the same seeded stream, in the same order. */
export interface LoadContext {
  prng: Prng;
  tenant: string;
  sink: InsertSink;
  /** Rows loaded per table. */
  rows: Record<string, number>;
}

export interface GenCompany {
  id: string;
  name: string;
  cvr: string;
  domains: string[];
  contacts: { name: string; email: string | null }[];
  responsible: number | null;
  weight: number;
}

export interface GenStaff {
  id: string;
  email: string;
  name: string;
  sectionId: string;
}

export const asciiWord = (text: string) => toSearchKey(text).replace(/ /g, '');

export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i]!;
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** Index of the first cumulative weight above u. */
export function search(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The subset of Elasticsearch's query DSL the CVR distribution adapter sends, evaluated over
 * `_source` documents with Elasticsearch's object-array semantics: a dotted path that passes
 * through an array matches when any element matches. Anything outside the subset is a 400, so the
 * adapter cannot start relying on something the emulator would silently ignore.
 */

/** An Elasticsearch-style request error: `type` is the exception name ES reports. */
export class EsRequestError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'EsRequestError';
  }
}

export type Predicate = (source: unknown) => boolean;

/** Every leaf value at a dotted path; arrays on the way are flattened like ES does. */
export function valuesAt(source: unknown, path: string): unknown[] {
  let current: unknown[] = [source];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (Array.isArray(child)) next.push(...child);
      else if (child !== undefined && child !== null) next.push(child);
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]));
}

function parsing(message: string): EsRequestError {
  return new EsRequestError(400, 'parsing_exception', message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A query clause has exactly one key: its type. */
function single(value: unknown, where: string): [string, unknown] {
  if (!isObject(value)) throw parsing(`[${where}] query malformed, expected an object`);
  const keys = Object.keys(value);
  if (keys.length !== 1) throw parsing(`[${where}] query malformed, expected exactly one key, got [${keys.join(',')}]`);
  const key = keys[0] as string;
  return [key, value[key]];
}

/** term/terms compare like a keyword or numeric field: "265" equals 265. */
function sameTerm(docValue: unknown, queryValue: unknown): boolean {
  if (typeof docValue === 'object' || typeof queryValue === 'object') return false;
  return String(docValue) === String(queryValue);
}

function scalar(value: unknown, where: string): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw parsing(`[${where}] value must be a string, number or boolean`);
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Full-text matching is only allowed where the adapter uses it: names and the composite status. */
function requireTextField(field: string, kind: string): void {
  if (!/\.(navn|sammensatStatus)$/.test(field)) {
    throw new EsRequestError(400, 'query_shard_exception', `[${kind}] is not supported on [${field}] by the emulator`);
  }
}

function fieldAndQuery(body: unknown, kind: string, allowed: readonly string[]): [string, Record<string, unknown>] {
  const [field, spec] = single(body, kind);
  const options: Record<string, unknown> = isObject(spec) ? spec : { query: spec };
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw parsing(`[${kind}] query does not support [${key}]`);
  }
  return [field, options];
}

function compileTerm(body: unknown): Predicate {
  const [field, spec] = single(body, 'term');
  const raw = isObject(spec) ? spec.value : spec;
  if (isObject(spec) && Object.keys(spec).some((k) => k !== 'value'))
    throw parsing('[term] query supports only [value]');
  const value = scalar(raw, 'term');
  return (source) => valuesAt(source, field).some((v) => sameTerm(v, value));
}

function compileTerms(body: unknown): Predicate {
  const [field, list] = single(body, 'terms');
  if (!Array.isArray(list)) throw parsing('[terms] query requires an array of values');
  const wanted = new Set(list.map((v) => String(scalar(v, 'terms'))));
  return (source) => valuesAt(source, field).some((v) => typeof v !== 'object' && wanted.has(String(v)));
}

const RANGE_OPERATORS = ['gte', 'gt', 'lte', 'lt'] as const;

function compileRange(body: unknown): Predicate {
  const [field, spec] = single(body, 'range');
  if (!field.endsWith('sidstOpdateret')) {
    throw new EsRequestError(
      400,
      'query_shard_exception',
      `[range] is only emulated on sidstOpdateret, not [${field}]`,
    );
  }
  if (!isObject(spec)) throw parsing('[range] query malformed');
  const bounds: [(typeof RANGE_OPERATORS)[number], number][] = [];
  for (const [op, raw] of Object.entries(spec)) {
    if (!(RANGE_OPERATORS as readonly string[]).includes(op)) throw parsing(`[range] query does not support [${op}]`);
    const time = typeof raw === 'string' ? Date.parse(raw) : NaN;
    if (Number.isNaN(time)) throw parsing(`[range] failed to parse date field [${String(raw)}]`);
    bounds.push([op as (typeof RANGE_OPERATORS)[number], time]);
  }
  const within = (time: number) =>
    bounds.every(([op, bound]) =>
      op === 'gte' ? time >= bound : op === 'gt' ? time > bound : op === 'lte' ? time <= bound : time < bound,
    );
  return (source) =>
    valuesAt(source, field).some((v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && within(Date.parse(v)));
}

function compileMatch(body: unknown): Predicate {
  const [field, options] = fieldAndQuery(body, 'match', ['query', 'operator']);
  requireTextField(field, 'match');
  const wanted = tokens(String(scalar(options.query, 'match')));
  const all = String(options.operator ?? 'or').toLowerCase() === 'and';
  return (source) => {
    const have = new Set(valuesAt(source, field).flatMap((v) => (typeof v === 'string' ? tokens(v) : [])));
    return wanted.length > 0 && (all ? wanted.every((t) => have.has(t)) : wanted.some((t) => have.has(t)));
  };
}

function compileMatchPhrasePrefix(body: unknown): Predicate {
  const [field, options] = fieldAndQuery(body, 'match_phrase_prefix', ['query', 'max_expansions']);
  requireTextField(field, 'match_phrase_prefix');
  const wanted = tokens(String(scalar(options.query, 'match_phrase_prefix')));
  const phraseIn = (text: string): boolean => {
    const have = tokens(text);
    for (let start = 0; start + wanted.length <= have.length; start++) {
      const ok = wanted.every((t, i) =>
        i === wanted.length - 1 ? (have[start + i] as string).startsWith(t) : have[start + i] === t,
      );
      if (ok) return true;
    }
    return false;
  };
  return (source) => wanted.length > 0 && valuesAt(source, field).some((v) => typeof v === 'string' && phraseIn(v));
}

function clauses(value: unknown, where: string): Predicate[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((clause) => compileQuery(clause, where));
}

function compileBool(body: unknown): Predicate {
  if (!isObject(body)) throw parsing('[bool] query malformed');
  const required: Predicate[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key !== 'filter' && key !== 'must') throw parsing(`[bool] query does not support [${key}]`);
    required.push(...clauses(value, `bool.${key}`));
  }
  return (source) => required.every((p) => p(source));
}

/** Compiles a `query` object into a predicate over `_source`, or throws a 400 EsRequestError. */
export function compileQuery(query: unknown, where = 'query'): Predicate {
  const [kind, body] = single(query, where);
  switch (kind) {
    case 'bool':
      return compileBool(body);
    case 'term':
      return compileTerm(body);
    case 'terms':
      return compileTerms(body);
    case 'range':
      return compileRange(body);
    case 'match':
      return compileMatch(body);
    case 'match_phrase_prefix':
      return compileMatchPhrasePrefix(body);
    default:
      throw parsing(`unknown query [${kind}] (not emulated)`);
  }
}

const SORTABLE = /\.(cvrNummer|pNummer)$/;

/** `sort: [{ "Vrvirksomhed.cvrNummer": "asc" }]` (or `{order}`), only on CVR/P-numbers. */
export function compileSort(sort: unknown): ((a: unknown, b: unknown) => number) | null {
  if (sort === undefined) return null;
  const list = Array.isArray(sort) ? sort : [sort];
  const keys = list.map((entry) => {
    const [field, spec] = single(entry, 'sort');
    if (!SORTABLE.test(field)) throw parsing(`[sort] is only emulated on cvrNummer/pNummer, not [${field}]`);
    const order = isObject(spec) ? spec.order : spec;
    if (order !== 'asc' && order !== 'desc') throw parsing(`[sort] order must be asc or desc`);
    return { field, sign: order === 'asc' ? 1 : -1 };
  });
  const first = (source: unknown, field: string) => Number(valuesAt(source, field)[0] ?? Number.MAX_SAFE_INTEGER);
  return (a, b) => {
    for (const { field, sign } of keys) {
      const d = first(a, field) - first(b, field);
      if (d !== 0) return sign * d;
    }
    return 0;
  };
}

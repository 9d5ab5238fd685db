import { Prng } from '../../src/demo/prng.js';

/** One generated request. */
export interface FuzzRequest {
  method: string;
  /** Path with its query string. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** What was done to it, for the report. */
  mutation: string;
}

/** Real values from the running app, so valid requests reach past "not found". */
export interface FuzzSamples {
  /** By parameter or field name (`id`, `companyId`, `email`, `itemId`, `metric`, ...). */
  byName: Record<string, readonly string[]>;
}

type Schema = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  const?: unknown;
};
type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Document = { paths: Record<string, Record<string, Operation>> };

/** Strings an attacker or a confused client sends. */
const HOSTILE = [
  "' or 1=1 --",
  '"; drop table companies; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'nul\u0000byte',
  '\u202Egnp.exe',
  '😀👍🏽 Ærø Æblegård',
  '010190-1234',
  '__proto__',
  'constructor',
  '{{7*7}}${7*7}',
  'a b?c#d/e',
  ' ',
  '',
  '\uFFFF\uD800',
  'null',
  '-1',
  '1e309',
  'true',
];

const PRIMITIVES: unknown[] = [null, true, false, 0, -1, 1.5, 1e309, 2 ** 53 + 1, '', 'x', [], {}, [null], { a: 1 }];

/**
 * Requests generated from the OpenAPI document: valid ones built from each operation's schemas
 * (with real ids where the app has them), and mutated ones (wrong types, missing and extra fields,
 * huge, hostile and unicode strings, nulls, bad JSON, wrong or missing content type, mangled path
 * and query). Deterministic for a seed.
 */
export function fuzzRequests(
  document: Document,
  samples: FuzzSamples,
  options: { seed: number; count: number; skip?: (path: string, method: string) => boolean },
): FuzzRequest[] {
  const prng = new Prng(options.seed);
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .filter(([method]) => !options.skip?.(path, method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const { path, method, operation } = operations[i % operations.length]!;
    requests.push(generate(prng, samples, path, method, operation));
  }
  return requests;
}

function generate(
  prng: Prng,
  samples: FuzzSamples,
  template: string,
  method: string,
  operation: Operation,
): FuzzRequest {
  const parameters = operation.parameters ?? [];
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const pathValues: Record<string, string> = {};
  const query: [string, string][] = [];
  for (const parameter of parameters) {
    if (parameter.in === 'path')
      pathValues[parameter.name] = String(valueFor(prng, samples, parameter.schema, parameter.name, 0));
    else if (parameter.required || prng.chance(0.5)) {
      const value = valueFor(prng, samples, parameter.schema, parameter.name, 0);
      for (const item of Array.isArray(value) ? value : [value])
        if (item !== null && item !== undefined) query.push([parameter.name, String(item)]);
    }
  }
  let body: unknown = bodySchema ? valueFor(prng, samples, bodySchema, 'body', 0) : undefined;
  let rawBody: string | undefined;
  const headers: Record<string, string> = {};
  const mutations = [
    'valid',
    'valid',
    'body-field',
    'body-field',
    'missing-field',
    'extra-field',
    'raw-body',
    'content-type',
    'path',
    'query',
    'query',
  ];
  let mutation = prng.pick(mutations);
  if (!bodySchema && (mutation === 'body-field' || mutation === 'missing-field' || mutation === 'extra-field'))
    mutation = 'query';
  switch (mutation) {
    case 'body-field':
      body = mutateField(prng, body);
      break;
    case 'missing-field':
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        const keys = Object.keys(body);
        if (keys.length > 0) delete (body as Record<string, unknown>)[prng.pick(keys)];
      }
      break;
    case 'extra-field':
      if (body && typeof body === 'object' && !Array.isArray(body))
        (body as Record<string, unknown>)[prng.pick(['isAdmin', 'tenantId', '__proto__', 'x'.repeat(300), 'ø'])] =
          prng.pick(PRIMITIVES);
      break;
    case 'raw-body':
      rawBody = prng.pick([
        '{',
        '{"a":',
        'not json',
        '[1,2',
        '"\\ud800"',
        '\u0000',
        '{"a":1}}',
        'x'.repeat(200_000),
        '{"a":"' + 'y'.repeat(120_000) + '"}',
        '',
      ]);
      break;
    case 'content-type':
      headers['content-type'] = prng.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
        'multipart/form-data; boundary=x',
        'application/xml',
        '',
      ]);
      if (headers['content-type'] === '') delete headers['content-type'];
      break;
    case 'path': {
      const names = Object.keys(pathValues);
      if (names.length > 0)
        pathValues[prng.pick(names)] = prng.pick([...HOSTILE, 'x'.repeat(3000), prng.uuid(), '%E0%A4%A', '%2F']);
      else query.push([prng.pick(['unknown', 'limit', 'id']), prng.pick(HOSTILE)]);
      break;
    }
    case 'query': {
      const parameter = parameters.filter((p) => p.in === 'query');
      const name =
        parameter.length > 0 && prng.chance(0.8)
          ? prng.pick(parameter).name
          : prng.pick(['unknown', '__proto__', 'a[b]', 'limit[$gt]']);
      const value = prng.pick([
        ...HOSTILE,
        'x'.repeat(prng.pick([300, 5000])),
        '-5',
        '1.5',
        '99999999999999999999',
        '2024-02-30',
        'NaN',
      ]);
      if (prng.chance(0.3)) query.push([name, value], [name, value]);
      else {
        const at = query.findIndex(([key]) => key === name);
        if (at >= 0) query[at] = [name, value];
        else query.push([name, value]);
      }
      break;
    }
  }
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) =>
    mutation === 'path' ? encodeLoosely(pathValues[name]!) : safeEncode(pathValues[name]!),
  );
  const search = query.length > 0 ? `?${query.map(([k, v]) => `${safeEncode(k)}=${safeEncode(v)}`).join('&')}` : '';
  // fetch cannot send a body with a GET; a DELETE with one is fair game.
  const sendsBody = ['post', 'put', 'patch'].includes(method) || (method === 'delete' && mutation === 'raw-body');
  if (sendsBody) {
    if (!('content-type' in headers) && mutation !== 'content-type') headers['content-type'] = 'application/json';
    rawBody ??= body === undefined ? (method === 'post' ? '{}' : undefined) : JSON.stringify(body);
  }
  return {
    method: method.toUpperCase(),
    url: `${path}${search}`,
    headers,
    ...(sendsBody && rawBody !== undefined && { body: rawBody }),
    mutation,
  };
}

/** Keeps some characters raw in the path (percent signs, slashes) the way a careless client would. */
function encodeLoosely(value: string): string {
  // A raw `..` segment is resolved away by the client before it is sent: encode the slashes instead.
  if (value.includes('..')) return safeEncode(value);
  return value.replace(/[ ?#\u0000-\u001f\u007f-\uffff"<>`{}|\\^]/g, safeEncode);
}

/** encodeURIComponent, with a lone surrogate (no UTF-8 form) sent as the replacement character. */
function safeEncode(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function mutateField(prng: Prng, body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return prng.pick(PRIMITIVES);
  const record = body as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0) return { [prng.pick(['name', 'value', 'x'])]: prng.pick(PRIMITIVES) };
  const key = prng.pick(keys);
  const inner = record[key];
  if (inner && typeof inner === 'object' && !Array.isArray(inner) && prng.chance(0.5))
    record[key] = mutateField(prng, inner);
  else if (Array.isArray(inner) && inner.length > 0 && prng.chance(0.5))
    inner[prng.int(0, inner.length - 1)] = prng.pick([...PRIMITIVES, ...HOSTILE]);
  else
    record[key] = prng.pick([
      ...PRIMITIVES,
      ...HOSTILE,
      'x'.repeat(prng.pick([500, 5000, 50_000])),
      Array(60).fill('rekruttering'),
    ]);
  return record;
}

/** A value the schema accepts, as far as a generator without a regex engine can tell. */
function valueFor(prng: Prng, samples: FuzzSamples, schema: Schema, name: string, depth: number): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.allOf?.length) return valueFor(prng, samples, schema.allOf[0]!, name, depth);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return valueFor(prng, samples, prng.pick(choices), name, depth);
  if (schema.nullable && prng.chance(0.1)) return null;
  if (schema.enum?.length) return prng.pick(schema.enum);
  const known = samples.byName[name];
  if (known?.length && schema.type !== 'array' && schema.type !== 'object' && prng.chance(0.9)) return prng.pick(known);
  switch (schema.type) {
    case 'boolean':
      return prng.chance(0.5);
    case 'integer':
    case 'number': {
      const min = Math.max(schema.minimum ?? 0, -1_000_000);
      const max = Math.min(schema.maximum ?? 100, 1_000_000);
      return schema.type === 'integer' ? prng.int(Math.ceil(min), Math.floor(max)) : prng.float(min, max);
    }
    case 'array': {
      const count = prng.int(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3));
      const itemName = samples.byName[name] ? name : singular(name);
      return Array.from({ length: count }, () => valueFor(prng, samples, schema.items ?? {}, itemName, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || prng.chance(0.5))
          out[key] = valueFor(prng, samples, property, key, depth + 1);
      }
      return out;
    }
    case 'string':
    default: {
      if (schema.format === 'uuid' || schema.pattern?.includes('[0-9a-fA-F]{8}')) return prng.uuid();
      if (schema.format === 'date') return `20${prng.int(10, 30)}-0${prng.int(1, 9)}-1${prng.int(0, 9)}`;
      if (schema.pattern === '^\\d{4}$') return prng.digits(4);
      const length = prng.int(Math.max(schema.minLength ?? 1, 1), Math.min(schema.maxLength ?? 20, 20));
      return prng
        .pick(['Roskilde', 'Æblegård ApS', 'lager', 'note'])
        .padEnd(length, 'x')
        .slice(0, Math.max(length, schema.minLength ?? 0));
    }
  }
}

const singular = (name: string) => (name.endsWith('s') ? name.slice(0, -1) : name);

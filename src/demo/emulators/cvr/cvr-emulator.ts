/**
 * A local stand-in for the CVR distribution (Erhvervsstyrelsen's Elasticsearch, "System-til-system
 * adgang til CVR-data") over plain HTTP: `_search` on both indexes with scroll, Basic auth, and
 * Elasticsearch's error bodies. The documents live in memory; tests and the demo change them through
 * the mutation helpers, which historise like the register. Used by tests and by demo mode.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Adresse, RegisterSource } from '../../../adapters/cvr/register-documents.js';
import { CvrRegisterState, type CvrIndex } from './cvr-state.js';
import { compileQuery, compileSort, EsRequestError } from './cvr-query.js';

export { CvrRegisterState } from './cvr-state.js';

export interface CvrEmulatorOptions {
  documents: readonly RegisterSource[];
  /** Basic-auth users: name → password. */
  users: Readonly<Record<string, string>>;
  /** 0 (default): any free port. */
  port?: number;
}

export interface CvrEmulatorFaults {
  /** The next `count` requests answer `status` (503 by default) instead of being served. */
  failNext(count: number, status?: number): void;
}

export interface CvrEmulator {
  /** `http://127.0.0.1:PORT` (the adapter's baseUrl). */
  readonly url: string;
  readonly state: CvrRegisterState;
  readonly faults: CvrEmulatorFaults;
  /** Scroll contexts not yet cleared or exhausted (a client should leave none behind). */
  openScrolls(): number;
  rename(cvr: string, name: string, at: Date): void;
  setStatus(cvr: string, status: string, at: Date): void;
  addCompany(documents: readonly RegisterSource[]): void;
  moveProductionUnit(pNumber: string, address: Omit<Adresse, 'periode' | 'sidstOpdateret'>, at: Date): void;
  closeProductionUnit(pNumber: string, at: Date): void;
  close(): Promise<void>;
}

const SEARCH_PATH = /^\/cvr-permanent\/(virksomhed|produktionsenhed)\/_search$/;
const SEARCH_KEYS = new Set(['query', 'size', 'sort', '_source']);
const MAX_RESULT_WINDOW = 10_000;
const REALM = 'Basic realm="security" charset="UTF-8"';

interface ScrollContext {
  index: CvrIndex;
  hits: unknown[];
  position: number;
  size: number;
}

function errorBody(status: number, type: string, reason: string, extra: Record<string, unknown> = {}) {
  const cause = { type, reason, ...extra };
  return { error: { root_cause: [cause], ...cause }, status };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EsRequestError(400, 'json_parse_exception', 'Unexpected character in request body');
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The user name when the Basic credentials are right; otherwise the 401's reason. */
function authenticate(req: IncomingMessage, users: Readonly<Record<string, string>>, path: string) {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return { reason: `missing authentication credentials for REST request [${path}]` };
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon < 0 ? decoded : decoded.slice(0, colon);
  const password = colon < 0 ? '' : decoded.slice(colon + 1);
  const expected = Object.hasOwn(users, user) ? users[user] : undefined;
  if (expected === undefined || !sameSecret(password, expected)) {
    return { reason: `unable to authenticate user [${user}] for REST request [${path}]` };
  }
  return { user };
}

function parseSize(value: unknown): number {
  if (value === undefined) return 10;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new EsRequestError(400, 'parsing_exception', '[size] must be a non-negative integer');
  }
  if (value > MAX_RESULT_WINDOW) {
    throw new EsRequestError(
      400,
      'illegal_argument_exception',
      `Result window is too large, size must be <= ${MAX_RESULT_WINDOW}`,
    );
  }
  return value;
}

function parseScroll(value: string | null | undefined): void {
  if (value === null || value === undefined || !/^\d+[smh]$/.test(value)) {
    throw new EsRequestError(
      400,
      'illegal_argument_exception',
      `failed to parse setting [scroll] with value [${value}]`,
    );
  }
}

export async function startCvrEmulator(options: CvrEmulatorOptions): Promise<CvrEmulator> {
  const state = new CvrRegisterState(options.documents);
  const scrolls = new Map<string, ScrollContext>();
  let failures: { remaining: number; status: number } = { remaining: 0, status: 503 };

  const hit = (index: CvrIndex, source: unknown) => {
    const doc = source as RegisterSource;
    const id = 'Vrvirksomhed' in doc ? doc.Vrvirksomhed.enhedsNummer : doc.VrproduktionsEnhed.enhedsNummer;
    return { _index: `cvr-permanent-${index}`, _type: '_doc', _id: String(id ?? ''), _score: null, _source: doc };
  };

  const page = (context: ScrollContext, scrollId: string | null) => {
    const slice = context.hits.slice(context.position, context.position + context.size);
    context.position += slice.length;
    return {
      ...(scrollId ? { _scroll_id: scrollId } : {}),
      took: 1,
      timed_out: false,
      _shards: { total: 1, successful: 1, skipped: 0, failed: 0 },
      hits: { total: context.hits.length, max_score: null, hits: slice },
    };
  };

  const search = (index: CvrIndex, body: unknown, scroll: string | null) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new EsRequestError(400, 'parsing_exception', 'request body must be an object');
    }
    const request = body as Record<string, unknown>;
    for (const key of Object.keys(request)) {
      if (!SEARCH_KEYS.has(key))
        throw new EsRequestError(400, 'parsing_exception', `Unknown key for a START_OBJECT in [${key}].`);
    }
    if (request.query === undefined) throw new EsRequestError(400, 'parsing_exception', 'the emulator needs a [query]');
    const predicate = compileQuery(request.query);
    const order = compileSort(request.sort);
    const size = parseSize(request.size);
    const matches = state.sources(index).filter(predicate);
    if (order) matches.sort(order);
    const context: ScrollContext = { index, hits: matches.map((m) => hit(index, m)), position: 0, size };
    if (scroll === null) return page(context, null);
    parseScroll(scroll);
    const scrollId = randomBytes(24).toString('base64url');
    scrolls.set(scrollId, context);
    return page(context, scrollId);
  };

  const scrollNext = (body: unknown) => {
    const request = (body ?? {}) as Record<string, unknown>;
    const id = request.scroll_id;
    if (typeof id !== 'string')
      throw new EsRequestError(400, 'action_request_validation_exception', 'scrollId is missing');
    parseScroll(typeof request.scroll === 'string' ? request.scroll : null);
    const context = scrolls.get(id);
    if (!context) {
      throw new EsRequestError(
        404,
        'search_context_missing_exception',
        `No search context found for id [${id.slice(0, 12)}]`,
      );
    }
    const result = page(context, id);
    // An exhausted scroll is released, as ES frees it on timeout; a tidy client clears it first.
    if (result.hits.hits.length === 0) scrolls.delete(id);
    return result;
  };

  const clearScroll = (body: unknown) => {
    const raw = ((body ?? {}) as Record<string, unknown>).scroll_id;
    const ids = Array.isArray(raw) ? raw : [raw];
    if (ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
      throw new EsRequestError(400, 'action_request_validation_exception', 'no scroll ids specified');
    }
    let freed = 0;
    for (const id of ids as string[]) if (scrolls.delete(id)) freed++;
    return { succeeded: true, num_freed: freed };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    const auth = authenticate(req, options.users, url.pathname);
    if (!('user' in auth)) {
      const header = { 'WWW-Authenticate': REALM };
      sendJson(res, 401, errorBody(401, 'security_exception', auth.reason ?? '', { header }), header);
      return;
    }
    if (failures.remaining > 0) {
      failures = { ...failures, remaining: failures.remaining - 1 };
      const type = failures.status === 429 ? 'es_rejected_execution_exception' : 'search_phase_execution_exception';
      sendJson(res, failures.status, errorBody(failures.status, type, 'all shards failed (emulated fault)'));
      return;
    }
    const body = await readJson(req);
    const match = SEARCH_PATH.exec(url.pathname);
    if (match && method === 'POST') {
      sendJson(res, 200, search(match[1] as CvrIndex, body, url.searchParams.get('scroll')));
    } else if (url.pathname === '/_search/scroll' && method === 'POST') {
      sendJson(res, 200, scrollNext(body));
    } else if (url.pathname === '/_search/scroll' && method === 'DELETE') {
      sendJson(res, 200, clearScroll(body));
    } else {
      sendJson(res, 400, errorBody(400, 'illegal_argument_exception', `no handler for [${method} ${url.pathname}]`));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof EsRequestError)
        sendJson(res, error.status, errorBody(error.status, error.type, error.message));
      else sendJson(res, 500, errorBody(500, 'exception', 'emulator failure'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    faults: {
      failNext(count, status = 503) {
        failures = { remaining: count, status };
      },
    },
    openScrolls: () => scrolls.size,
    rename: (cvr, name, at) => state.rename(cvr, name, at),
    setStatus: (cvr, status, at) => state.setStatus(cvr, status, at),
    addCompany: (documents) => state.addCompany(documents),
    moveProductionUnit: (pNumber, address, at) => state.moveProductionUnit(pNumber, address, at),
    closeProductionUnit: (pNumber, at) => state.closeProductionUnit(pNumber, at),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * DFDG's REST API for jobordrer, as a request handler: the receiver reads the jobordre a message
 * named, or lists them by company or by type and status. Only the municipality's function
 * certificate, chained to STAR's CA and valid, is served (401 without a client certificate, 403 for
 * any other); errors answer DFDG's error body. Every read of one jobordre is recorded, so a test can
 * tell that a receiver fetched until it succeeded, once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { DfdgErrorDocument, JobordreDocument } from '../../../adapters/star/star-documents.js';
import type { StarPki } from './star-pki.js';
import type { StarJobordreState } from './star-state.js';

/** One `GET /v1/Jobordre/{id}` and what it answered. */
export interface FetchRecord {
  jobordreId: string;
  status: number;
}

/** The switch for fetch faults: the next `fetch503` jobordre GETs answer 503 (counts down). */
export interface FetchFaults {
  fetch503: number;
}

/** The list endpoints' body. */
export interface JobordreListDocument {
  jobordrer: JobordreDocument[];
}

type Route = { kind: 'forVirksomhed' } | { kind: 'paaTypeOgStatus' } | { kind: 'jobordre'; id: string };

const ONE_JOBORDRE = /^\/v1\/jobordre\/([^/]+)$/i;

/** DFDG runs on ASP.NET, whose routes ignore case; the list routes win over `{jobordreIdentifier}`. */
function routeOf(pathname: string): Route | null {
  const path = pathname.toLowerCase();
  if (path === '/v1/jobordre/forvirksomhed') return { kind: 'forVirksomhed' };
  if (path === '/v1/jobordre/paatypeogstatus') return { kind: 'paaTypeOgStatus' };
  const match = ONE_JOBORDRE.exec(pathname);
  if (!match) return null;
  try {
    return { kind: 'jobordre', id: decodeURIComponent(match[1] ?? '') };
  } catch {
    return null;
  }
}

class DfdgError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: DfdgError): void {
  const body: DfdgErrorDocument = { fejlkode: error.status, fejltekst: error.message };
  send(res, error.status, body, error.headers);
}

/** Throws 401/403 unless the caller presented the function certificate, chained to STAR's CA and valid. */
function requireFunctionCertificate(req: IncomingMessage, pki: StarPki): void {
  const socket = req.socket as TLSSocket;
  const peer = socket.getPeerCertificate();
  if (!peer || Object.keys(peer).length === 0) throw new DfdgError(401, 'Klientcertifikat mangler.');
  const thumbprint = peer.fingerprint256.replaceAll(':', '').toUpperCase();
  if (!socket.authorized || thumbprint !== pki.functionCertificate.thumbprint) {
    throw new DfdgError(403, 'Klientcertifikatet giver ikke adgang til DFDG.');
  }
}

function requiredInteger(params: URLSearchParams, name: string): number {
  const raw = params.get(name) ?? '';
  if (!/^\d{1,9}$/.test(raw)) throw new DfdgError(400, `Parameteren ${name} skal være et heltal.`);
  return Number(raw);
}

function requiredCvr(params: URLSearchParams): string {
  const cvr = params.get('cvrNummer') ?? '';
  if (!/^\d{8}$/.test(cvr)) throw new DfdgError(400, 'Parameteren cvrNummer skal være 8 cifre.');
  return cvr;
}

export function createStarApiHandler(options: {
  state: StarJobordreState;
  pki: StarPki;
  faults: FetchFaults;
  fetches: FetchRecord[];
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { state, pki, faults, fetches } = options;

  const list = (route: Route, params: URLSearchParams): JobordreListDocument => {
    if (route.kind === 'forVirksomhed') {
      const cvr = requiredCvr(params);
      return { jobordrer: state.list().filter((j) => j.virksomhed.cvrNummer === cvr) };
    }
    const type = requiredInteger(params, 'jobordretype');
    const status = requiredInteger(params, 'jobordrestatus');
    const matches = state
      .list()
      .filter((j) => j.jobordretype.identifier === type && j.jobordrestatus.identifier === status);
    return { jobordrer: matches };
  };

  const answer = (req: IncomingMessage, route: Route | null, params: URLSearchParams): unknown => {
    if (!route) throw new DfdgError(404, 'Ressourcen findes ikke.');
    if (req.method !== 'GET') throw new DfdgError(405, 'Metoden er ikke tilladt.', { allow: 'GET' });
    requireFunctionCertificate(req, pki);
    if (faults.fetch503 > 0) {
      faults.fetch503 -= 1;
      throw new DfdgError(503, 'Tjenesten er midlertidigt utilgængelig.', { 'retry-after': '1' });
    }
    if (route.kind !== 'jobordre') return list(route, params);
    const jobordre = state.get(route.id);
    if (!jobordre) throw new DfdgError(404, 'Jobordren findes ikke.');
    return jobordre;
  };

  return (req, res) => {
    let route: Route | null = null;
    let status = 200;
    try {
      const url = new URL(req.url ?? '/', 'https://dfdg.invalid');
      route = routeOf(url.pathname);
      send(res, status, answer(req, route, url.searchParams));
    } catch (error) {
      const dfdg = error instanceof DfdgError ? error : new DfdgError(500, 'Intern fejl i emulatoren.');
      status = dfdg.status;
      sendError(res, dfdg);
    }
    if (route?.kind === 'jobordre' && req.method === 'GET') fetches.push({ jobordreId: route.id, status });
  };
}

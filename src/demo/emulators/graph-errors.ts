import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

/** A Graph failure, answered as `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphFailure';
  }
}

export const notFound = (): GraphFailure =>
  new GraphFailure(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
export const accessDenied = (): GraphFailure =>
  new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
export const badRequest = (message: string, code = 'BadRequest'): GraphFailure => new GraphFailure(400, code, message);

/** The failure an injected fault of this status stands for. */
export function faultFailure(status: number, retryAfterSeconds?: number): GraphFailure {
  const retry: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
  switch (status) {
    case 401:
      return unauthenticated('Lifetime validation failed, the token is expired.');
    case 403:
      return accessDenied();
    case 404:
      return notFound();
    case 429:
      return new GraphFailure(429, 'TooManyRequests', 'Application is over its MailboxConcurrency limit.', retry);
    case 503:
      return new GraphFailure(
        503,
        'ServiceNotAvailable',
        'The service is temporarily unavailable. Please retry later.',
        retry,
      );
    case 504:
      return new GraphFailure(
        504,
        'GatewayTimeout',
        'The gateway did not receive a timely response from the upstream server.',
        retry,
      );
    default:
      return new GraphFailure(status, 'UnknownError', `Injected fault ${status}.`, retry);
  }
}

export function unauthenticated(message: string): GraphFailure {
  return new GraphFailure(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  });
}

const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Graph's request-id / client-request-id headers; the id is kept in res.locals for error bodies. */
export function requestIds(req: Request, res: Response): { requestId: string; clientRequestId: string } {
  const existing = res.locals.requestIds as { requestId: string; clientRequestId: string } | undefined;
  if (existing) return existing;
  const requestId = randomUUID();
  const clientRequestId = req.get('client-request-id') ?? requestId;
  res.set('request-id', requestId).set('client-request-id', clientRequestId);
  res.locals.requestIds = { requestId, clientRequestId };
  return res.locals.requestIds as { requestId: string; clientRequestId: string };
}

export function sendGraphJson(res: Response, status: number, body: unknown): void {
  res.status(status).set('Content-Type', GRAPH_JSON).send(JSON.stringify(body));
}

export function sendFailure(req: Request, res: Response, failure: GraphFailure): void {
  const { requestId, clientRequestId } = requestIds(req, res);
  for (const [name, value] of Object.entries(failure.headers)) res.set(name, value);
  sendGraphJson(res, failure.status, {
    error: {
      code: failure.code,
      message: failure.message,
      innerError: {
        date: new Date().toISOString().slice(0, 19),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  });
}

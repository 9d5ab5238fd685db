import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { STATUS_OF } from './error-status.js';
import { redactCpr } from '../domain/cpr.js';
import { loggablePath } from './loggable-path.js';

/** Maps anything thrown to the one error shape; logs once, with codes and never content. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const { code, message } = describe(error);
    const claims = error instanceof DomainError && error.claims ? { claims: error.claims } : {};
    const rule = error instanceof DomainError && error.rule ? { rule: error.rule } : {};
    const status = STATUS_OF[code];
    if (status >= 500) logger.error({ err: sanitize(error), path: loggablePath(req.path) }, 'request failed');
    else logger.debug({ code, path: loggablePath(req.path) }, 'request refused');
    if (res.headersSent) return;
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
    if (code === 'THROTTLED') res.setHeader('Retry-After', '5');
    // Messages name fields and keys the caller sent (an unknown key may be a CPR number): never repeat one.
    res.status(status).json({ error: { code, message: redactCpr(message), ...claims, ...rule } });
  };
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such route.' } });
};

function describe(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  if (error instanceof ZodError) return { code: 'VALIDATION_FAILED', message: zodMessage(error) };
  const bodyError = error as { type?: string; status?: number };
  switch (bodyError.type) {
    case 'entity.parse.failed':
      return { code: 'INVALID_JSON', message: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as UTF-8 JSON.' };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return { code: 'VALIDATION_FAILED', message: 'The request body could not be read.' };
  }
  if (bodyError.status === 400) return { code: 'VALIDATION_FAILED', message: 'The request could not be read.' };
  return { code: 'INTERNAL', message: 'Something went wrong on our side. The error is logged.' };
}

/** Names the fields and rules that failed; never echoes the values sent. */
function zodMessage(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'request';
      if (issue.code === 'unrecognized_keys') return `${where}: unknown field ${issue.keys.slice(0, 5).join(', ')}`;
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Error fields worth logging: the name, code and stack, not the message (it may quote data). */
function sanitize(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  return {
    type: error.name,
    code: (error as { code?: unknown }).code,
    stack: error.stack?.split('\n').slice(1, 6).join('\n'),
  };
}

/**
 * Reads jobordrer from STAR's DFDG over HTTPS with the municipality's function certificate
 * (mutual TLS): `GET {url}/v1/Jobordre/{jobordreIdentifier}`, an `x-requestId` per call that
 * STAR's support can trace, a timeout, a bounded answer. STAR's answers become the port's closed
 * set of JobordreSourceError codes. Bodies are never logged or put in messages: a jobordre may
 * carry free text with personal data.
 */
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Jobordre } from '../../domain/jobordre.js';
import { JobordreSourceError, type JobordreSource } from '../../ports/jobordre-source.js';
import type { Clock } from '../../ports/clock.js';
import { mapJobordre } from './map-jobordre.js';

export interface JobordreClientOptions {
  /** DFDG's REST base, e.g. https://dfdg.star.dk (no trailing /v1). */
  url: string;
  /** The function certificate and its key (PEM); the CA bundle STAR's server chains to, when not a public CA. */
  cert: string;
  key: string;
  ca?: string | null;
  timeoutMs?: number;
  clock: Clock;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** A jobordre is a few kB; anything much larger is not one. */
const MAX_BODY_BYTES = 1_000_000;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

export function createJobordreClient(options: JobordreClientOptions): JobordreSource {
  const base = options.url.replace(/\/+$/, '');
  const agent = new https.Agent({
    cert: options.cert,
    key: options.key,
    ...(options.ca && { ca: options.ca }),
    keepAlive: true,
  });
  return {
    async getJobordre(jobordreId, signal) {
      const url = `${base}/v1/Jobordre/${encodeURIComponent(jobordreId)}`;
      const answer = await get(url, agent, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal);
      return toJobordre(answer, options.clock.now());
    },
  };
}

function toJobordre(answer: Answer, now: Date): Jobordre {
  const { status } = answer;
  if (status === 200) {
    let document: unknown;
    try {
      document = JSON.parse(answer.body);
    } catch {
      throw new JobordreSourceError('REJECTED', 'STAR answered 200 with a body that is not JSON.');
    }
    return mapJobordre(document);
  }
  if (status === 404) throw new JobordreSourceError('NOT_FOUND', 'STAR has no such jobordre (404).');
  if (status === 401 || status === 403)
    throw new JobordreSourceError('FORBIDDEN', `STAR refused our function certificate (${status}).`);
  const retryAfterMs = retryAfterMsOf(answer.retryAfter, now);
  if (status === 429)
    throw new JobordreSourceError('THROTTLED', 'STAR is throttling us (429).', retryAfterMs ?? undefined);
  if (status >= 500)
    throw new JobordreSourceError('UNAVAILABLE', `STAR answered ${status}.`, retryAfterMs ?? undefined);
  throw new JobordreSourceError('REJECTED', `STAR answered ${status}.`);
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMsOf(header: string | undefined, now: Date): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d{1,7}$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** One GET; network failures, a timeout and an oversized answer are UNAVAILABLE or REJECTED, never raw errors. */
function get(url: string, agent: https.Agent, timeoutMs: number, signal?: AbortSignal): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const request = https.get(
      url,
      {
        agent,
        headers: { accept: 'application/json', 'x-requestId': randomUUID() },
        timeout: timeoutMs,
        ...(signal && { signal }),
      },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            response.destroy();
            reject(new JobordreSourceError('REJECTED', 'STAR answered more than a jobordre can be.'));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', () => reject(unavailable('the answer broke off')));
      },
    );
    request.on('timeout', () => request.destroy(unavailable(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error: Error) =>
      reject(error instanceof JobordreSourceError ? error : unavailable(networkReason(error))),
    );
  });
}

function unavailable(reason: string): JobordreSourceError {
  return new JobordreSourceError('UNAVAILABLE', `STAR could not be reached: ${reason}.`);
}

/** The error's code (ECONNREFUSED, CERT_HAS_EXPIRED, …), never its message (it may quote the URL). */
function networkReason(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}

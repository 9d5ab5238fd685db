/**
 * The front ends' one way to call the service: same-origin JSON over fetch with the Authorization
 * header from the front end's sign-in, one retry on a 401 that a fresh token can cure, and every
 * failure as an ApiError. Each front end keeps its own routes (api.ts) over this core.
 */

import { asNeverLogRule, type NeverLogRule } from './failure.js';

/** What a retry asks for: a token carrying a claims challenge, or simply a fresh one. */
export interface TokenRequest {
  claims?: string;
  fresh?: boolean;
}

/** The auth contract both front ends implement (auth.ts): demo sends no token, production a bearer. */
export interface Auth {
  readonly mode: 'production' | 'demo';
  /** The Authorization header for a call to the service ({} in demo mode). */
  headers(request?: TokenRequest): Promise<Record<string, string>>;
}

/** A failed call: the service's `{ error: { code, message, claims?, rule? } }`, or NETWORK / AUTH_REQUIRED from here. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly claims?: string,
    readonly rule?: NeverLogRule,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The one retry a 401 earns: AUTH_REQUIRED (consent or MFA; with the service's claims challenge when
 * it sent one) or an expired token. Anything else would fail the same way again.
 */
export function authRetryOf(error: Pick<ApiError, 'status' | 'code' | 'claims'>): TokenRequest | null {
  if (error.status !== 401) return null;
  if (error.code === 'AUTH_REQUIRED') return error.claims ? { claims: error.claims, fresh: true } : { fresh: true };
  if (error.code === 'TOKEN_EXPIRED') return { fresh: true };
  return null;
}

/** `?a=1&b=2` from the defined, non-empty values (arrays repeat the name). */
export function queryString(values: Record<string, string | number | readonly string[] | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, item);
    else params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One call to the service: resolves to the JSON answer, or rejects with an ApiError. */
export type ApiCall = <T>(method: string, path: string, body?: unknown, signal?: AbortSignal) => Promise<T>;

export interface ApiClientOptions {
  auth: Auth;
  /** The network; the browser's fetch unless a test passes a fake. */
  fetch?: typeof fetch;
  baseUrl?: string;
}

export function createApiCall(options: ApiClientOptions): ApiCall {
  const { auth, baseUrl = '' } = options;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function attempt(
    method: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    tokenRequest: TokenRequest | undefined,
  ): Promise<unknown> {
    let authHeaders: Record<string, string>;
    try {
      authHeaders = await auth.headers(tokenRequest);
    } catch (error) {
      throw new ApiError(401, 'AUTH_REQUIRED', error instanceof Error ? error.message : 'Sign-in failed');
    }
    let res: Response;
    try {
      res = await doFetch(`${baseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...authHeaders,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'Network error');
    }
    const payload: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const err = (
        payload as { error?: { code?: unknown; message?: unknown; claims?: unknown; rule?: unknown } } | undefined
      )?.error;
      throw new ApiError(
        res.status,
        typeof err?.code === 'string' ? err.code : `HTTP_${res.status}`,
        typeof err?.message === 'string' ? err.message : res.statusText,
        typeof err?.claims === 'string' ? err.claims : undefined,
        asNeverLogRule(err?.rule),
      );
    }
    if (payload === undefined) throw new ApiError(res.status, 'INVALID_RESPONSE', 'The answer was not JSON');
    return payload;
  }

  async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    try {
      return (await attempt(method, path, body, signal, undefined)) as T;
    } catch (error) {
      const retry = auth.mode === 'production' && error instanceof ApiError ? authRetryOf(error) : null;
      if (!retry) throw error;
      return (await attempt(method, path, body, signal, retry)) as T;
    }
  }

  return call;
}

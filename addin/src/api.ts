/** The pane's only door to the service: same-origin JSON over fetch, with the token from auth.ts. */
import type {
  CompanyDetail,
  CompanyList,
  ItemPreview,
  LogItemRequest,
  LogResult,
  Me,
  PaneContext,
  RememberedContact,
  Topic,
} from './api-types.js';
import type { TagList, WatchStatus } from './api-types.js';
import type { Auth, TokenRequest } from './auth.js';
import type { ItemKind, ItemRef } from './office-host.js';

/** A failed call: the service's `{ error: { code, message, claims? } }`, or NETWORK / AUTH_REQUIRED from here. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly claims?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface KontaktsporApi {
  me(): Promise<Me>;
  topics(): Promise<Topic[]>;
  context(emails: readonly string[], internetMessageId?: string | null): Promise<PaneContext>;
  searchCompanies(query: string, signal?: AbortSignal): Promise<CompanyList>;
  company(id: string): Promise<CompanyDetail>;
  preview(kind: ItemKind, ref: ItemRef): Promise<ItemPreview>;
  rememberContact(companyId: string, contact: { email: string; name?: string | null }): Promise<RememberedContact>;
  logItem(kind: ItemKind, body: LogItemRequest): Promise<LogResult>;
  /** The "Kontaktspor" category (issue 8). */
  mailboxWatch(): Promise<WatchStatus>;
  setMailboxWatch(on: boolean): Promise<WatchStatus>;
  myTags(): Promise<TagList>;
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

const SEARCH_LIMIT = 10;

export function createApi(options: { auth: Auth; fetch?: typeof fetch; baseUrl?: string }): KontaktsporApi {
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
      const err = (payload as { error?: { code?: unknown; message?: unknown; claims?: unknown } } | undefined)?.error;
      throw new ApiError(
        res.status,
        typeof err?.code === 'string' ? err.code : `HTTP_${res.status}`,
        typeof err?.message === 'string' ? err.message : res.statusText,
        typeof err?.claims === 'string' ? err.claims : undefined,
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

  return {
    me: () => call<Me>('GET', '/api/me'),
    topics: async () => (await call<{ items: Topic[] }>('GET', '/api/topics')).items,
    context(emails, internetMessageId) {
      const params = new URLSearchParams();
      for (const email of emails) params.append('email', email);
      if (internetMessageId) params.set('internetMessageId', internetMessageId);
      return call<PaneContext>('GET', `/api/context?${params}`);
    },
    searchCompanies(query, signal) {
      const params = new URLSearchParams({ q: query, limit: String(SEARCH_LIMIT) });
      return call<CompanyList>('GET', `/api/companies?${params}`, undefined, signal);
    },
    company: (id) => call<CompanyDetail>('GET', `/api/companies/${encodeURIComponent(id)}`),
    preview(kind, ref) {
      const params = new URLSearchParams({ kind, itemId: ref.itemId, itemIdType: ref.itemIdType });
      return call<ItemPreview>('GET', `/api/items/preview?${params}`);
    },
    rememberContact(companyId, contact) {
      const body = { email: contact.email, ...(contact.name ? { name: contact.name } : {}) };
      return call<RememberedContact>('POST', `/api/companies/${encodeURIComponent(companyId)}/contacts`, body);
    },
    logItem: (kind, body) => call<LogResult>('POST', `/api/interactions/${kind}`, body),
    mailboxWatch: () => call<WatchStatus>('GET', '/api/me/mailbox-watch'),
    setMailboxWatch: (on) =>
      on ? call<WatchStatus>('POST', '/api/me/mailbox-watch', { consent: true }) : call<WatchStatus>('DELETE', '/api/me/mailbox-watch'),
    myTags: () => call<TagList>('GET', '/api/me/tags'),
  };
}

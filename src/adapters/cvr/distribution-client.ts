/**
 * HTTP to the CVR distribution's Elasticsearch: Basic auth, a timeout per call, scrolls that are
 * always cleared, and the boundary's error translation: unreachable, timeout, 5xx, 429 and refused
 * credentials become RegisterUnavailableError (the sync retries); any other 4xx is our bug.
 */
import { RegisterUnavailableError } from '../../ports/cvr-source.js';
import type { OutboundFetch } from '../outbound-fetch.js';

export type CvrIndexName = 'virksomhed' | 'produktionsenhed';

export interface EsHit<T> {
  _id: string;
  _source: T;
}

interface EsSearchResponse<T> {
  _scroll_id?: string;
  hits?: { total?: number | { value: number }; hits?: EsHit<T>[] };
}

export interface DistributionClientOptions {
  baseUrl: string;
  user: string;
  password: string;
  fetch: OutboundFetch;
  timeoutMs: number;
}

const SCROLL_KEEP_ALIVE = '1m';

/** The ES error's type and reason, for messages (never the request, which carries no secrets anyway). */
async function errorSummary(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { type?: string; reason?: string } | string };
    if (typeof body.error === 'string') return body.error;
    return [body.error?.type, body.error?.reason].filter(Boolean).join(': ');
  } catch {
    return '';
  }
}

export class DistributionClient {
  readonly #options: DistributionClientOptions;
  readonly #authorization: string;

  constructor(options: DistributionClientOptions) {
    this.#options = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
    this.#authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
  }

  async #call<T>(method: 'POST' | 'DELETE', path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const timeout = AbortSignal.timeout(this.#options.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await this.#options.fetch(`${this.#options.baseUrl}${path}`, {
        method,
        headers: { authorization: this.#authorization, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: combined,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (timeout.aborted) {
        throw new RegisterUnavailableError(`CVR distribution did not answer within ${this.#options.timeoutMs} ms`);
      }
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new RegisterUnavailableError(`CVR distribution unreachable (${cause})`);
    }
    if (response.ok) return (await response.json()) as T;
    const summary = await errorSummary(response);
    const status = response.status;
    if (status === 401 || status === 403) {
      throw new RegisterUnavailableError(
        `CVR distribution refused the credentials of user "${this.#options.user}" (HTTP ${status}): check the CVR user and password`,
        status,
      );
    }
    if (status === 429 || status >= 500) {
      throw new RegisterUnavailableError(`CVR distribution answered HTTP ${status} ${summary}`.trim(), status);
    }
    // An expired scroll is not our bug: the read can resume from its checkpoint.
    if (summary.startsWith('search_context_missing_exception')) {
      throw new RegisterUnavailableError(`CVR distribution lost the scroll (HTTP ${status})`, status);
    }
    throw new Error(`CVR distribution rejected the request ${method} ${path} (HTTP ${status} ${summary})`);
  }

  /** One page of hits, no scroll (lookups). */
  async search<T>(index: CvrIndexName, body: object, signal?: AbortSignal): Promise<EsHit<T>[]> {
    const result = await this.#call<EsSearchResponse<T>>('POST', `/cvr-permanent/${index}/_search`, body, signal);
    return result.hits?.hits ?? [];
  }

  /** Every hit of the query, page by page through a scroll that is cleared at the end, even on error. */
  async *scroll<T>(
    index: CvrIndexName,
    body: object,
    pageSize: number,
    signal?: AbortSignal,
  ): AsyncGenerator<EsHit<T>[]> {
    let scrollId: string | undefined;
    try {
      let page = await this.#call<EsSearchResponse<T>>(
        'POST',
        `/cvr-permanent/${index}/_search?scroll=${SCROLL_KEEP_ALIVE}`,
        { ...body, size: pageSize },
        signal,
      );
      for (;;) {
        scrollId = page._scroll_id ?? scrollId;
        const hits = page.hits?.hits ?? [];
        if (hits.length === 0) break;
        yield hits;
        if (hits.length < pageSize || scrollId === undefined) break;
        page = await this.#call<EsSearchResponse<T>>(
          'POST',
          '/_search/scroll',
          { scroll: SCROLL_KEEP_ALIVE, scroll_id: scrollId },
          signal,
        );
      }
    } finally {
      if (scrollId !== undefined) await this.#clear(scrollId);
    }
  }

  /** Best effort: a scroll that cannot be cleared expires on the server after its keep-alive. */
  async #clear(scrollId: string): Promise<void> {
    try {
      await this.#call('DELETE', '/_search/scroll', { scroll_id: [scrollId] });
    } catch {
      // The keep-alive frees it; the read's own outcome matters more than this cleanup.
    }
  }

  /** Every `_source` of the query, collected. */
  async all<T>(index: CvrIndexName, body: object, pageSize: number, signal?: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    for await (const hits of this.scroll<T>(index, body, pageSize, signal)) out.push(...hits.map((h) => h._source));
    return out;
  }
}

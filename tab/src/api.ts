/** The tab's only door to the service: same-origin JSON over fetch. */

export interface CompanySummary {
  id: string;
  name: string;
  cvr: string;
  city: string | null;
  postcode: string | null;
}

/** A failed call, carrying the service's `{ error: { code, message } }` when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    signal,
  });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    throw new ApiError(
      res.status,
      typeof err?.code === 'string' ? err.code : `HTTP_${res.status}`,
      typeof err?.message === 'string' ? err.message : res.statusText,
    );
  }
  if (body === undefined) throw new ApiError(res.status, 'INVALID_RESPONSE', 'Svaret var ikke JSON');
  return body as T;
}

export async function searchCompanies(
  q: string,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<CompanySummary[]> {
  const params = new URLSearchParams({ q, limit: String(options.limit ?? 20) });
  const body = await getJson<{ items: CompanySummary[] }>(`/api/companies?${params}`, options.signal);
  return body.items;
}

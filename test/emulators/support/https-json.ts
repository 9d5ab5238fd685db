import { Agent, fetch } from 'undici';

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** Plain HTTPS JSON calls that trust the emulators' CA (no NODE_TLS_REJECT_UNAUTHORIZED). */
export class HttpsJson {
  readonly agent: Agent;

  constructor(ca: string) {
    this.agent = new Agent({ connect: { ca } });
  }

  async request<T = Record<string, unknown>>(
    url: string,
    init: { method?: string; headers?: Record<string, string>; json?: unknown; form?: Record<string, string> } = {},
  ): Promise<JsonResponse<T>> {
    const headers: Record<string, string> = { ...init.headers };
    let body: string | undefined;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const response = await fetch(url, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      dispatcher: this.agent,
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers as unknown as Headers,
      body: (text ? JSON.parse(text) : {}) as T,
    };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

/** Decodes a JWT's payload without checking it (for assertions on claims). */
export function claimsOf(token: unknown): Record<string, unknown> {
  const payload = String(token).split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

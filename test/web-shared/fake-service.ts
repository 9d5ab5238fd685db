/** Test doubles for the API client both front ends share: a scripted service (fetch) and a sign-in. */
import type { Auth, TokenRequest } from '../../web-shared/api-client.js';

export interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A service answering from a script of responses, recording each request. */
export function fakeService(...answers: { status: number; body: unknown }[]) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = answers.shift();
    if (!answer) throw new TypeError('fetch failed');
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

/** A sign-in that records what each call asked for: no token in demo mode, a bearer otherwise. */
export function fakeAuth(mode: Auth['mode'] = 'production') {
  const requests: (TokenRequest | undefined)[] = [];
  const auth: Auth = {
    mode,
    headers: async (request): Promise<Record<string, string>> => {
      requests.push(request);
      if (mode === 'demo') return {};
      return { Authorization: `Bearer ${request?.claims ? 'token-with-claims' : 'token'}` };
    },
  };
  return { auth, requests };
}

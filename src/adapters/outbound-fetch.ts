import { Agent, fetch as undiciFetch } from 'undici';

export type OutboundFetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * fetch for calls to Entra ID and Graph. With `ca`, it trusts that certificate too: the local
 * emulators serve HTTPS with a certificate made at start. A timeout bounds every call.
 */
export function outboundFetch(options: { ca?: string | undefined; timeoutMs?: number } = {}): OutboundFetch {
  const dispatcher = new Agent({
    connect: options.ca ? { ca: options.ca } : {},
    headersTimeout: options.timeoutMs ?? 15_000,
    bodyTimeout: options.timeoutMs ?? 15_000,
  });
  return (url, init) =>
    undiciFetch(url, { ...(init as object), dispatcher } as Parameters<
      typeof undiciFetch
    >[1]) as unknown as Promise<Response>;
}

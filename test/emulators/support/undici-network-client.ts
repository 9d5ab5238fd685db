import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { Agent, fetch } from 'undici';

/**
 * Test-only MSAL network client: undici fetch through an Agent that trusts the emulators' CA.
 * (The service's own client lives in src/adapters/auth.) Like MSAL's default HttpClient it returns
 * error statuses as responses (MSAL reads AAD's error body) and throws only when the request fails.
 */
export class UndiciNetworkClient implements INetworkModule {
  /** Every URL MSAL asked for, so tests can prove it never called out. */
  readonly calls: { method: 'GET' | 'POST'; url: string }[] = [];
  private readonly agent: Agent;

  constructor(ca: string) {
    this.agent = new Agent({ connect: { ca } });
  }

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>('GET', url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>('POST', url, options);
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async send<T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    this.calls.push({ method, url });
    const response = await fetch(url, {
      method,
      headers: options?.headers ?? {},
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
      dispatcher: this.agent,
      ...(timeout ? { signal: AbortSignal.timeout(timeout) } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: response.status, headers, body: (await response.json()) as T };
  }
}

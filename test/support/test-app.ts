import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from '../../src/http/create-app.js';
import { demoAuthenticator } from '../../src/dev/demo-authenticator.js';
import type { Store } from '../../src/ports/store.js';
import type { Clock } from '../../src/ports/clock.js';
import type { AppDeps } from '../../src/http/app-deps.js';
import { systemClock } from '../../src/ports/clock.js';

export interface TestApp {
  url: string;
  /** fetch against the app; JSON bodies are sent and parsed for you. */
  call(method: string, path: string, options?: { body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<{
    status: number;
    body: any;
    text: string;
  }>;
  close(): Promise<void>;
}

/** The real HTTP app with the given collaborators, on an ephemeral loopback port. */
export async function serveApp(overrides: Partial<AppDeps> & Pick<AppDeps, 'store' | 'authenticator'>): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp({
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    ownDomains: ['roskilde.dk'],
    version: 'test',
    ...overrides,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The real HTTP app on an ephemeral loopback port, acting as one tenant's demo identity. */
export async function startTestApp(options: {
  store: Store;
  tenantId: string;
  defaultEmail: string;
  clock?: Clock;
  ownDomains?: string[];
  tagging?: AppDeps['tagging'];
}): Promise<TestApp> {
  const { url, close } = await serveApp({
    store: options.store,
    ...(options.clock && { clock: options.clock }),
    authenticator: demoAuthenticator({ store: options.store, tenantId: options.tenantId, defaultEmail: options.defaultEmail }),
    ...(options.ownDomains && { ownDomains: options.ownDomains }),
    ...(options.tagging && { tagging: options.tagging }),
  });
  return {
    url,
    async call(method, path, { body, rawBody, headers = {} } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (rawBody !== undefined) init.body = rawBody;
      else if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${url}${path}`, init);
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed, text };
    },
    close,
  };
}

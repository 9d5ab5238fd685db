import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from '../../src/http/create-app.js';
import { createHttpServer } from '../../src/http/http-server.js';
import { checkedListener, openApiConformance } from './openapi-conformance.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import type { Store } from '../../src/ports/store.js';
import type { Clock } from '../../src/ports/clock.js';
import type { AppDeps } from '../../src/http/app-deps.js';
import { systemClock } from '../../src/ports/clock.js';

export interface TestApp {
  url: string;
  /** fetch against the app; JSON bodies are sent and parsed for you. */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    body: any;
    text: string;
  }>;
  close(): Promise<void>;
}

export interface ServedApp {
  url: string;
  /** What the document did not describe, in order of the answers. */
  violations: readonly string[];
  /** Throws when an answer (from the `from`th violation on) had a status or JSON body that /api/openapi.json does not describe. */
  assertDescribed(from?: number): void;
  /** Stops the server; throws, as assertDescribed does, when an answer was not described. */
  close(): Promise<void>;
}

/**
 * The real HTTP app with the given collaborators, on an ephemeral loopback port, in a server made
 * as src/main.ts makes it. Every answer is checked against the app's own /api/openapi.json, so a
 * status or body the document does not describe fails the suite.
 */
export async function serveApp(
  overrides: Partial<AppDeps> & Pick<AppDeps, 'store' | 'authenticator'>,
): Promise<ServedApp> {
  const app = createApp({
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    ownDomains: ['roskilde.dk'],
    version: 'test',
    ...overrides,
  });
  const violations: string[] = [];
  let conformance: ReturnType<typeof openApiConformance> | null = null;
  const server = await new Promise<Server>((resolve) => {
    const listening = createHttpServer(checkedListener(app, () => conformance, violations)).listen(0, '127.0.0.1', () =>
      resolve(listening),
    );
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  conformance = openApiConformance(
    (await (await fetch(`${url}/api/openapi.json`)).json()) as Parameters<typeof openApiConformance>[0],
  );
  const assertDescribed = (from = 0) => {
    const found = [...new Set(violations.slice(from))];
    if (found.length > 0)
      throw new Error(`Answers the OpenAPI document does not describe:\n${found.slice(0, 20).join('\n')}`);
  };
  return {
    url,
    violations,
    assertDescribed,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      assertDescribed();
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
  register?: AppDeps['register'];
  jobnetJobordreUrl?: string;
  star?: AppDeps['star'];
}): Promise<TestApp> {
  const { url, close, assertDescribed, violations } = await serveApp({
    store: options.store,
    ...(options.clock && { clock: options.clock }),
    authenticator: demoAuthenticator({
      store: options.store,
      tenantId: options.tenantId,
      defaultEmail: options.defaultEmail,
    }),
    ...(options.ownDomains && { ownDomains: options.ownDomains }),
    ...(options.tagging && { tagging: options.tagging }),
    ...(options.register && { register: options.register }),
    ...(options.jobnetJobordreUrl && { jobnetJobordreUrl: options.jobnetJobordreUrl }),
    ...(options.star && { star: options.star }),
  });
  return {
    url,
    async call(method, path, { body, rawBody, headers = {} } = {}) {
      const seen = violations.length;
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
      assertDescribed(seen);
      return { status: response.status, body: parsed, text };
    },
    close,
  };
}

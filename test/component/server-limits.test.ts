import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from '../../src/http/create-app.js';
import { createHttpServer, SERVER_LIMITS } from '../../src/http/http-server.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { systemClock } from '../../src/ports/clock.js';

/** Sends `head` on a raw connection and then nothing; resolves with what the server said and when it closed. */
function stall(port: number, head: string): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    setTimeout(() => socket.destroy(new Error('the server held the stalled request open for 10 s')), 10_000).unref();
  });
}

describe('HTTP server limits: a client that stalls is answered and let go', () => {
  let store: KyselyStore;
  let server: Server;
  let port: number;
  const limits = { requestTimeoutMs: 1_000, headersTimeoutMs: 500, checkIntervalMs: 100 };

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const app = createApp({
      store,
      clock: systemClock,
      authenticator: demoAuthenticator({ store, tenantId: 'limits', defaultEmail: 'nobody@roskilde.dk' }),
      logger: pino({ level: 'silent' }),
      ownDomains: ['roskilde.dk'],
      version: 'test',
    });
    server = await new Promise<Server>((resolve) => {
      const listening = createHttpServer(app, limits).listen(0, '127.0.0.1', () => resolve(listening));
    });
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });

  it('when a body is announced as 2 MB and then stalls, then the server answers 408 and closes the connection at its request limit', async () => {
    const head =
      'POST /api/companies HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${2 * 1024 * 1024}\r\n\r\n{"name":"Stall`;
    const { answer, closedAfterMs } = await stall(port, head);
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(
      closedAfterMs >= limits.requestTimeoutMs - 100 && closedAfterMs < limits.requestTimeoutMs + 2_000,
      `closed after ${closedAfterMs} ms`,
    );
  });

  it('when the headers never finish, then the server answers 408 and closes the connection at its header limit', async () => {
    const { answer, closedAfterMs } = await stall(port, 'GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n');
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(closedAfterMs < limits.requestTimeoutMs + 1_000, `closed after ${closedAfterMs} ms`);
  });

  it('when the service makes its server, then a request must arrive within 30 s and its headers within 10 s, checked every second', () => {
    const production = createHttpServer(() => undefined);
    assert.equal(production.requestTimeout, 30_000);
    assert.equal(production.headersTimeout, 10_000);
    assert.deepEqual(
      { ...SERVER_LIMITS },
      { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, checkIntervalMs: 1_000 },
    );
  });
});

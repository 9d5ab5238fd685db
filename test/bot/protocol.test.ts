import assert from 'node:assert/strict';
import express from 'express';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { createBotEndpoint } from '../../bot/bot-endpoint.js';
import { demoBotIdentity } from '../../bot/bot-identity.js';
import { systemClock } from '../../src/ports/clock.js';
import { seedTenant } from '../support/seeded.js';
import { serveApp } from '../support/test-app.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { validateCard } from './support/validate-card.js';
import type { BotDeps } from '../../bot/kontaktspor-bot.js';

/** A Bot Framework connector stand-in: records what the bot posts back. */
async function startConnector() {
  const posted: { path: string; body: any }[] = [];
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post(/^\/v3\/conversations\/.*/, (req, res) => {
    posted.push({ path: decodeURIComponent(req.path), body: req.body });
    res.json({ id: `reply-${posted.length}` });
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    posted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Bot Framework protocol: activities POSTed to /api/messages, replies to the connector', function () {
  let store: KyselyStore;
  let tenantId: string;
  let deps: BotDeps;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  const warnings: string[] = [];

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const seeded = await seedTenant(store);
    tenantId = seeded.tenantId;
    connector = await startConnector();
    deps = {
      store,
      clock: systemClock,
      logger: pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) }),
      identify: demoBotIdentity({ store, tenantId, defaultEmail: seeded.demoEmail }),
      tenantAllowed: (tenant) => tenant === tenantId,
      teamsAppId: 'b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c',
      publicUrl: 'http://127.0.0.1:3978',
    };
  });
  after(async () => {
    await connector?.close();
    await store?.close();
  });

  const activity = (text: string, tenant: string) => ({
    type: 'message',
    id: 'activity-1',
    text,
    channelId: 'msteams',
    serviceUrl: connector.url,
    locale: 'da-DK',
    from: { id: 'user-1', name: 'Mette', aadObjectId: '00000000-0000-0000-0000-000000000000' },
    recipient: { id: 'bot-1', name: 'Kontaktspor' },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  });

  async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  it('when a user asks for a history, then the reply card is POSTed to /v3/conversations/{id}/activities/{id}', async () => {
    const app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'x' }),
      botEndpoint: createBotEndpoint(null, deps),
    });
    try {
      connector.posted.splice(0);
      const response = await post(app.url, activity('historik Østergaard Byg', tenantId));
      assert.ok(response.status === 200 || response.status === 201, `status ${response.status}`);
      const replies = connector.posted.filter((p) => p.path === '/v3/conversations/a:personal-1/activities/activity-1');
      const cards = replies.flatMap((p) => (p.body.attachments ?? []).map((a: { content: unknown }) => a.content));
      assert.ok(cards.length >= 2, `replies: ${JSON.stringify(connector.posted.map((p) => p.path))}`);
      assert.match(JSON.stringify(cards[0]), /Østergaard Byg A\/S/);
      for (const card of cards) assert.deepEqual(validateCard(card), []);
    } finally {
      await app.close();
    }
  });

  it('when the activity comes from a foreign tenant, then nothing is posted back and it is logged', async () => {
    const app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'x' }),
      botEndpoint: createBotEndpoint(null, deps),
    });
    try {
      connector.posted.splice(0);
      warnings.splice(0);
      await post(app.url, activity('historik Østergaard Byg', '99999999-8888-7777-6666-555555555555'));
      assert.deepEqual(connector.posted, []);
      assert.ok(warnings.some((line) => line.includes('tenant not served')));
    } finally {
      await app.close();
    }
  });

  it('when an app id is configured, then a request without a valid Bot Framework token gets 401 and no reply', async () => {
    const endpoint = createBotEndpoint(
      {
        appId: '0d3c6f2e-5b4a-4c39-8e21-7f6a5b4c3d2e',
        tenantId,
        credential: { kind: 'password', password: 'not-used' },
      },
      deps,
    );
    const app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'x' }),
      botEndpoint: endpoint,
    });
    try {
      connector.posted.splice(0);
      const none = await post(app.url, activity('historik Østergaard', tenantId));
      assert.equal(none.status, 401);
      const forged = await post(app.url, activity('historik Østergaard', tenantId), {
        authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      });
      assert.equal(forged.status, 401);
      assert.deepEqual(connector.posted, []);
    } finally {
      await app.close();
    }
  });

  it('when the body is not an activity, then the answer is 400 in the error shape and nothing is posted back', async () => {
    const app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'x' }),
      botEndpoint: createBotEndpoint(null, deps),
    });
    try {
      connector.posted.splice(0);
      const bodies: unknown[] = [
        {},
        { type: 5 },
        { type: 'message' },
        [],
        { ...activity('hej', tenantId), conversation: null },
        { ...activity('hej', tenantId), serviceUrl: 'javascript:alert(1)' },
      ];
      for (const body of bodies) {
        const response = await post(app.url, body);
        const answer = (await response.json()) as { error?: { code?: string; message?: string } };
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.equal(answer.error?.code, 'VALIDATION_FAILED');
        assert.doesNotMatch(answer.error?.message ?? '', /at .*\.(js|ts):\d+/);
      }
      const empty = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(empty.status, 400);
      assert.deepEqual(connector.posted, []);
    } finally {
      await app.close();
    }
  });

  it('when a demo-mode activity names a connector off this machine, then it is refused and nothing is sent there', async () => {
    const app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'x' }),
      botEndpoint: createBotEndpoint(null, deps),
    });
    try {
      const response = await post(app.url, {
        ...activity('historik Østergaard', tenantId),
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
      });
      assert.equal(response.status, 400);
    } finally {
      await app.close();
    }
  });

  it('when an app id is configured, then an unauthenticated request gets 401 before its body is judged', async () => {
    const endpoint = createBotEndpoint(
      {
        appId: '0d3c6f2e-5b4a-4c39-8e21-7f6a5b4c3d2e',
        tenantId,
        credential: { kind: 'password', password: 'not-used' },
      },
      deps,
    );
    const app = await serveApp({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'x' }),
      botEndpoint: endpoint,
    });
    try {
      for (const body of [{}, { type: 5 }]) {
        const response = await post(app.url, body);
        assert.equal(response.status, 401);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'UNAUTHENTICATED');
      }
      // The scheme is case-insensitive: a lower-case "bearer" token reaches validation (and is refused there).
      const lowerCase = await post(app.url, activity('hej', tenantId), {
        authorization: 'bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      });
      assert.equal(lowerCase.status, 401);
      assert.match(((await lowerCase.json()) as { error: { message: string } }).error.message, /not accepted/);
    } finally {
      await app.close();
    }
  });
});

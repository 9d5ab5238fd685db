import assert from 'node:assert/strict';
import { Client, GraphError, type ClientOptions } from '@microsoft/microsoft-graph-client';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { Agent } from 'undici';
import { createDevTls } from '../../src/demo/emulators/dev-tls.js';
import { buildMessage, startGraphEmulator, type GraphEmulator } from '../../src/demo/emulators/graph-emulator.js';
import { startIdentityEmulator, type IdentityEmulator } from '../../src/demo/emulators/identity-emulator.js';
import { HttpsJson } from './support/https-json.js';
import { CLIENT_ID, CLIENT_SECRET, METTE, TENANT, TokenClient } from './support/fixtures.js';

describe('real @microsoft/microsoft-graph-client against the Graph emulator', () => {
  let identity: IdentityEmulator;
  let graph: GraphEmulator;
  let http: HttpsJson;
  let agent: Agent;
  let client: Client;
  const message = buildMessage({ subject: 'Praktikplads', categories: ['Blå kategori'] }, { mailboxId: METTE.id });

  before(async () => {
    const tls = await createDevTls();
    identity = await startIdentityEmulator({ tls });
    identity.registerApp({ tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    graph = await startGraphEmulator({ tls, identity });
    graph.addMailbox(METTE, { messages: [message] });
    http = new HttpsJson(tls.ca);
    const token = await new TokenClient(http, identity).graphTokenFor(METTE);
    agent = new Agent({ connect: { ca: tls.ca } });
    const options: ClientOptions = {
      authProvider: { getAccessToken: async () => token },
      baseUrl: graph.url,
      defaultVersion: 'v1.0',
      // The client attaches the token only for Graph hosts and these (host names, no port).
      customHosts: new Set([new URL(graph.url).hostname]),
      // Node's fetch accepts an undici dispatcher; FetchOptions does not declare it.
      fetchOptions: { dispatcher: agent } as ClientOptions['fetchOptions'],
    };
    client = Client.initWithMiddleware(options);
  });

  after(async () => {
    await agent.close();
    await http.close();
    await graph.close();
    await identity.close();
  });

  afterEach(() => graph.clearFaults());

  it('when Graph throttles once with Retry-After 1, then the client waits, retries and returns one result', async () => {
    const path = `/me/messages/${message.id}`;
    graph.injectFault({ path, status: 429, retryAfterSeconds: 1, times: 1 });
    const before = graph.requests.length;
    const started = Date.now();
    const result = (await client
      .api(path)
      .select(['subject', 'categories'])
      .header('Prefer', 'IdType="ImmutableId"')
      .get()) as MicrosoftGraph.Message;
    assert.equal(result.subject, 'Praktikplads');
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After');
    assert.deepEqual(
      graph.requests.slice(before).map((r) => r.status),
      [429, 200],
    );
    assert.equal(graph.requests.at(-1)?.prefer, 'IdType="ImmutableId"');
  });

  it('when Graph keeps answering 503, then the client gives up with a GraphError carrying the status and code', async () => {
    graph.injectFault({ path: '/me', status: 503, retryAfterSeconds: 0 });
    const before = graph.requests.length;
    await assert.rejects(client.api('/me').get(), (error: unknown) => {
      assert.ok(error instanceof GraphError);
      assert.equal(error.statusCode, 503);
      assert.equal(error.code, 'ServiceNotAvailable');
      return true;
    });
    assert.equal(graph.requests.length - before, 4, 'one try and three retries');
  });

  it('when categories are read, added to and written back, then the other categories stay', async () => {
    const path = `/me/messages/${message.id}`;
    const current = (await client.api(path).select('categories').get()) as MicrosoftGraph.Message;
    await client.api(path).patch({ categories: [...(current.categories ?? []), 'Kontaktspor'] });
    assert.deepEqual(graph.getMessage(METTE.id, message.id ?? '')?.categories, ['Blå kategori', 'Kontaktspor']);
  });

  it('when a message is missing, then the client raises a 404 GraphError with ErrorItemNotFound', async () => {
    await assert.rejects(client.api(`/me/messages/${buildMessage().id}`).get(), (error: unknown) => {
      assert.ok(error instanceof GraphError);
      assert.equal(error.statusCode, 404);
      assert.equal(error.code, 'ErrorItemNotFound');
      return true;
    });
  });
});

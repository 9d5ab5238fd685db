import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { pino } from 'pino';
import { apiRoutes } from '../../src/http/create-app.js';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { systemClock } from '../../src/ports/clock.js';
import type { AppDeps } from '../../src/http/app-deps.js';

describe('API description', () => {
  let app: TestApp;
  let store: KyselyStore;

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    app = await startTestApp({ store, tenantId: 'unused', defaultEmail: 'nobody@roskilde.dk' });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  it('when /api/openapi.json is fetched, then it is a valid OpenAPI 3 document', async () => {
    const { status, body } = await app.call('GET', '/api/openapi.json');
    assert.equal(status, 200);
    const result = await new Validator().validate(body);
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
  });

  it('when the routes are listed, then every one of them is described with its method', async () => {
    const { body } = await app.call('GET', '/api/openapi.json');
    const deps = { store, clock: systemClock, logger: pino({ level: 'silent' }) } as unknown as AppDeps;
    const routes = apiRoutes(deps);
    assert.ok(routes.length >= 12);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      assert.ok(body.paths[path]?.[route.method], `${route.method.toUpperCase()} ${route.path} is missing`);
    }
    for (const path of ['/healthz', '/readyz', '/api/openapi.json']) assert.ok(body.paths[path], path);
  });

  it('when any operation is described, then it lists the refusals every request may get, and those of its kind and its use case', async () => {
    const { body } = await app.call('GET', '/api/openapi.json');
    const statuses = (path: string, method: string) => Object.keys(body.paths[path][method].responses).sort();
    for (const [path, item] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(body.paths)) {
      if (!path.startsWith('/api/') || path === '/api/openapi.json') continue;
      for (const [method, operation] of Object.entries(item)) {
        for (const status of ['400', '413', '415', '500'])
          assert.ok(operation.responses[status], `${method} ${path} lacks ${status}`);
        // Graph and STAR do not sign in: the one by clientState, the other by its client certificate (403).
        if (path === '/api/star/messages') assert.ok(operation.responses['403'] && operation.responses['503'], path);
        else if (path !== '/api/graph/notifications')
          assert.ok(operation.responses['401'] && operation.responses['503'], `${method} ${path}`);
      }
    }
    assert.ok(statuses('/api/alerts', 'get').includes('403'), 'admin routes list 403');
    assert.deepEqual(
      statuses('/api/interactions/email', 'post'),
      ['200', '201', '400', '401', '403', '404', '408', '413', '415', '422', '500', '503'],
      'logging an item: 201 logged, 200 already logged, the mailbox and never-log refusals',
    );
    assert.ok(statuses('/api/vacancies/{id}/transition', 'post').includes('409'), 'an illegal transition');
    assert.ok(statuses('/api/companies', 'post').includes('409'), 'a CVR already registered');
  });

  it('when any operation is described, then it lists the 408 the server answers to a request not received in time', async () => {
    const { body } = await app.call('GET', '/api/openapi.json');
    for (const [path, item] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(body.paths)) {
      for (const [method, operation] of Object.entries(item))
        assert.ok(operation.responses['408'], `${method} ${path} lacks 408`);
    }
  });

  it('when the alert outbox is described, then each row lists where its card was posted', async () => {
    const { body } = await app.call('GET', '/api/openapi.json');
    const row =
      body.paths['/api/alerts'].get.responses['200'].content['application/json'].schema.properties.items.items;
    assert.ok(row.properties.postedConversationId);
    assert.ok(row.required.includes('postedConversationId'));
  });

  it('when a route takes a body, then the description carries its schema and refuses unknown fields', async () => {
    const { body } = await app.call('GET', '/api/openapi.json');
    const schema = body.paths['/api/companies'].post.requestBody.content['application/json'].schema;
    assert.equal(schema.additionalProperties, false);
    assert.ok(schema.properties.cvr && schema.properties.name);
  });
});

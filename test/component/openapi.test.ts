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

  it('when a route takes a body, then the description carries its schema and refuses unknown fields', async () => {
    const { body } = await app.call('GET', '/api/openapi.json');
    const schema = body.paths['/api/companies'].post.requestBody.content['application/json'].schema;
    assert.equal(schema.additionalProperties, false);
    assert.ok(schema.properties.cvr && schema.properties.name);
  });
});

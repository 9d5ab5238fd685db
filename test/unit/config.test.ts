import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config.js';

const TENANT = '3f1c2b7e-5d2a-4c1e-9a57-0c4b2f6d8e11';
const CLIENT = '6b1f3e2a-9c4d-4e8f-a1b2-c3d4e5f6a7b8';

describe('configuration', () => {
  it('when nothing is set, then the service runs in demo mode on loopback port 3978 with PGlite', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'demo');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3978);
    assert.deepEqual(config.database, { kind: 'pglite', dataDir: './.data' });
    assert.equal(config.entra, null);
    assert.ok(Object.isFrozen(config));
  });

  it('when demo mode is asked to bind a public address, then it refuses and names HOST', () => {
    assert.throws(
      () => loadConfig({ HOST: '0.0.0.0' }),
      (e: Error) => e instanceof ConfigError && /HOST/.test(e.message),
    );
  });

  const partial: [string, Record<string, string>, RegExp][] = [
    ['only a client id', { ENTRA_CLIENT_ID: CLIENT }, /ENTRA_TENANT_ID/],
    ['no client id', { ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_SECRET: 'x' }, /ENTRA_CLIENT_ID/],
    [
      'no secret or certificate',
      { ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT },
      /ENTRA_CLIENT_SECRET or ENTRA_CLIENT_CERTIFICATE_PATH/,
    ],
    [
      'a tenant that is not a GUID',
      { ENTRA_TENANT_ID: 'roskilde', ENTRA_CLIENT_ID: CLIENT, ENTRA_CLIENT_SECRET: 'x' },
      /ENTRA_TENANT_ID/,
    ],
  ];
  for (const [label, env, variable] of partial) {
    it(`when production is configured with ${label}, then start-up fails naming the missing variable`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: Error) => e instanceof ConfigError && variable.test(e.message),
      );
    });
  }

  it('when production is fully configured, then audiences, authority and metadata URL follow from it', () => {
    const config = loadConfig({
      ENTRA_TENANT_ID: `${TENANT.toUpperCase()}, ${TENANT}`,
      ENTRA_CLIENT_ID: CLIENT,
      ENTRA_CLIENT_SECRET: 'hemmelig',
      ENTRA_APP_ID_URI: `api://kontaktspor.roskilde.dk/${CLIENT}`,
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://kontaktspor@db:5432/kontaktspor',
    });
    assert.equal(config.mode, 'production');
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.entra?.tenantIds, [TENANT]);
    assert.deepEqual(config.entra?.audiences, [CLIENT, `api://${CLIENT}`, `api://kontaktspor.roskilde.dk/${CLIENT}`]);
    assert.equal(
      config.entra?.oidcMetadataUrl,
      'https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration',
    );
    assert.equal(config.graphBaseUrl, 'https://graph.microsoft.com/v1.0');
    assert.equal(config.demo, null);
  });

  it("when Entra and Graph are a national cloud's, then the authority, metadata URL and Graph resource are that cloud's", () => {
    const config = loadConfig({
      ENTRA_TENANT_ID: TENANT,
      ENTRA_CLIENT_ID: CLIENT,
      ENTRA_CLIENT_SECRET: 'hemmelig',
      ENTRA_AUTHORITY_HOST: 'https://login.microsoftonline.us/',
      GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0',
    });
    assert.equal(config.entra?.authorityHost, 'https://login.microsoftonline.us');
    assert.equal(
      config.entra?.oidcMetadataUrl,
      'https://login.microsoftonline.us/{tenant}/v2.0/.well-known/openid-configuration',
    );
    assert.equal(config.entra?.graphResource, 'https://graph.microsoft.us');
  });

  it('when a value is malformed, then the message names the variable', () => {
    assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT/);
    assert.throws(() => loadConfig({ DATABASE_URL: 'not a url' }), /DATABASE_URL/);
  });
});

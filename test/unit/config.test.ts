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

  describe('jobordrer from STAR', () => {
    const entra = { ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT, ENTRA_CLIENT_SECRET: 'hemmelig' };
    const files = {
      STAR_API_URL: 'https://api.star.example/dfdg/',
      STAR_TLS_CERT_PATH: '/etc/kontaktspor/star-server.crt',
      STAR_TLS_KEY_PATH: '/etc/kontaktspor/star-server.key',
      STAR_CLIENT_CA_PATH: '/etc/kontaktspor/star-ca.pem',
      STAR_FUNCTION_CERT_PATH: '/etc/kontaktspor/foces.crt',
      STAR_FUNCTION_KEY_PATH: '/etc/kontaktspor/foces.key',
    };

    it('when production does not name STAR, then jobordrer are off; demo mode uses the emulator', () => {
      assert.equal(loadConfig(entra).star, null);
      const demo = loadConfig({}).star;
      assert.equal(demo?.listener, null);
      assert.equal(demo?.api, null);
      assert.equal(demo?.otherMunicipalities, 'skip');
    });

    it("when STAR's client certificate is not named, then start-up fails saying how to name it", () => {
      assert.throws(
        () => loadConfig({ ...entra, ...files }),
        (e: Error) =>
          e instanceof ConfigError && /STAR_CLIENT_CERT_THUMBPRINTS or STAR_CLIENT_CERT_SUBJECT/.test(e.message),
      );
    });

    it('when a certificate file is missing, then start-up fails naming it', () => {
      const { STAR_FUNCTION_KEY_PATH: _left, ...rest } = files;
      assert.throws(
        () => loadConfig({ ...entra, ...rest, STAR_CLIENT_CERT_SUBJECT: 'CN=STAR' }),
        (e: Error) => e instanceof ConfigError && /STAR_FUNCTION_KEY_PATH/.test(e.message),
      );
    });

    it('when STAR is configured, then thumbprints compare without colons or case and the endpoint serves the tenant', () => {
      const star = loadConfig({
        ...entra,
        ...files,
        STAR_CLIENT_CERT_THUMBPRINTS: 'ab:cd:ef:01, 2345',
        STAR_OTHER_MUNICIPALITIES: 'keep',
      }).star;
      assert.deepEqual(star?.client.thumbprints, ['ABCDEF01', '2345']);
      assert.equal(star?.tenantId, TENANT);
      assert.equal(star?.api?.url, 'https://api.star.example/dfdg');
      assert.equal(star?.listener?.port, 8443);
      assert.equal(star?.listener?.host, '0.0.0.0');
      assert.equal(star?.otherMunicipalities, 'keep');
    });

    it('when the Jobnet link has no {id}, then the message names JOBNET_JOBORDRE_URL', () => {
      assert.throws(() => loadConfig({ JOBNET_JOBORDRE_URL: 'https://jobnet.dk/' }), /JOBNET_JOBORDRE_URL/);
      assert.equal(loadConfig({}).jobnetJobordreUrl, 'https://arbejdsgiver.jobnet.dk/jobordre/{id}');
    });
  });
});

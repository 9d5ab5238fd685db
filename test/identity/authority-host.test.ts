import assert from 'node:assert/strict';
import { pino } from 'pino';
import { loadConfig, type EntraConfig } from '../../src/config.js';
import { createDevTls } from '../../src/demo/emulators/dev-tls.js';
import { startIdentityEmulator, type IdentityEmulator } from '../../src/demo/emulators/identity-emulator.js';
import { startGraphEmulator, type GraphEmulator } from '../../src/demo/emulators/graph-emulator.js';
import { outboundFetch, type OutboundFetch } from '../../src/adapters/outbound-fetch.js';
import { EntraTokenValidator } from '../../src/adapters/auth/entra-token-validator.js';
import { GraphTokenProvider } from '../../src/adapters/auth/graph-token-provider.js';
import { entraIdentity } from '../../src/adapters/auth/production-identity.js';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { DomainError } from '../../src/domain/errors.js';
import { realIssuer } from '../../src/demo/emulators/identity-metadata.js';

const TENANT = '6a0e4c1d-2b3f-4e5a-8c7d-9e0f1a2b3c4d';
const CLIENT_ID = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
const CLIENT_SECRET = 'authority-host-secret';
const METTE = {
  id: '9c2f4e1a-7b3d-4c5e-8f6a-0b1c2d3e4f5a',
  userPrincipalName: 'mette.kjaergaard@roskilde.dk',
  mail: 'mette.kjaergaard@roskilde.dk',
  displayName: 'Mette Kjærgaard',
  department: 'Virksomhedsservice',
};

/**
 * A tenant outside the public cloud: the identity emulator plays a cloud whose authority and
 * issuer are its own host (`https://localhost:PORT`, like login.microsoftonline.us), configured
 * through ENTRA_AUTHORITY_HOST only. Nothing here can reach login.microsoftonline.com, and every
 * outbound call is recorded, so a silent fall-back to the public cloud fails the test.
 */
describe('Production identity on a configured authority host (national clouds, offline)', function () {
  let identity: IdentityEmulator;
  let graph: GraphEmulator;
  let ca: string;
  let entra: EntraConfig;
  const calls: string[] = [];
  let fetch: OutboundFetch;

  before(async () => {
    const tls = await createDevTls();
    ca = tls.ca;
    identity = await startIdentityEmulator({ tls, cloud: 'own-host', hostName: 'localhost' });
    identity.registerApp({ tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    graph = await startGraphEmulator({ tls, identity });
    graph.addMailbox(METTE);
    entra = entraConfigFor(identity.url);
    const plain = outboundFetch({ ca });
    fetch = (url, init) => {
      calls.push(url);
      return plain(url, init);
    };
  });
  after(async () => {
    await graph?.close();
    await identity?.close();
  });
  beforeEach(() => void (calls.length = 0));

  function entraConfigFor(authorityHost: string, extra: Record<string, string> = {}): EntraConfig {
    return loadConfig({
      ENTRA_TENANT_ID: TENANT,
      ENTRA_CLIENT_ID: CLIENT_ID,
      ENTRA_CLIENT_SECRET: CLIENT_SECRET,
      ENTRA_AUTHORITY_HOST: authorityHost,
      ...extra,
    }).entra!;
  }

  const mint = (claims: Record<string, unknown> = {}) =>
    identity.mintUserToken({
      tid: TENANT,
      oid: METTE.id,
      name: METTE.displayName,
      preferred_username: METTE.userPrincipalName,
      aud: CLIENT_ID,
      ...claims,
    });

  function assertOnlyConfiguredHost(): void {
    const host = new URL(identity.url).host;
    assert.ok(calls.length > 0, 'something was fetched');
    assert.deepEqual(
      calls.filter((url) => new URL(url).host !== host),
      [],
      `every call went to ${host}`,
    );
  }

  it("when a token from that cloud is validated, then it is accepted with the issuer named by the tenant's metadata, read once", async () => {
    const validator = new EntraTokenValidator(entra, fetch);

    const first = await validator.validate(await mint());
    const second = await validator.validate(await mint());

    assert.equal(
      identity.issuer(TENANT),
      `${identity.url}/${TENANT}/v2.0`,
      'the emulator plays a cloud with its own issuer',
    );
    assert.deepEqual([first.tenantId, first.objectId, first.email], [TENANT, METTE.id, METTE.userPrincipalName]);
    assert.equal(second.objectId, METTE.id);
    assert.equal(
      calls.filter((url) => url.endsWith('/.well-known/openid-configuration')).length,
      1,
      'metadata fetched once',
    );
    assertOnlyConfiguredHost();
  });

  it('when a token names login.microsoftonline.com as issuer in that configuration, then it is refused as TOKEN_ISSUER_INVALID', async () => {
    const validator = new EntraTokenValidator(entra, fetch);
    const token = await mint({ iss: realIssuer(TENANT) });

    await assert.rejects(validator.validate(token), (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'TOKEN_ISSUER_INVALID');
      return true;
    });
  });

  it("when the configured metadata is the multi-tenant document, then its {tenantid} issuer is read as the token tenant's", async () => {
    const multiTenant = entraConfigFor(identity.url, {
      ENTRA_OIDC_METADATA_URL: `${identity.url}/organizations/v2.0/.well-known/openid-configuration`,
    });
    const validator = new EntraTokenValidator(multiTenant, fetch);

    const claims = await validator.validate(await mint());

    assert.equal(claims.objectId, METTE.id);
    await assert.rejects(validator.validate(await mint({ iss: realIssuer(TENANT) })), { code: 'TOKEN_ISSUER_INVALID' });
  });

  it('when the service asks for a Graph token on behalf of the user, then MSAL exchanges it at the configured host without instance discovery', async () => {
    const tokens = new GraphTokenProvider(entra, fetch, pino({ level: 'silent' }));
    const oboBefore = identity.grants.filter((grant) => grant.requestedTokenUse === 'on_behalf_of').length;

    const graphToken = await tokens.tokenFor({ kind: 'user', tenantId: TENANT, assertion: await mint() });

    assert.ok(graphToken.split('.').length === 3, 'a JWT came back');
    const obo = identity.grants.filter((grant) => grant.requestedTokenUse === 'on_behalf_of');
    assert.equal(obo.length, oboBefore + 1);
    assert.equal(obo.at(-1)?.outcome, 'issued');
    assert.deepEqual(
      calls.map((url) => new URL(url).pathname),
      [`/${TENANT}/v2.0/.well-known/openid-configuration`, `/${TENANT}/oauth2/v2.0/token`],
    );
    assertOnlyConfiguredHost();
  });

  it("when GRAPH_BASE_URL is that cloud's Graph, then the on-behalf-of request asks for that Graph's permissions", async () => {
    const usGraph = entraConfigFor(identity.url, { GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' });
    const tokens = new GraphTokenProvider(usGraph, fetch, pino({ level: 'silent' }));

    // The emulator knows only the public Graph, so it refuses; what was asked for is the point.
    await assert.rejects(tokens.tokenFor({ kind: 'user', tenantId: TENANT, assertion: await mint() }));

    const asked =
      identity.grants
        .at(-1)
        ?.scope.split(' ')
        .filter((scope) => scope.startsWith('https://')) ?? [];
    assert.ok(asked.length > 0);
    assert.deepEqual(
      asked.filter((scope) => !scope.startsWith('https://graph.microsoft.us/')),
      [],
    );
  });

  describe('wired as main.ts wires production', () => {
    let store: KyselyStore;
    let wiring: ReturnType<typeof entraIdentity>;

    before(async () => {
      store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
      wiring = entraIdentity({
        entra,
        graphBaseUrl: graph.baseUrl,
        ownDomains: ['roskilde.dk'],
        store,
        logger: pino({ level: 'silent' }),
        ca,
      });
    });
    after(async () => {
      await store?.close();
    });

    it('when the user signs in, then the token is validated and the on-behalf-of Graph call reads their profile', async () => {
      const actor = await wiring.authenticator.authenticate({ authorization: `Bearer ${await mint()}` });
      const profile = await wiring.mailSource.getProfile({
        kind: 'user',
        tenantId: TENANT,
        assertion: actor.userAssertion!,
      });

      assert.equal(actor.tenantId, TENANT);
      assert.equal(actor.email, METTE.userPrincipalName);
      assert.equal(profile.department, METTE.department);
    });

    for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
      it(`when the Authorization scheme is written "${scheme}", then it is the same Bearer scheme (RFC 7235) and the user gets in`, async () => {
        const actor = await wiring.authenticator.authenticate({ authorization: `${scheme} ${await mint()}` });

        assert.equal(actor.email, METTE.userPrincipalName);
      });
    }

    it('when the scheme is not Bearer, then the header is refused as TOKEN_MALFORMED', async () => {
      await assert.rejects(wiring.authenticator.authenticate({ authorization: `Basic ${await mint()}` }), {
        code: 'TOKEN_MALFORMED',
      });
    });
  });
});

import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { ConfidentialClientApplication, InteractionRequiredAuthError, type Configuration } from '@azure/msal-node';
import { generate } from 'selfsigned';
import { createDevTls } from '../../src/demo/emulators/dev-tls.js';
import {
  CONSENT_CLAIMS,
  startIdentityEmulator,
  type IdentityEmulator,
} from '../../src/demo/emulators/identity-emulator.js';
import { claimsOf } from './support/https-json.js';
import { UndiciNetworkClient } from './support/undici-network-client.js';
import { CLIENT_ID, CLIENT_SECRET, METTE, SOEREN, TENANT, userClaims } from './support/fixtures.js';

const GRAPH_MAIL = ['https://graph.microsoft.com/Mail.ReadWrite'];

describe('real @azure/msal-node against the identity emulator', () => {
  let identity: IdentityEmulator;
  let network: UndiciNetworkClient;

  before(async () => {
    const tls = await createDevTls();
    identity = await startIdentityEmulator({ tls });
    identity.registerApp({ tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    network = new UndiciNetworkClient(tls.ca);
  });

  after(async () => {
    await network.close();
    await identity.close();
  });

  /** The configuration the service should use: metadata from the emulator helpers, so MSAL never discovers. */
  function offlineConfig(auth: Partial<Configuration['auth']> = { clientSecret: CLIENT_SECRET }): Configuration {
    return {
      auth: {
        clientId: CLIENT_ID,
        authority: `${identity.url}/${TENANT}`,
        authorityMetadata: identity.authorityMetadataJson(TENANT),
        cloudDiscoveryMetadata: identity.cloudDiscoveryMetadataJson(),
        ...auth,
      },
      system: { networkClient: network },
    };
  }

  const grantsOf = (grantType: string) => identity.grants.filter((g) => g.grantType === grantType);

  it("when the service acquires a token on behalf of the user, then the emulator records the OBO grant and the second call comes from MSAL's cache", async () => {
    const msal = new ConfidentialClientApplication(offlineConfig());
    const assertion = await identity.mintUserToken(userClaims(METTE));
    const before = grantsOf('urn:ietf:params:oauth:grant-type:jwt-bearer').length;
    network.calls.length = 0;

    const first = await msal.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: GRAPH_MAIL });
    assert.ok(first);
    assert.equal(first.fromCache, false);
    assert.equal(first.tenantId, TENANT);
    assert.equal(first.account?.username, METTE.userPrincipalName);
    const claims = claimsOf(first.accessToken);
    assert.deepEqual([claims.aud, claims.oid, claims.scp], ['https://graph.microsoft.com', METTE.id, 'Mail.ReadWrite']);
    const obo = grantsOf('urn:ietf:params:oauth:grant-type:jwt-bearer');
    assert.equal(obo.length, before + 1);
    assert.equal(obo.at(-1)?.requestedTokenUse, 'on_behalf_of');
    assert.equal(obo.at(-1)?.clientId, CLIENT_ID);

    const second = await msal.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: GRAPH_MAIL });
    assert.equal(second?.fromCache, true);
    assert.equal(second?.accessToken, first.accessToken);
    assert.equal(grantsOf('urn:ietf:params:oauth:grant-type:jwt-bearer').length, before + 1);
    assert.deepEqual(
      network.calls.map((c) => [c.method, new URL(c.url).pathname]),
      [['POST', `/${TENANT}/oauth2/v2.0/token`]],
      'MSAL called only the token endpoint (no discovery)',
    );
  });

  it("when another user's assertion comes in, then MSAL does not serve it from the first user's cache", async () => {
    const msal = new ConfidentialClientApplication(offlineConfig());
    const mette = await msal.acquireTokenOnBehalfOf({
      oboAssertion: await identity.mintUserToken(userClaims(METTE)),
      scopes: GRAPH_MAIL,
    });
    const soeren = await msal.acquireTokenOnBehalfOf({
      oboAssertion: await identity.mintUserToken(userClaims(SOEREN)),
      scopes: GRAPH_MAIL,
    });
    assert.equal(soeren?.fromCache, false);
    assert.equal(claimsOf(soeren?.accessToken).oid, SOEREN.id);
    assert.notEqual(soeren?.accessToken, mette?.accessToken);
  });

  it("when MSAL knows the emulator only through knownAuthorities, then it reads the emulator's metadata and OBO works", async () => {
    network.calls.length = 0;
    const msal = new ConfidentialClientApplication({
      auth: {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        authority: `${identity.url}/${TENANT}`,
        knownAuthorities: [new URL(identity.url).host],
      },
      system: { networkClient: network },
    });
    const result = await msal.acquireTokenOnBehalfOf({
      oboAssertion: await identity.mintUserToken(userClaims(METTE)),
      scopes: GRAPH_MAIL,
    });
    assert.equal(result?.fromCache, false);
    assert.deepEqual(
      network.calls.map((c) => new URL(c.url).pathname),
      [`/${TENANT}/v2.0/.well-known/openid-configuration`, `/${TENANT}/oauth2/v2.0/token`],
    );
  });

  it('when the user must consent, then MSAL throws InteractionRequiredAuthError carrying consent_required and the claims challenge', async () => {
    const msal = new ConfidentialClientApplication(offlineConfig());
    identity.requireConsent(METTE.id);
    try {
      await assert.rejects(
        msal.acquireTokenOnBehalfOf({
          oboAssertion: await identity.mintUserToken(userClaims(METTE)),
          scopes: GRAPH_MAIL,
        }),
        (error: unknown) => {
          assert.ok(error instanceof InteractionRequiredAuthError);
          assert.equal(error.errorCode, 'invalid_grant');
          assert.equal(error.subError, 'consent_required');
          assert.equal(error.claims, CONSENT_CLAIMS);
          assert.match(error.errorMessage, /AADSTS65001/);
          return true;
        },
      );
    } finally {
      identity.grantConsent(METTE.id);
    }
  });

  it('when the app asks for an app-only token, then MSAL gets one with roles and caches it', async () => {
    const msal = new ConfidentialClientApplication(offlineConfig());
    const first = await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const second = await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    assert.equal(claimsOf(first?.accessToken).idtyp, 'app');
    assert.ok((claimsOf(first?.accessToken).roles as string[]).length > 0);
    assert.equal(second?.fromCache, true);
  });

  it("when the app authenticates with a certificate, then MSAL's client assertion is accepted", async () => {
    const pems = await generate([{ name: 'commonName', value: 'kontaktspor-client' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    const der = new X509Certificate(pems.cert).raw;
    const thumbprintSha256 = createHash('sha256').update(der).digest('hex');
    const certificateClientId = '4c4e1a0b-7f42-4d7e-9d3a-0b1c2d3e4f50';
    identity.registerApp({ tenantId: TENANT, clientId: certificateClientId });
    const msal = new ConfidentialClientApplication(
      offlineConfig({
        clientId: certificateClientId,
        clientCertificate: { thumbprintSha256, privateKey: pems.private },
      }),
    );
    const result = await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    assert.equal(claimsOf(result?.accessToken).appidacr, '2');
    assert.equal(identity.grants.at(-1)?.clientId, certificateClientId);
  });
});

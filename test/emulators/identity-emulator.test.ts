import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT, createLocalJWKSet, importPKCS8, jwtVerify, type JSONWebKeySet } from 'jose';
import { createDevTls } from '../../src/demo/emulators/dev-tls.js';
import {
  CONSENT_CLAIMS,
  startIdentityEmulator,
  type IdentityEmulator,
} from '../../src/demo/emulators/identity-emulator.js';
import { HttpsJson, claimsOf } from './support/https-json.js';
import {
  APP_ID_URI,
  CLIENT_ID,
  CLIENT_SECRET,
  METTE,
  OTHER_CLIENT_ID,
  OTHER_TENANT,
  TENANT,
  TokenClient,
  userClaims,
} from './support/fixtures.js';

describe('identity emulator', () => {
  let identity: IdentityEmulator;
  let http: HttpsJson;
  let tokens: TokenClient;

  before(async () => {
    const tls = await createDevTls();
    identity = await startIdentityEmulator({ tls });
    identity.registerApp({ tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, appIdUri: APP_ID_URI });
    identity.registerApp({ tenantId: TENANT, clientId: OTHER_CLIENT_ID, clientSecret: 'other-secret', appRoles: [] });
    http = new HttpsJson(tls.ca);
    tokens = new TokenClient(http, identity);
  });

  after(async () => {
    await http.close();
    await identity.close();
  });

  const lastGrant = () => identity.grants.at(-1);

  describe('discovery', () => {
    it('when the OIDC metadata is fetched, then it has the real issuer and endpoints on the emulator', async () => {
      const { status, body } = await http.request(identity.metadataUrl(TENANT));
      assert.equal(status, 200);
      assert.equal(body.issuer, `https://login.microsoftonline.com/${TENANT}/v2.0`);
      assert.equal(body.issuer, identity.issuer(TENANT));
      assert.equal(body.token_endpoint, `${identity.url}/${TENANT}/oauth2/v2.0/token`);
      assert.equal(body.authorization_endpoint, `${identity.url}/${TENANT}/oauth2/v2.0/authorize`);
      assert.equal(body.end_session_endpoint, `${identity.url}/${TENANT}/oauth2/v2.0/logout`);
      assert.equal(body.jwks_uri, identity.jwksUrl(TENANT));
      assert.deepEqual(body.id_token_signing_alg_values_supported, ['RS256']);
      assert.equal(body.cloud_instance_name, 'microsoftonline.com');
      assert.equal(body.tenant_region_scope, 'EU');
      for (const list of [
        'response_types_supported',
        'subject_types_supported',
        'token_endpoint_auth_methods_supported',
        'scopes_supported',
        'claims_supported',
      ]) {
        assert.ok(Array.isArray(body[list]) && (body[list] as unknown[]).length > 0, list);
      }
      assert.deepEqual(JSON.parse(identity.authorityMetadataJson(TENANT)), body);
    });

    it('when metadata for "common" is fetched, then the issuer carries the {tenantid} placeholder', async () => {
      const { body } = await http.request(identity.metadataUrl('common'));
      assert.equal(body.issuer, 'https://login.microsoftonline.com/{tenantid}/v2.0');
    });

    it('when instance discovery is asked, then the emulator host is its own preferred network and cache', async () => {
      const authorize = encodeURIComponent(`${identity.url}/${TENANT}/oauth2/v2.0/authorize`);
      const { status, body } = await http.request(
        `${identity.url}/common/discovery/instance?api-version=1.1&authorization_endpoint=${authorize}`,
      );
      assert.equal(status, 200);
      const host = new URL(identity.url).host;
      assert.equal(body.tenant_discovery_endpoint, identity.metadataUrl(TENANT));
      assert.equal(body['api-version'], '1.1');
      assert.deepEqual(body.metadata, [
        { preferred_network: host, preferred_cache: host, aliases: [host, host.replace('127.0.0.1', 'localhost')] },
      ]);
      assert.deepEqual(JSON.parse(identity.cloudDiscoveryMetadataJson()).metadata, body.metadata);
    });

    it('when the JWKS is fetched, then it holds the RS256 key that verifies minted tokens', async () => {
      const { body } = await http.request<JSONWebKeySet & { keys: Record<string, unknown>[] }>(
        identity.jwksUrl(TENANT),
      );
      assert.equal(body.keys.length, 1);
      const key = body.keys[0]!;
      assert.equal(key.kid, identity.kid);
      assert.equal(key.use, 'sig');
      assert.equal(key.alg, 'RS256');
      assert.equal(key.kty, 'RSA');
      assert.match(String(key.n), /^[A-Za-z0-9_-]{300,}$/);
      assert.equal(key.e, 'AQAB');
      const token = await identity.mintUserToken(userClaims(METTE));
      const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(body), {
        issuer: identity.issuer(TENANT),
        audience: CLIENT_ID,
      });
      assert.equal(protectedHeader.kid, identity.kid);
      assert.equal(payload.scp, 'access_as_user');
    });
  });

  describe('client credentials', () => {
    it('when an app sends its secret, then it gets an app-only Graph token with its roles, and the grant is recorded without the secret', async () => {
      const { status, body } = await tokens.clientCredentials();
      assert.equal(status, 200);
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.expires_in, 3599);
      const claims = claimsOf(body.access_token);
      assert.equal(claims.aud, 'https://graph.microsoft.com');
      assert.equal(claims.idtyp, 'app');
      assert.equal(claims.appid, CLIENT_ID);
      assert.equal(claims.tid, TENANT);
      assert.ok(Array.isArray(claims.roles) && claims.roles.includes('Mail.ReadWrite'));
      assert.equal(claims.scp, undefined);
      assert.deepEqual(
        { ...lastGrant(), at: undefined },
        {
          grantType: 'client_credentials',
          tenantId: TENANT,
          clientId: CLIENT_ID,
          scope: 'https://graph.microsoft.com/.default',
          at: undefined,
          outcome: 'issued',
        },
      );
      assert.ok(!JSON.stringify(identity.grants).includes(CLIENT_SECRET));
      await identity.verifyToken(String(body.access_token));
    });

    it('when the secret comes as HTTP Basic credentials, then it is accepted', async () => {
      const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
      const { status } = await tokens.post(
        { grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' },
        { authorization: `Basic ${basic}` },
      );
      assert.equal(status, 200);
      assert.equal(lastGrant()?.clientId, CLIENT_ID);
    });

    it('when a certificate-signed client assertion names the app, then it is accepted; when the assertion is not a JWT, then invalid_client', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const key = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'RS256');
      const assertion = await new SignJWT({ jti: randomUUID() })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', 'x5t#S256': 'thumbprint' })
        .setIssuer(CLIENT_ID)
        .setSubject(CLIENT_ID)
        .setAudience(tokens.endpoint)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(key);
      const form = {
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        scope: 'https://graph.microsoft.com/.default',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      };
      const ok = await tokens.post({ ...form, client_assertion: assertion });
      assert.equal(ok.status, 200);
      assert.equal(claimsOf(ok.body.access_token).appidacr, '2');
      assert.ok(!JSON.stringify(identity.grants).includes(assertion));
      const bad = await tokens.post({ ...form, client_assertion: 'not-a-jwt' });
      assert.equal(bad.status, 401);
      assert.equal(bad.body.error, 'invalid_client');
      const wrongType = await tokens.post({
        ...form,
        client_assertion: assertion,
        client_assertion_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      });
      assert.equal(wrongType.body.error, 'invalid_request');
    });

    it('when the secret is wrong, then 401 invalid_client in the AAD error shape', async () => {
      const { status, body } = await tokens.clientCredentials(undefined, { id: CLIENT_ID, secret: 'wrong' });
      assert.equal(status, 401);
      assert.equal(body.error, 'invalid_client');
      assert.match(String(body.error_description), /^AADSTS7000215: /);
      assert.deepEqual(body.error_codes, [7000215]);
      for (const field of ['timestamp', 'trace_id', 'correlation_id'])
        assert.equal(typeof body[field], 'string', field);
      assert.equal(lastGrant()?.outcome, 'invalid_client');
    });

    it('when an unregistered app asks, then 400 unauthorized_client (AADSTS700016)', async () => {
      const { status, body } = await tokens.clientCredentials(undefined, { id: randomUUID(), secret: 'x' });
      assert.equal(status, 400);
      assert.equal(body.error, 'unauthorized_client');
      assert.deepEqual(body.error_codes, [700016]);
    });

    it('when the scope lacks /.default, then invalid_scope', async () => {
      const { status, body } = await tokens.clientCredentials('https://graph.microsoft.com/Mail.Read');
      assert.equal(status, 400);
      assert.equal(body.error, 'invalid_scope');
    });

    it('when the app asks in a tenant where it is not registered, then the request fails', async () => {
      const other = new TokenClient(http, identity, OTHER_TENANT);
      const { status, body } = await other.clientCredentials();
      assert.equal(status, 400);
      assert.equal(body.error, 'invalid_request');
    });
  });

  describe('on-behalf-of', () => {
    it('when the app exchanges a user token for Graph, then the Graph token carries the user, the scopes, and the grant is recorded', async () => {
      const assertion = await identity.mintUserToken(userClaims(METTE));
      const { status, body } = await tokens.onBehalfOf(
        assertion,
        'https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/User.Read offline_access openid',
      );
      assert.equal(status, 200);
      assert.equal(body.scope, 'https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/User.Read');
      assert.equal(typeof body.refresh_token, 'string');
      assert.equal(claimsOf(body.id_token).aud, CLIENT_ID);
      const claims = claimsOf(body.access_token);
      assert.equal(claims.aud, 'https://graph.microsoft.com');
      assert.equal(claims.scp, 'Mail.ReadWrite User.Read');
      assert.equal(claims.idtyp, 'user');
      assert.equal(claims.appid, CLIENT_ID);
      assert.deepEqual(
        [claims.oid, claims.tid, claims.upn, claims.name],
        [METTE.id, TENANT, METTE.userPrincipalName, METTE.displayName],
      );
      const grant = lastGrant();
      assert.equal(grant?.grantType, 'urn:ietf:params:oauth:grant-type:jwt-bearer');
      assert.equal(grant?.requestedTokenUse, 'on_behalf_of');
      assert.equal(grant?.outcome, 'issued');
      assert.ok(!JSON.stringify(identity.grants).includes(assertion));
    });

    it('when the user token names the app by its api:// URI, then OBO is accepted', async () => {
      const assertion = await identity.mintUserToken({ ...userClaims(METTE), aud: APP_ID_URI });
      const { status } = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/User.Read');
      assert.equal(status, 200);
    });

    it('when the user token is for another app, then invalid_grant (AADSTS50013)', async () => {
      const assertion = await identity.mintUserToken({ ...userClaims(METTE), aud: OTHER_CLIENT_ID });
      const { status, body } = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/User.Read');
      assert.equal(status, 400);
      assert.equal(body.error, 'invalid_grant');
      assert.deepEqual(body.error_codes, [50013]);
    });

    it('when the user token has expired, then invalid_grant (AADSTS500133)', async () => {
      const assertion = await identity.mintUserToken(userClaims(METTE), { expiresInSeconds: -60 });
      const { body } = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/User.Read');
      assert.equal(body.error, 'invalid_grant');
      assert.deepEqual(body.error_codes, [500133]);
    });

    it('when the user token is signed by a foreign key, then invalid_grant', async () => {
      const assertion = await identity.mintUserToken(userClaims(METTE), { signingKey: 'foreign' });
      const { body } = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/User.Read');
      assert.equal(body.error, 'invalid_grant');
      assert.deepEqual(body.error_codes, [50013]);
    });

    it('when consent is required for the user, then invalid_grant with consent_required and a claims challenge; after consent, OBO works', async () => {
      identity.requireConsent(METTE.id);
      try {
        const assertion = await identity.mintUserToken(userClaims(METTE));
        const { status, body } = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/Mail.Read');
        assert.equal(status, 400);
        assert.equal(body.error, 'invalid_grant');
        assert.equal(body.suberror, 'consent_required');
        assert.deepEqual(body.error_codes, [65001]);
        assert.match(String(body.error_description), /^AADSTS65001: /);
        assert.equal(body.claims, CONSENT_CLAIMS);
        assert.doesNotThrow(() => JSON.parse(String(body.claims)));
      } finally {
        identity.grantConsent(METTE.id);
      }
      const again = await tokens.onBehalfOf(
        await identity.mintUserToken(userClaims(METTE)),
        'https://graph.microsoft.com/Mail.Read',
      );
      assert.equal(again.status, 200);
    });

    it("when a scope outside the app's consented permissions is asked for, then consent_required", async () => {
      const assertion = await identity.mintUserToken(userClaims(METTE));
      const { body } = await tokens.onBehalfOf(assertion, 'https://graph.microsoft.com/Files.ReadWrite.All');
      assert.equal(body.suberror, 'consent_required');
    });

    it('when a refresh token is redeemed, then new tokens come back and the old refresh token is spent', async () => {
      const first = await tokens.onBehalfOf(
        await identity.mintUserToken(userClaims(METTE)),
        'https://graph.microsoft.com/User.Read offline_access',
      );
      const form = {
        grant_type: 'refresh_token',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        refresh_token: String(first.body.refresh_token),
        scope: 'https://graph.microsoft.com/User.Read',
      };
      const second = await tokens.post(form);
      assert.equal(second.status, 200);
      assert.equal(claimsOf(second.body.access_token).oid, METTE.id);
      assert.notEqual(second.body.refresh_token, first.body.refresh_token);
      const replay = await tokens.post(form);
      assert.equal(replay.body.error, 'invalid_grant');
    });
  });

  describe('minted tokens', () => {
    it('when a user token is minted with defaults, then it is a v2 access token for the first registered app', async () => {
      const claims = claimsOf(await identity.mintUserToken(userClaims(METTE)));
      assert.equal(claims.iss, identity.issuer(TENANT));
      assert.equal(claims.aud, CLIENT_ID);
      assert.equal(claims.ver, '2.0');
      assert.equal(claims.scp, 'access_as_user');
      assert.equal(typeof claims.azp, 'string');
      assert.equal(claims.upn, METTE.userPrincipalName);
      assert.equal(Number(claims.exp) - Number(claims.iat), 3600);
    });

    it('when an ID token is minted, then its audience is the client id, it has a nonce and no scp', async () => {
      const claims = claimsOf(await identity.mintUserToken(userClaims(METTE), { idToken: true }));
      assert.equal(claims.aud, CLIENT_ID);
      assert.equal(claims.scp, undefined);
      assert.equal(typeof claims.nonce, 'string');
    });

    it('when a claim is overridden with undefined, then the token lacks it', async () => {
      const claims = claimsOf(await identity.mintUserToken({ ...userClaims(METTE), scp: undefined }));
      assert.ok(!('scp' in claims));
    });

    const forged: [string, () => Promise<string>][] = [
      ['has alg none', () => identity.mintUserToken(userClaims(METTE), { alg: 'none' })],
      [
        'is HS256-signed with the public key PEM as secret',
        () => identity.mintUserToken(userClaims(METTE), { alg: 'HS256' }),
      ],
      ['has an unknown kid', () => identity.mintUserToken(userClaims(METTE), { kid: 'unknown-kid' })],
      ['is signed by a foreign key', () => identity.mintUserToken(userClaims(METTE), { signingKey: 'foreign' })],
      ['has expired', () => identity.mintUserToken(userClaims(METTE), { expiresInSeconds: -1 })],
      ['has nbf in the future', () => identity.mintUserToken(userClaims(METTE), { notBeforeInSeconds: 600 })],
      ['has a wrong issuer', () => identity.mintUserToken({ ...userClaims(METTE), iss: 'https://evil.example/v2.0' })],
    ];
    for (const [name, mint] of forged) {
      it(`when a token ${name}, then verifyToken rejects it`, async () => {
        await assert.rejects(identity.verifyToken(await mint()));
      });
    }

    it('when forged variants are decoded, then their headers are as asked', async () => {
      const header = (token: string) =>
        JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as Record<string, unknown>;
      assert.equal(header(await identity.mintUserToken({}, { alg: 'none' })).alg, 'none');
      assert.equal(header(await identity.mintUserToken({}, { alg: 'HS256' })).kid, identity.kid);
      assert.equal(header(await identity.mintUserToken({}, { signingKey: 'foreign' })).kid, identity.kid);
    });
  });
});

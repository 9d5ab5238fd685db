import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { serveApp } from '../support/test-app.js';
import { startProductionIdentity } from '../support/identity-harness.js';

const TENANT = '3f1c2b7e-5d2a-4c1e-9a57-0c4b2f6d8e11';

describe('Production sign-in: only a valid Entra ID access token for this API gets in', function () {
  let store: KyselyStore;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let url: string;
  const mette = { oid: randomUUID(), name: 'Mette Kjærgaard', email: 'mette.kjaergaard@roskilde.dk' };

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    harness = await startProductionIdentity({ store, tenantId: TENANT });
    server = await serveApp({ store, authenticator: harness.authenticator, mailSource: harness.mailSource });
    url = server.url;
  });
  after(async () => {
    await server?.close();
    await harness?.close();
    await store?.close();
  });

  async function me(authorization?: string) {
    const response = await fetch(`${url}/api/me`, { headers: authorization === undefined ? {} : { authorization } });
    const text = await response.text();
    return {
      status: response.status,
      body: JSON.parse(text),
      text,
      challenge: response.headers.get('www-authenticate'),
    };
  }

  const mint = (
    claims: Record<string, unknown> = {},
    options: Parameters<typeof harness.emulators.identity.mintUserToken>[1] = {},
  ) =>
    harness.emulators.identity.mintUserToken(
      {
        tid: TENANT,
        oid: mette.oid,
        name: mette.name,
        preferred_username: mette.email,
        aud: harness.entra.clientId,
        ...claims,
      },
      options,
    );

  it('when a valid token is sent, then the caller is that user and their staff row is created from it', async () => {
    const { status, body } = await me(`Bearer ${await mint()}`);
    assert.equal(status, 200);
    assert.deepEqual(
      { email: body.email, name: body.name, tenantId: body.tenantId, mode: body.mode },
      {
        email: mette.email,
        name: mette.name,
        tenantId: TENANT,
        mode: 'production',
      },
    );
    assert.equal((await store.findStaffByEmail(TENANT, mette.email))?.name, mette.name);
  });

  it('when the token says api://<client id> as audience, then it is accepted too', async () => {
    assert.equal((await me(`Bearer ${await mint({ aud: `api://${harness.entra.clientId}` })}`)).status, 200);
  });

  const forged: [string, () => Promise<string | undefined>, string][] = [
    ['no token', async () => undefined, 'TOKEN_MISSING'],
    ['not a bearer token', async () => 'Basic bWV0dGU6aGVtbWVsaWc=', 'TOKEN_MALFORMED'],
    ['a malformed token', async () => 'Bearer not.a.jwt', 'TOKEN_MALFORMED'],
    ['alg none', async () => `Bearer ${await mint({}, { alg: 'none' })}`, 'TOKEN_SIGNATURE_INVALID'],
    [
      'HS256 signed with the public key',
      async () => `Bearer ${await mint({}, { alg: 'HS256' })}`,
      'TOKEN_SIGNATURE_INVALID',
    ],
    [
      'an unknown kid',
      async () => `Bearer ${await mint({}, { kid: 'no-such-key', signingKey: 'foreign' })}`,
      'TOKEN_SIGNATURE_INVALID',
    ],
    ['a bad signature', async () => `Bearer ${await mint({}, { signingKey: 'foreign' })}`, 'TOKEN_SIGNATURE_INVALID'],
    ['a tampered payload', async () => `Bearer ${tamper(await mint())}`, 'TOKEN_SIGNATURE_INVALID'],
    ['an expired token', async () => `Bearer ${await mint({}, { expiresInSeconds: -3600 })}`, 'TOKEN_EXPIRED'],
    ['nbf in the future', async () => `Bearer ${await mint({}, { notBeforeInSeconds: 3600 })}`, 'TOKEN_NOT_YET_VALID'],
    [
      'a wrong issuer',
      async () => `Bearer ${await mint({ iss: `https://sts.windows.net/${TENANT}/` })}`,
      'TOKEN_ISSUER_INVALID',
    ],
    [
      'a wrong audience',
      async () => `Bearer ${await mint({ aud: 'https://graph.microsoft.com' })}`,
      'TOKEN_AUDIENCE_INVALID',
    ],
    [
      'a token for another app',
      async () => `Bearer ${await mint({ aud: randomUUID(), azp: randomUUID() })}`,
      'TOKEN_AUDIENCE_INVALID',
    ],
    ['a wrong tenant', async () => `Bearer ${await mint({ tid: randomUUID() })}`, 'TOKEN_TENANT_NOT_ALLOWED'],
    ['no access_as_user scope', async () => `Bearer ${await mint({ scp: 'User.Read' })}`, 'TOKEN_SCOPE_MISSING'],
    ['an ID token', async () => `Bearer ${await mint({}, { idToken: true })}`, 'TOKEN_NOT_ACCESS_TOKEN'],
  ];
  for (const [label, authorization, code] of forged) {
    it(`when the request carries ${label}, then it answers 401 ${code} with no stack trace`, async () => {
      const reply = await me(await authorization());
      assert.equal(reply.status, 401, reply.text);
      assert.deepEqual(Object.keys(reply.body.error).sort(), ['code', 'message']);
      assert.equal(reply.body.error.code, code);
      assert.match(reply.challenge ?? '', /^Bearer /);
      assert.doesNotMatch(reply.text, /\bat \S+ \(|node_modules|\.ts:\d/);
    });
  }

  it('when a staff member calls an admin endpoint, then 403; with the Kontaktspor.Admin role, then 200', async () => {
    const staff = await fetch(`${url}/api/audit`, { headers: { authorization: `Bearer ${await mint()}` } });
    assert.equal(staff.status, 403);
    assert.equal(((await staff.json()) as { error: { code: string } }).error.code, 'FORBIDDEN');
    const admin = await fetch(`${url}/api/audit`, {
      headers: { authorization: `Bearer ${await mint({ roles: ['Kontaktspor.Admin'] })}` },
    });
    assert.equal(admin.status, 200);
    const targets = await fetch(`${url}/api/kpi/targets`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await mint()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targets: [{ metric: 'samarbejdsgrad', period: '2026', value: 0.3 }] }),
    });
    assert.equal(targets.status, 403);
  });

  it('when the user signs in after a name change, then the staff row follows the directory', async () => {
    await me(`Bearer ${await mint({ name: 'Mette K. Holm' })}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const row = await store.findStaffByEmail(TENANT, mette.email);
    assert.equal(row?.name, 'Mette K. Holm');
  });
});

/** Changes one claim without re-signing: the signature no longer matches. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
  claims.roles = ['Kontaktspor.Admin'];
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

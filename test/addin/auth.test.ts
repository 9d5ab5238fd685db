import assert from 'node:assert/strict';
import { createAuth, type MsalModule } from '../../addin/src/auth.js';
import type { ClientConfig } from '../../web-shared/client-config.js';

const PRODUCTION: ClientConfig = {
  mode: 'production',
  auth: {
    clientId: 'client-1',
    apiScope: 'api://kontaktspor/access_as_user',
    authority: 'https://login.microsoftonline.com/tenant-1',
  },
};

class InteractionRequired extends Error {}

/** msal-browser's NAA surface, recording what the pane asked for. */
function fakeMsal(behaviour: { silent?: () => string; popup?: () => string; createFails?: boolean } = {}) {
  const calls = {
    loads: 0,
    created: [] as unknown[],
    silent: [] as Record<string, unknown>[],
    popup: [] as Record<string, unknown>[],
  };
  const app = {
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    acquireTokenSilent: async (request: Record<string, unknown>) => {
      calls.silent.push(request);
      return { accessToken: (behaviour.silent ?? (() => 'naa-token'))() };
    },
    acquireTokenPopup: async (request: Record<string, unknown>) => {
      calls.popup.push(request);
      return { accessToken: (behaviour.popup ?? (() => 'popup-token'))() };
    },
  };
  const msal = {
    InteractionRequiredAuthError: InteractionRequired,
    createNestablePublicClientApplication: async (config: unknown) => {
      calls.created.push(config);
      if (behaviour.createFails) throw new Error('NAA bridge missing');
      return app;
    },
  } as unknown as MsalModule;
  const load = async () => {
    calls.loads++;
    return msal;
  };
  return { load, calls };
}

function fakeHost(options: { naa?: boolean; token?: () => Promise<string> } = {}) {
  const calls = { sso: [] as { claims?: string }[] };
  return {
    calls,
    host: {
      isSetSupported: (name: string, version: string) =>
        (options.naa ?? true) && name === 'NestedAppAuth' && version === '1.1',
      getAccessToken: (request: { claims?: string }) => {
        calls.sso.push(request);
        return (options.token ?? (async () => 'sso-token'))();
      },
    },
  };
}

describe('add-in auth', () => {
  it('when the server runs in demo mode, then no Authorization header is sent and msal is never loaded', async () => {
    const msal = fakeMsal();
    const auth = createAuth({ mode: 'demo', auth: null }, fakeHost().host, msal.load);
    assert.equal(auth.mode, 'demo');
    assert.deepEqual(await auth.headers(), {});
    assert.equal(msal.calls.loads, 0);
  });

  it('when NAA is supported, then the token comes silently from a nestable msal app for the API scope', async () => {
    const msal = fakeMsal();
    const { host, calls } = fakeHost();
    const auth = createAuth(PRODUCTION, host, msal.load);
    assert.deepEqual(await auth.headers(), { Authorization: 'Bearer naa-token' });
    assert.deepEqual(msal.calls.created, [
      { auth: { clientId: 'client-1', authority: 'https://login.microsoftonline.com/tenant-1' } },
    ]);
    assert.deepEqual(msal.calls.silent, [{ scopes: ['api://kontaktspor/access_as_user'] }]);
    assert.equal(calls.sso.length, 0);
    await auth.headers();
    assert.equal(msal.calls.created.length, 1, 'the msal app is created once');
  });

  it('when msal says interaction is required, then a popup gets the token', async () => {
    const msal = fakeMsal({
      silent: () => {
        throw new InteractionRequired('consent_required');
      },
    });
    const auth = createAuth(PRODUCTION, fakeHost().host, msal.load);
    assert.deepEqual(await auth.headers(), { Authorization: 'Bearer popup-token' });
    assert.deepEqual(msal.calls.popup, [{ scopes: ['api://kontaktspor/access_as_user'] }]);
  });

  it('when the service sent a claims challenge, then the token is asked for with those claims', async () => {
    const msal = fakeMsal();
    const auth = createAuth(PRODUCTION, fakeHost().host, msal.load);
    await auth.headers({ claims: '{"access_token":{"xms_cc":{"values":["cp1"]}}}', fresh: true });
    assert.deepEqual(msal.calls.silent, [
      {
        scopes: ['api://kontaktspor/access_as_user'],
        claims: '{"access_token":{"xms_cc":{"values":["cp1"]}}}',
        forceRefresh: true,
      },
    ]);
  });

  it('when NAA is unsupported, then Office SSO (getAccessToken) is used and msal is never loaded', async () => {
    const msal = fakeMsal();
    const { host, calls } = fakeHost({ naa: false });
    const auth = createAuth(PRODUCTION, host, msal.load);
    assert.deepEqual(await auth.headers({ claims: 'c' }), { Authorization: 'Bearer sso-token' });
    assert.deepEqual(calls.sso, [{ claims: 'c' }]);
    assert.equal(msal.calls.loads, 0);
  });

  it('when NAA fails, then Office SSO is the fallback', async () => {
    const msal = fakeMsal({ createFails: true });
    const { host, calls } = fakeHost();
    const auth = createAuth(PRODUCTION, host, msal.load);
    assert.deepEqual(await auth.headers(), { Authorization: 'Bearer sso-token' });
    assert.equal(calls.sso.length, 1);
  });

  it('when the silent token fails for another reason, then Office SSO is the fallback (no popup)', async () => {
    const msal = fakeMsal({
      silent: () => {
        throw new Error('network');
      },
    });
    const { host, calls } = fakeHost();
    assert.deepEqual(await createAuth(PRODUCTION, host, msal.load).headers(), { Authorization: 'Bearer sso-token' });
    assert.equal(msal.calls.popup.length, 0);
    assert.equal(calls.sso.length, 1);
  });

  it("when both fail, then a sign-in error with Office's message is thrown", async () => {
    const msal = fakeMsal({ createFails: true });
    const { host } = fakeHost({
      token: async () => Promise.reject({ code: 13001, message: 'The user is not signed in.' }),
    });
    await assert.rejects(createAuth(PRODUCTION, host, msal.load).headers(), {
      name: 'SignInError',
      message: 'The user is not signed in.',
    });
  });
});

import assert from 'node:assert/strict';
import { SignInError, createAuth, type MsalModule } from '../../tab/src/shell/auth.js';
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

/** msal-browser's standard client, recording what the tab asked for. */
function fakeMsal(behaviour: { account?: boolean; silent?: () => string } = {}) {
  const calls = {
    loads: 0,
    created: [] as unknown[],
    silent: [] as Record<string, unknown>[],
    redirects: [] as unknown[],
  };
  const account = { homeAccountId: 'a', username: 'mette@roskilde.dk' };
  const app = {
    handleRedirectPromise: async () => null,
    setActiveAccount: () => undefined,
    getActiveAccount: () => (behaviour.account ? account : null),
    getAllAccounts: () => (behaviour.account ? [account] : []),
    acquireTokenSilent: async (request: Record<string, unknown>) => {
      calls.silent.push(request);
      return { accessToken: (behaviour.silent ?? (() => 'msal-token'))() };
    },
    acquireTokenRedirect: async () => undefined,
  };
  const msal = {
    InteractionRequiredAuthError: InteractionRequired,
    createStandardPublicClientApplication: async (config: unknown) => {
      calls.created.push(config);
      return app;
    },
  } as unknown as MsalModule;
  return {
    calls,
    load: async () => {
      calls.loads++;
      return msal;
    },
    onRedirect: async (_app: unknown, request: unknown) => void calls.redirects.push(request),
  };
}

const noTeams = { getAuthToken: async () => assert.fail('Teams is not asked outside Teams') };

describe('tab sign-in (tab/src/auth.ts)', () => {
  it('when the service runs in demo mode, then no token and msal-browser is never loaded', async () => {
    const msal = fakeMsal();
    const auth = createAuth({ mode: 'demo', auth: null }, noTeams, { inTeams: false, loadMsal: msal.load });
    assert.equal(auth.mode, 'demo');
    assert.deepEqual(await auth.headers(), {});
    assert.equal(msal.calls.loads, 0);
  });

  it('when inside Teams in production, then the Teams SSO token is the bearer and a claims challenge is passed on', async () => {
    const asked: unknown[] = [];
    const auth = createAuth(
      PRODUCTION,
      { getAuthToken: async (request) => (asked.push(request), 'sso-token') },
      { inTeams: true },
    );
    assert.deepEqual(await auth.headers(), { Authorization: 'Bearer sso-token' });
    await auth.headers({ claims: 'c1', fresh: true });
    assert.deepEqual(asked, [{}, { claims: 'c1' }]);
  });

  it('when Teams SSO fails, then a SignInError carries the reason', async () => {
    const auth = createAuth(
      PRODUCTION,
      { getAuthToken: async () => Promise.reject(new Error('consent required')) },
      { inTeams: true },
    );
    await assert.rejects(
      auth.headers(),
      (error: unknown) => error instanceof SignInError && /consent required/.test((error as Error).message),
    );
  });

  it('when a signed-in user opens the tab in a plain browser, then MSAL gives the token silently for the API scope', async () => {
    const msal = fakeMsal({ account: true });
    const auth = createAuth(PRODUCTION, noTeams, {
      inTeams: false,
      loadMsal: msal.load,
      redirectUri: 'https://k.example/tab/',
      onRedirect: msal.onRedirect,
    });
    assert.deepEqual(await auth.headers(), { Authorization: 'Bearer msal-token' });
    await auth.headers({ fresh: true, claims: 'c2' });
    assert.equal(msal.calls.loads, 1, 'msal-browser is loaded once');
    assert.deepEqual(msal.calls.created, [
      {
        auth: {
          clientId: 'client-1',
          authority: 'https://login.microsoftonline.com/tenant-1',
          redirectUri: 'https://k.example/tab/',
        },
        cache: { cacheLocation: 'sessionStorage' },
      },
    ]);
    assert.deepEqual(msal.calls.silent[1]?.['scopes'], ['api://kontaktspor/access_as_user']);
    assert.equal(msal.calls.silent[1]?.['claims'], 'c2');
    assert.equal(msal.calls.silent[1]?.['forceRefresh'], true);
  });

  it('when nobody is signed in, then the tab redirects to Entra ID and the call says so', async () => {
    const msal = fakeMsal({ account: false });
    const auth = createAuth(PRODUCTION, noTeams, { inTeams: false, loadMsal: msal.load, onRedirect: msal.onRedirect });
    await assert.rejects(auth.headers(), SignInError);
    assert.deepEqual(msal.calls.redirects, [{ scopes: ['api://kontaktspor/access_as_user'] }]);
  });

  it('when the silent token needs interaction, then the tab redirects; any other MSAL failure is a SignInError without redirect', async () => {
    const interaction = fakeMsal({
      account: true,
      silent: () => {
        throw new InteractionRequired('login_required');
      },
    });
    const auth = createAuth(PRODUCTION, noTeams, {
      inTeams: false,
      loadMsal: interaction.load,
      onRedirect: interaction.onRedirect,
    });
    await assert.rejects(auth.headers(), SignInError);
    assert.equal(interaction.calls.redirects.length, 1);

    const broken = fakeMsal({
      account: true,
      silent: () => {
        throw new Error('network down');
      },
    });
    const other = createAuth(PRODUCTION, noTeams, {
      inTeams: false,
      loadMsal: broken.load,
      onRedirect: broken.onRedirect,
    });
    await assert.rejects(other.headers(), /network down/);
    assert.equal(broken.calls.redirects.length, 0);
  });
});

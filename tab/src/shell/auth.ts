/**
 * All of the tab's sign-in in one place. Demo mode: no token (the server's demo identity applies).
 * Production inside Teams: Teams SSO (`authentication.getAuthToken`, through the host). Production
 * in a plain browser: an MSAL browser sign-in (msal-browser, loaded on demand so demo never pays
 * for it), silent first, a redirect to Entra ID when the user must interact.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import type { Auth, TokenRequest } from '../../../web-shared/api-client.js';
import type { TeamsHost } from './teams-host.js';
import type { ClientConfig } from '../../../web-shared/client-config.js';

export type { Auth, TokenRequest };

/** The part of msal-browser this module uses (a fake in tests). */
export type MsalModule = Pick<
  typeof import('@azure/msal-browser'),
  'createStandardPublicClientApplication' | 'InteractionRequiredAuthError'
>;

/** Sign-in failed; the message is safe to show. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

export function createAuth(
  config: ClientConfig,
  host: Pick<TeamsHost, 'getAuthToken'>,
  options: {
    inTeams: boolean;
    loadMsal?: () => Promise<MsalModule>;
    redirectUri?: string;
    /** Starts the redirect to Entra ID; the page navigates away, so the promise need not settle. */
    onRedirect?: (app: IPublicClientApplication, request: { scopes: string[]; claims?: string }) => Promise<void>;
  },
): Auth {
  if (config.mode === 'demo' || !config.auth) return { mode: 'demo', headers: async () => ({}) };
  const { clientId, authority, apiScope } = config.auth;

  if (options.inTeams) {
    return {
      mode: 'production',
      async headers(request = {}) {
        try {
          return {
            Authorization: `Bearer ${await host.getAuthToken(request.claims ? { claims: request.claims } : {})}`,
          };
        } catch (error) {
          throw new SignInError(error instanceof Error && error.message ? error.message : 'Teams sign-in failed');
        }
      },
    };
  }

  const loadMsal = options.loadMsal ?? (() => import('./msal-sdk.js'));
  const redirectUri =
    options.redirectUri ?? `${(globalThis as { location?: { origin: string } }).location?.origin ?? ''}/tab/`;
  const redirect = options.onRedirect ?? ((app, request) => app.acquireTokenRedirect(request));
  let session: Promise<{ msal: MsalModule; app: IPublicClientApplication }> | undefined;
  const start = () =>
    (session ??= (async () => {
      const msal = await loadMsal();
      const app = await msal.createStandardPublicClientApplication({
        auth: { clientId, authority, redirectUri },
        cache: { cacheLocation: 'sessionStorage' },
      });
      // Coming back from Entra ID: the redirect's answer names the account.
      const back = await app.handleRedirectPromise();
      if (back?.account) app.setActiveAccount(back.account);
      return { msal, app };
    })());

  async function token(request: TokenRequest): Promise<string> {
    let started;
    try {
      started = await start();
    } catch (error) {
      session = undefined;
      throw new SignInError(error instanceof Error && error.message ? error.message : 'Sign-in failed');
    }
    const { msal, app } = started;
    const base = { scopes: [apiScope], ...(request.claims ? { claims: request.claims } : {}) };
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    if (account) {
      try {
        const result = await app.acquireTokenSilent({
          ...base,
          account,
          ...(request.fresh ? { forceRefresh: true } : {}),
        });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof msal.InteractionRequiredAuthError)) {
          throw new SignInError(error instanceof Error && error.message ? error.message : 'Sign-in failed');
        }
      }
    }
    await redirect(app, base);
    throw new SignInError('Signing in with Microsoft Entra ID …');
  }

  return {
    mode: 'production',
    async headers(request = {}) {
      return { Authorization: `Bearer ${await token(request)}` };
    },
  };
}

/**
 * All of the pane's sign-in in one place. Demo mode: no token (the server's demo identity applies).
 * Production: nested app authentication (msal-browser, loaded on demand so demo never pays for it),
 * falling back to Office SSO (`Office.auth.getAccessToken`) when NAA is unsupported or fails.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import type { Auth, TokenRequest } from '../../web-shared/api-client.js';
import type { ClientConfig } from '../../web-shared/client-config.js';
import type { OfficeHost } from './office-host.js';

export type { Auth, TokenRequest };

/** The part of msal-browser this module uses (a fake in tests). */
export type MsalModule = Pick<
  typeof import('@azure/msal-browser'),
  'createNestablePublicClientApplication' | 'InteractionRequiredAuthError'
>;

/** Sign-in failed everywhere; the message is safe to show. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

const NAA_REQUIREMENT = ['NestedAppAuth', '1.1'] as const;

export function createAuth(
  config: ClientConfig,
  host: Pick<OfficeHost, 'isSetSupported' | 'getAccessToken'>,
  loadMsal: () => Promise<MsalModule> = () => import('./msal-sdk.js'),
): Auth {
  if (config.mode === 'demo' || !config.auth) return { mode: 'demo', headers: async () => ({}) };
  const { clientId, authority, apiScope } = config.auth;

  let nestable: Promise<{ msal: MsalModule; app: IPublicClientApplication } | null> | undefined;
  const naa = () =>
    (nestable ??= (async () => {
      if (!host.isSetSupported(...NAA_REQUIREMENT)) return null;
      const msal = await loadMsal();
      const app = await msal.createNestablePublicClientApplication({ auth: { clientId, authority } });
      return { msal, app };
    })().catch(() => null));

  async function naaToken(request: TokenRequest): Promise<string | null> {
    const session = await naa();
    if (!session) return null;
    const { msal, app } = session;
    const base = { scopes: [apiScope], ...(request.claims ? { claims: request.claims } : {}) };
    try {
      const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
      const result = await app.acquireTokenSilent({
        ...base,
        ...(account ? { account } : {}),
        ...(request.fresh ? { forceRefresh: true } : {}),
      });
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
      return (await app.acquireTokenPopup(base)).accessToken;
    }
  }

  async function token(request: TokenRequest): Promise<string> {
    try {
      const viaNaa = await naaToken(request);
      if (viaNaa) return viaNaa;
    } catch {
      // NAA failed (popup blocked, host bridge missing, ...): Office SSO is the documented fallback.
    }
    try {
      return await host.getAccessToken(request.claims ? { claims: request.claims } : {});
    } catch (error) {
      const detail = (error as { message?: unknown } | null)?.message;
      throw new SignInError(typeof detail === 'string' && detail ? detail : 'Sign-in failed');
    }
  }

  return {
    mode: 'production',
    async headers(request = {}) {
      return { Authorization: `Bearer ${await token(request)}` };
    },
  };
}

/**
 * A local stand-in for Entra ID (login.microsoftonline.com) over HTTPS: OIDC metadata, instance
 * discovery, JWKS, and a token endpoint for client credentials, on-behalf-of and refresh tokens.
 * Everything is in memory; the signing key is generated at start. Used by tests and by demo mode.
 */
import express, { type Request, type Response } from 'express';
import type { JWTPayload } from 'jose';
import type { DevTls } from './dev-tls.js';
import { listenHttps } from './dev-tls.js';
import { AadError } from './identity-errors.js';
import {
  authorityMetadataJson,
  cloudDiscoveryMetadataJson,
  instanceDiscovery,
  openIdConfiguration,
  realIssuer,
} from './identity-metadata.js';
import { handleTokenRequest, type RegisteredApp, type TokenGrantRecord } from './identity-token-endpoint.js';
import { TokenKeys, userTokenPayload, type MintOptions, type UserTokenClaims } from './identity-tokens.js';

export type { RegisteredApp, TokenGrantRecord } from './identity-token-endpoint.js';
export type { MintOptions, UserTokenClaims } from './identity-tokens.js';
export { CONSENT_CLAIMS } from './identity-token-endpoint.js';
export { GRAPH_APP_ID, GRAPH_RESOURCE, TEAMS_CLIENT_ID } from './identity-tokens.js';
export { authorityMetadataJson, cloudDiscoveryMetadataJson, realIssuer } from './identity-metadata.js';

/** Used when a token is minted before any app is registered. */
export const EMULATOR_DEFAULT_TENANT_ID = '11111111-1111-4111-8111-111111111111';
/** Graph delegated permissions an app gets when `registerApp` names none. */
export const DEFAULT_DELEGATED_SCOPES: readonly string[] = [
  'User.Read',
  'Mail.Read',
  'Mail.ReadWrite',
  'Calendars.Read',
  'Calendars.ReadWrite',
  'MailboxSettings.Read',
  'MailboxSettings.ReadWrite',
  // Shared mailboxes the user opens in Outlook (the pane there): read only.
  'Mail.Read.Shared',
  'Calendars.Read.Shared',
];
/** Graph application permissions an app gets when `registerApp` names none. */
export const DEFAULT_APP_ROLES: readonly string[] = [
  'Mail.ReadWrite',
  'Calendars.ReadWrite',
  'MailboxSettings.ReadWrite',
  'User.Read.All',
];

export interface RegisterAppInput {
  tenantId: string;
  clientId: string;
  /** Omit for an app that authenticates only with a certificate (client assertion). */
  clientSecret?: string;
  appIdUri?: string;
  displayName?: string;
  appRoles?: readonly string[];
  delegatedScopes?: readonly string[];
}

export interface IdentityEmulator {
  /** `https://127.0.0.1:PORT` or `https://localhost:PORT` (the authority host). */
  readonly url: string;
  /** PEM a client must trust. */
  readonly ca: string;
  /** The v2.0 issuer: `https://login.microsoftonline.com/{tenantId}/v2.0`, or `{url}/{tenantId}/v2.0` for `cloud: 'own-host'`. */
  issuer(tenantId: string): string;
  metadataUrl(tenantId: string): string;
  jwksUrl(tenantId: string): string;
  /** For MSAL's `auth.authorityMetadata` with authority `{url}/{tenantId}`. */
  authorityMetadataJson(tenantId: string): string;
  /** For MSAL's `auth.cloudDiscoveryMetadata`. */
  cloudDiscoveryMetadataJson(): string;
  readonly kid: string;
  readonly publicKeyPem: string;
  registerApp(input: RegisterAppInput): RegisteredApp;
  /** OBO for this user now fails with invalid_grant / consent_required (AADSTS65001) and a claims challenge. */
  requireConsent(oid: string): void;
  /** Undoes `requireConsent` (the user has consented). */
  grantConsent(oid: string): void;
  /** A user token for our API (or, with `idToken`, an ID token); see `MintOptions` for forged variants. */
  mintUserToken(claims?: UserTokenClaims, options?: MintOptions): Promise<string>;
  /** Verifies a token this emulator signed (RS256, its kid, signature, exp/nbf, real issuer form); throws otherwise. */
  verifyToken(token: string): Promise<JWTPayload>;
  /** Every token request, oldest first, without secrets or assertions. */
  readonly grants: TokenGrantRecord[];
  close(): Promise<void>;
}

export interface IdentityEmulatorOptions {
  tls: DevTls;
  port?: number;
  /**
   * `public` (default): issuers in the public cloud's form, as the demo and most tests want.
   * `own-host`: a cloud whose issuer is the authority host itself, the way national clouds'
   * are (`https://login.microsoftonline.us/{tid}/v2.0`), so a login.microsoftonline.com issuer is foreign.
   */
  cloud?: 'public' | 'own-host';
  /** The name in `url` (the certificate covers both); `localhost` proves a client follows the configured host. */
  hostName?: '127.0.0.1' | 'localhost';
}

export async function startIdentityEmulator(options: IdentityEmulatorOptions): Promise<IdentityEmulator> {
  let url = '';
  const issuerOf = options.cloud === 'own-host' ? (tenantId: string) => `${url}/${tenantId}/v2.0` : realIssuer;
  const keys = await TokenKeys.create(issuerOf);
  const apps: RegisteredApp[] = [];
  const consentRequired = new Set<string>();
  const state = { keys, apps, consentRequired, refreshTokens: new Map(), grants: [] as TokenGrantRecord[] };

  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));
  app.get('/common/discovery/instance', (req, res) => {
    const endpoint = typeof req.query.authorization_endpoint === 'string' ? req.query.authorization_endpoint : '';
    const tenant = /^https:\/\/[^/]+\/([^/]+)\//.exec(endpoint)?.[1] ?? 'common';
    res.json(instanceDiscovery(url, tenant));
  });
  app.get('/:tenant/v2.0/.well-known/openid-configuration', (req, res) => {
    res.json(openIdConfiguration(url, req.params.tenant, issuerOf));
  });
  app.get('/:tenant/discovery/v2.0/keys', (req, res) => {
    res.json({ keys: [keys.jwk(req.params.tenant === 'common' ? '{tenantid}' : req.params.tenant)] });
  });
  app.post('/:tenant/oauth2/v2.0/token', async (req: Request<{ tenant: string }>, res: Response) => {
    const clientRequestId = req.get('client-request-id');
    const result = await handleTokenRequest(state, req.params.tenant, (req.body ?? {}) as Record<string, unknown>, {
      authorization: req.get('authorization'),
      clientRequestId,
    });
    res.set('Cache-Control', 'no-store, no-cache').set('Pragma', 'no-cache');
    if (clientRequestId) res.set('client-request-id', clientRequestId);
    res.status(result.status).json(result.body);
  });
  app.get('/:tenant/oauth2/v2.0/authorize', (_req, res) => {
    const error = new AadError(
      400,
      'invalid_request',
      900971,
      'The identity emulator has no interactive sign-in; mint tokens with mintUserToken().',
    );
    res.status(400).json(error.body(undefined));
  });
  app.use((req, res) => {
    res
      .status(404)
      .json(
        new AadError(
          400,
          'invalid_request',
          900561,
          `The endpoint ${req.method} ${req.path} does not exist in the identity emulator.`,
        ).body(undefined),
      );
  });

  const listener = await listenHttps(app, options.tls, options.port ?? 0);
  url = options.hostName === 'localhost' ? `https://localhost:${listener.port}` : listener.url;

  return {
    url,
    ca: options.tls.ca,
    kid: keys.kid,
    publicKeyPem: keys.publicKeyPem,
    grants: state.grants,
    issuer: issuerOf,
    metadataUrl: (tenantId) => `${url}/${tenantId}/v2.0/.well-known/openid-configuration`,
    jwksUrl: (tenantId) => `${url}/${tenantId}/discovery/v2.0/keys`,
    authorityMetadataJson: (tenantId) => authorityMetadataJson(url, tenantId, issuerOf),
    cloudDiscoveryMetadataJson: () => cloudDiscoveryMetadataJson(url),
    registerApp(input) {
      const registered: RegisteredApp = {
        tenantId: input.tenantId,
        clientId: input.clientId,
        clientSecret: input.clientSecret,
        appIdUri: input.appIdUri,
        displayName: input.displayName ?? 'Kontaktspor',
        appRoles: [...(input.appRoles ?? DEFAULT_APP_ROLES)],
        delegatedScopes: [...(input.delegatedScopes ?? DEFAULT_DELEGATED_SCOPES)],
      };
      const existing = apps.findIndex(
        (other) => other.tenantId === input.tenantId && other.clientId === input.clientId,
      );
      if (existing >= 0) apps.splice(existing, 1, registered);
      else apps.push(registered);
      return registered;
    },
    requireConsent: (oid) => void consentRequired.add(oid),
    grantConsent: (oid) => void consentRequired.delete(oid),
    async mintUserToken(claims = {}, mintOptions = {}) {
      const first = apps[0];
      const defaults = {
        tenantId: first?.tenantId ?? EMULATOR_DEFAULT_TENANT_ID,
        clientId: first?.clientId ?? 'api://kontaktspor-emulator',
        issuerOf,
      };
      return keys.signAs(userTokenPayload(claims, defaults, mintOptions), mintOptions);
    },
    verifyToken: (token) => keys.verify(token),
    close: () => listener.close(),
  };
}

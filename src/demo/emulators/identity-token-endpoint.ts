/**
 * `POST /{tenant}/oauth2/v2.0/token`: client credentials, on-behalf-of and refresh-token grants, with
 * client authentication by secret (post or basic) or by a client assertion (any JWT naming the client).
 */
import { randomBytes } from 'node:crypto';
import { decodeJwt, errors, type JWTPayload } from 'jose';
import { AadError, missingParameter } from './identity-errors.js';
import { MULTI_TENANT_ALIASES, realV1Issuer } from './identity-metadata.js';
import {
  GRAPH_APP_ID,
  GRAPH_RESOURCE,
  nowSeconds,
  pairwiseSub,
  stableGuid,
  tokenId,
  type TokenKeys,
} from './identity-tokens.js';

export interface RegisteredApp {
  tenantId: string;
  clientId: string;
  clientSecret: string | undefined;
  appIdUri: string | undefined;
  displayName: string;
  /** Graph application permissions granted to the app (the `roles` of its app-only Graph tokens). */
  appRoles: string[];
  /** Graph delegated permissions consented for the app; other scopes in an OBO request need consent. */
  delegatedScopes: string[];
}

export interface TokenGrantRecord {
  grantType: string;
  tenantId: string;
  clientId: string;
  scope: string;
  requestedTokenUse?: string;
  at: Date;
  /** `issued`, or the `error` answered. */
  outcome: string;
}

interface SignedInUser {
  tid: string;
  oid: string;
  name: string | undefined;
  upn: string | undefined;
  preferredUsername: string | undefined;
}

interface RefreshGrant {
  tenantId: string;
  clientId: string;
  user: SignedInUser;
}

export interface TokenEndpointState {
  keys: TokenKeys;
  apps: readonly RegisteredApp[];
  consentRequired: ReadonlySet<string>;
  refreshTokens: Map<string, RefreshGrant>;
  grants: TokenGrantRecord[];
}

export interface TokenResponse {
  status: number;
  body: Record<string, unknown>;
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** RFC 7523's client assertion type (not the grant type above), as MSAL and Entra ID use it. */
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);
const LIFETIME_SECONDS = 3599;
/** The claims challenge a consent_required answer carries (the client passes it back when it re-consents). */
export const CONSENT_CLAIMS = JSON.stringify({
  access_token: { capolids: { essential: true, values: ['kontaktspor-emulator-consent'] } },
});

export async function handleTokenRequest(
  state: TokenEndpointState,
  tenant: string,
  form: Record<string, unknown>,
  headers: { authorization?: string | undefined; clientRequestId?: string | undefined },
): Promise<TokenResponse> {
  const field = (name: string): string | undefined =>
    typeof form[name] === 'string' && form[name] !== '' ? (form[name] as string) : undefined;
  const basic = parseBasic(headers.authorization);
  const record: TokenGrantRecord = {
    grantType: field('grant_type') ?? '',
    tenantId: tenant,
    clientId: field('client_id') ?? basic?.clientId ?? '',
    scope: field('scope') ?? '',
    at: new Date(),
    outcome: 'issued',
  };
  const requestedTokenUse = field('requested_token_use');
  if (requestedTokenUse !== undefined) record.requestedTokenUse = requestedTokenUse;
  state.grants.push(record);
  try {
    const body = await grant(state, tenant, field, basic);
    return { status: 200, body };
  } catch (error) {
    if (!(error instanceof AadError)) throw error;
    record.outcome = error.error;
    return { status: error.status, body: error.body(headers.clientRequestId) };
  }
}

async function grant(
  state: TokenEndpointState,
  tenant: string,
  field: (name: string) => string | undefined,
  basic: { clientId: string; secret: string } | null,
): Promise<Record<string, unknown>> {
  const grantType = field('grant_type');
  if (!grantType) throw missingParameter('grant_type');
  if (grantType !== 'client_credentials' && grantType !== JWT_BEARER && grantType !== 'refresh_token') {
    throw new AadError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grantType}'.`,
    );
  }
  const clientId = field('client_id') ?? basic?.clientId;
  if (!clientId) throw missingParameter('client_id');
  if (MULTI_TENANT_ALIASES.has(tenant) && grantType === 'client_credentials') {
    throw new AadError(
      400,
      'invalid_request',
      90009,
      `Application '${clientId}' is requesting a token for itself. This scenario is supported only if resource is specified using the GUID based App Identifier.`,
    );
  }
  if (!MULTI_TENANT_ALIASES.has(tenant) && !state.apps.some((app) => app.tenantId === tenant)) {
    throw new AadError(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    );
  }
  const app = state.apps.find(
    (candidate) =>
      candidate.clientId === clientId && (candidate.tenantId === tenant || MULTI_TENANT_ALIASES.has(tenant)),
  );
  if (!app) {
    throw new AadError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  const appidacr = authenticateClient(app, field, basic);
  const scope = field('scope');
  if (!scope) throw missingParameter('scope');
  const scopes = parseScopes(scope);

  if (grantType === 'client_credentials') return appOnlyToken(state, app, appidacr, scopes);
  if (grantType === JWT_BEARER) {
    if (field('requested_token_use') !== 'on_behalf_of') throw missingParameter('requested_token_use');
    const assertion = field('assertion');
    if (!assertion) throw missingParameter('assertion');
    const user = await checkAssertion(state, app, tenant, assertion);
    return userTokens(state, app, appidacr, user, scopes, field('client_info') === '1');
  }
  const refreshToken = field('refresh_token');
  if (!refreshToken) throw missingParameter('refresh_token');
  const previous = state.refreshTokens.get(refreshToken);
  if (!previous || previous.clientId !== app.clientId) {
    throw new AadError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  }
  state.refreshTokens.delete(refreshToken);
  return userTokens(state, app, appidacr, previous.user, scopes, field('client_info') === '1');
}

function parseBasic(authorization: string | undefined): { clientId: string; secret: string } | null {
  const match = /^Basic\s+(.+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return {
    clientId: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

/** Returns `appidacr`: '1' for a secret, '2' for a certificate (client assertion). */
function authenticateClient(
  app: RegisteredApp,
  field: (name: string) => string | undefined,
  basic: { clientId: string; secret: string } | null,
): '1' | '2' {
  const assertion = field('client_assertion');
  if (assertion) {
    if (field('client_assertion_type') !== CLIENT_ASSERTION_TYPE) {
      throw new AadError(400, 'invalid_request', 50027, `client_assertion_type must be '${CLIENT_ASSERTION_TYPE}'.`);
    }
    let claims: JWTPayload;
    try {
      claims = decodeJwt(assertion);
    } catch {
      throw new AadError(401, 'invalid_client', 50027, 'JWT token is invalid or malformed.');
    }
    if (claims.iss !== app.clientId || claims.sub !== app.clientId) {
      throw new AadError(
        401,
        'invalid_client',
        700021,
        "Client assertion application identifier doesn't match 'client_id' parameter.",
      );
    }
    return '2';
  }
  const secret = field('client_secret') ?? basic?.secret;
  if (!secret)
    throw new AadError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  if (app.clientSecret === undefined || secret !== app.clientSecret) {
    throw new AadError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
    );
  }
  return '1';
}

interface ParsedScopes {
  raw: string;
  resource: string;
  /** Permission names without the resource prefix (e.g. `Mail.Read`, `.default`). */
  names: string[];
  oidc: Set<string>;
}

function parseScopes(scope: string): ParsedScopes {
  const parts = scope.split(/\s+/).filter(Boolean);
  const oidc = new Set(parts.filter((part) => OIDC_SCOPES.has(part)));
  const resources = new Set<string>();
  const names: string[] = [];
  for (const part of parts) {
    if (OIDC_SCOPES.has(part)) continue;
    const slash = part.lastIndexOf('/');
    const resource = slash > 0 ? normaliseResource(part.slice(0, slash)) : GRAPH_RESOURCE;
    resources.add(resource);
    names.push(slash > 0 ? part.slice(slash + 1) : part);
  }
  if (resources.size > 1) {
    throw new AadError(
      400,
      'invalid_request',
      28000,
      'Provided value for the input parameter scope is not valid because it contains more than one resource.',
    );
  }
  return {
    raw: scope,
    resource: [...resources][0] ?? GRAPH_RESOURCE,
    names: names.length ? names : ['User.Read'],
    oidc,
  };
}

function normaliseResource(resource: string): string {
  const trimmed = resource.replace(/\/+$/, '');
  return trimmed === GRAPH_APP_ID || trimmed.toLowerCase() === GRAPH_RESOURCE ? GRAPH_RESOURCE : trimmed;
}

function checkResource(state: TokenEndpointState, resource: string, tenant: string): void {
  if (resource === GRAPH_RESOURCE) return;
  const known = state.apps.some((app) => [app.clientId, app.appIdUri, `api://${app.clientId}`].includes(resource));
  if (!known) {
    throw new AadError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    );
  }
}

async function appOnlyToken(
  state: TokenEndpointState,
  app: RegisteredApp,
  appidacr: '1' | '2',
  scopes: ParsedScopes,
): Promise<Record<string, unknown>> {
  if (scopes.names.length !== 1 || scopes.names[0] !== '.default') {
    throw new AadError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scopes.raw} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  checkResource(state, scopes.resource, app.tenantId);
  const now = nowSeconds();
  const servicePrincipal = stableGuid(`sp|${app.tenantId}|${app.clientId}`);
  const roles = scopes.resource === GRAPH_RESOURCE ? app.appRoles : [];
  const accessToken = await state.keys.sign({
    aud: scopes.resource,
    iss: realV1Issuer(app.tenantId),
    iat: now,
    nbf: now,
    exp: now + LIFETIME_SECONDS,
    aio: tokenId(24),
    app_displayname: app.displayName,
    appid: app.clientId,
    appidacr,
    idp: realV1Issuer(app.tenantId),
    idtyp: 'app',
    oid: servicePrincipal,
    rh: `0.${tokenId(24)}.`,
    ...(roles.length ? { roles } : {}),
    sub: servicePrincipal,
    tenant_region_scope: 'EU',
    tid: app.tenantId,
    uti: tokenId(),
    ver: '1.0',
  });
  return {
    token_type: 'Bearer',
    expires_in: LIFETIME_SECONDS,
    ext_expires_in: LIFETIME_SECONDS,
    access_token: accessToken,
  };
}

async function checkAssertion(
  state: TokenEndpointState,
  app: RegisteredApp,
  tenant: string,
  assertion: string,
): Promise<SignedInUser> {
  let claims: JWTPayload;
  try {
    claims = await state.keys.verify(assertion);
  } catch (error) {
    const expired =
      error instanceof errors.JWTExpired || (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf');
    throw expired
      ? new AadError(
          400,
          'invalid_grant',
          500133,
          'Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token.',
        )
      : new AadError(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
  }
  const audiences = [app.clientId, `api://${app.clientId}`, ...(app.appIdUri ? [app.appIdUri] : [])];
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((value) => value !== undefined && audiences.includes(value))) {
    throw new AadError(
      400,
      'invalid_grant',
      50013,
      `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${String(claims.aud)}' and the expected audience is '${app.clientId}' or one of the Application Id URIs of this application.`,
    );
  }
  const tid = String(claims.tid ?? '');
  if (claims.iss !== state.keys.issuerOf(tid) && claims.iss !== realV1Issuer(tid)) {
    throw new AadError(
      400,
      'invalid_grant',
      50013,
      'Assertion failed signature validation. [Reason - The issuer of the assertion is not valid.]',
    );
  }
  if (!MULTI_TENANT_ALIASES.has(tenant) && tid !== tenant) {
    throw new AadError(
      400,
      'invalid_grant',
      50013,
      `Assertion failed signature validation. [Reason - The tenant '${tid}' of the assertion does not match the request tenant '${tenant}'.]`,
    );
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    tid,
    oid: String(claims.oid ?? claims.sub ?? ''),
    name: text(claims.name),
    upn: text(claims.upn) ?? text(claims.preferred_username),
    preferredUsername: text(claims.preferred_username) ?? text(claims.upn),
  };
}

async function userTokens(
  state: TokenEndpointState,
  app: RegisteredApp,
  appidacr: '1' | '2',
  user: SignedInUser,
  scopes: ParsedScopes,
  clientInfo: boolean,
): Promise<Record<string, unknown>> {
  checkResource(state, scopes.resource, user.tid);
  const isGraph = scopes.resource === GRAPH_RESOURCE;
  const granted = scopes.names.includes('.default')
    ? isGraph
      ? app.delegatedScopes
      : ['access_as_user']
    : scopes.names;
  const consented = new Set(app.delegatedScopes.map((name) => name.toLowerCase()));
  const missingConsent = isGraph && granted.some((name) => !consented.has(name.toLowerCase()));
  if (state.consentRequired.has(user.oid) || missingConsent) {
    throw new AadError(
      400,
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${app.clientId}' named '${app.displayName}'. Send an interactive authorization request for this user and resource.`,
      { suberror: 'consent_required', claims: CONSENT_CLAIMS },
    );
  }
  const now = nowSeconds();
  const common = {
    iat: now,
    nbf: now,
    exp: now + LIFETIME_SECONDS,
    rh: `0.${tokenId(24)}.`,
    tid: user.tid,
    uti: tokenId(),
  };
  const accessToken = await state.keys.sign({
    ...common,
    aud: scopes.resource,
    iss: realV1Issuer(user.tid),
    acct: 0,
    acr: '1',
    aio: tokenId(24),
    amr: ['pwd', 'mfa'],
    app_displayname: app.displayName,
    appid: app.clientId,
    appidacr,
    idtyp: 'user',
    ipaddr: '127.0.0.1',
    name: user.name,
    oid: user.oid,
    scp: granted.join(' '),
    sub: pairwiseSub(user.oid, isGraph ? GRAPH_APP_ID : scopes.resource),
    tenant_region_scope: 'EU',
    unique_name: user.upn,
    upn: user.upn,
    ver: '1.0',
  });
  const refreshToken = `1.AQ${randomBytes(96).toString('base64url')}`;
  state.refreshTokens.set(refreshToken, { tenantId: user.tid, clientId: app.clientId, user });
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: granted.map((name) => `${scopes.resource}/${name}`).join(' '),
    expires_in: LIFETIME_SECONDS,
    ext_expires_in: LIFETIME_SECONDS,
    access_token: accessToken,
    refresh_token: refreshToken,
  };
  if (scopes.oidc.has('openid')) {
    body.id_token = await state.keys.sign({
      ...common,
      aud: app.clientId,
      iss: state.keys.issuerOf(user.tid),
      name: user.name,
      oid: user.oid,
      preferred_username: user.preferredUsername,
      sub: pairwiseSub(user.oid, app.clientId),
      ver: '2.0',
    });
  }
  if (clientInfo)
    body.client_info = Buffer.from(JSON.stringify({ uid: user.oid, utid: user.tid })).toString('base64url');
  return body;
}

import {
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { DomainError, type ErrorCode } from '../../domain/errors.js';
import type { EntraConfig } from '../../config.js';
import type { OutboundFetch } from '../outbound-fetch.js';

/** The claims we rely on from a validated Entra ID v2 access token for our API. */
export interface ValidatedToken {
  tenantId: string;
  objectId: string;
  name: string | null;
  email: string | null;
  roles: string[];
  scopes: string[];
}

const CLOCK_SKEW_SECONDS = 300;
const REQUIRED_SCOPE = 'access_as_user';

type Settings = Pick<EntraConfig, 'tenantIds' | 'audiences' | 'oidcMetadataUrl'>;

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/** What a tenant's OIDC metadata tells us: where its keys are and how it names itself as issuer. */
interface TenantTrust {
  keys: KeySet;
  issuer: string;
}

/**
 * Validates access tokens: RS256 only, keys from the tenant's JWKS (found through the configured
 * OIDC metadata, never through anything inside the token; cached and refreshed on an unknown kid),
 * the tenant's v2 issuer as that same metadata names it (so national clouds and other authority
 * hosts work), our audience, an allowed tenant, the access_as_user scope, exp/nbf.
 */
export class EntraTokenValidator {
  private readonly tenants = new Map<string, Promise<TenantTrust>>();

  constructor(
    private readonly settings: Settings,
    private readonly fetch: OutboundFetch,
  ) {}

  async validate(token: string): Promise<ValidatedToken> {
    const { tid } = this.peek(token);
    const { keys, issuer } = await this.trustFor(tid);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer,
        audience: [...this.settings.audiences],
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp', 'iat', 'oid', 'tid'],
      }));
    } catch (error) {
      throw translate(error);
    }
    if (payload['nonce'] !== undefined || (payload['scp'] === undefined && payload['roles'] === undefined)) {
      throw tokenError('TOKEN_NOT_ACCESS_TOKEN', 'An ID token is not an access token: ask for a token for this API.');
    }
    const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) {
      throw tokenError('TOKEN_SCOPE_MISSING', `The token lacks the ${REQUIRED_SCOPE} scope.`);
    }
    return {
      tenantId: tid,
      objectId: String(payload['oid']),
      name: typeof payload['name'] === 'string' ? payload['name'] : null,
      email: firstString(payload['preferred_username'], payload['upn'], payload['email']),
      roles: Array.isArray(payload['roles']) ? payload['roles'].filter((r): r is string => typeof r === 'string') : [],
      scopes,
    };
  }

  /** Reads the header and tenant before verifying, only to pick the tenant's keys and issuer. */
  private peek(token: string): { tid: string } {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      claims = decodeJwt(token);
    } catch {
      throw tokenError('TOKEN_MALFORMED', 'The token is not a well-formed JWT.');
    }
    if (header.alg !== 'RS256') throw tokenError('TOKEN_SIGNATURE_INVALID', 'Only RS256-signed tokens are accepted.');
    const tid = typeof claims['tid'] === 'string' ? claims['tid'].toLowerCase() : '';
    if (!this.settings.tenantIds.includes(tid)) {
      throw tokenError('TOKEN_TENANT_NOT_ALLOWED', 'The token is from a tenant this service does not serve.');
    }
    return { tid };
  }

  /** Fetched once per tenant and kept; a failed fetch is forgotten so the next request tries again. */
  private trustFor(tenantId: string): Promise<TenantTrust> {
    let trust = this.tenants.get(tenantId);
    if (!trust) {
      trust = this.discover(tenantId);
      this.tenants.set(tenantId, trust);
      trust.catch(() => this.tenants.delete(tenantId));
    }
    return trust;
  }

  private async discover(tenantId: string): Promise<TenantTrust> {
    const metadataUrl = this.settings.oidcMetadataUrl.replace('{tenant}', tenantId);
    const response = await this.fetch(metadataUrl).catch(() => null);
    if (!response?.ok) throw new DomainError('UNAVAILABLE', 'The identity provider cannot be reached.');
    const metadata = (await response.json().catch(() => ({}))) as { jwks_uri?: unknown; issuer?: unknown };
    if (typeof metadata.jwks_uri !== 'string')
      throw new DomainError('UNAVAILABLE', 'The identity provider metadata has no keys.');
    const issuer = tenantIssuer(metadata.issuer, tenantId);
    if (!issuer) throw new DomainError('UNAVAILABLE', 'The identity provider metadata names no issuer for the tenant.');
    const keys = createRemoteJWKSet(new URL(metadata.jwks_uri), {
      cooldownDuration: 30_000,
      cacheMaxAge: 24 * 3_600_000,
      [customFetch]: (url, init) => this.fetch(String(url), init as RequestInit),
    });
    return { keys, issuer };
  }
}

/**
 * The issuer as the metadata names it. Multi-tenant metadata (`common`, `organizations`) says
 * `{tenantid}`, which Entra fills with the token's tenant; an issuer that still does not name the
 * tenant would accept other tenants' tokens, so it is refused.
 */
function tenantIssuer(value: unknown, tenantId: string): string | null {
  if (typeof value !== 'string') return null;
  const issuer = value.replace('{tenantid}', tenantId);
  return issuer.toLowerCase().includes(tenantId) ? issuer : null;
}

function translate(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof errors.JWTExpired) return tokenError('TOKEN_EXPIRED', 'The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'nbf':
        return tokenError('TOKEN_NOT_YET_VALID', 'The token is not valid yet.');
      case 'iss':
        return tokenError('TOKEN_ISSUER_INVALID', "The token's issuer is not the tenant's Entra ID.");
      case 'aud':
        return tokenError('TOKEN_AUDIENCE_INVALID', 'The token is for another application.');
      default:
        return tokenError('TOKEN_MALFORMED', `The token's ${error.claim} claim is missing or invalid.`);
    }
  }
  if (error instanceof errors.JWKSNoMatchingKey)
    return tokenError('TOKEN_SIGNATURE_INVALID', "The token's signing key is unknown.");
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed) {
    return tokenError('TOKEN_SIGNATURE_INVALID', "The token's signature is not valid.");
  }
  if (error instanceof errors.JWKSTimeout || (error as { code?: string }).code === 'ERR_JWKS_INVALID') {
    return new DomainError('UNAVAILABLE', 'The identity provider cannot be reached.');
  }
  return tokenError('TOKEN_MALFORMED', 'The token could not be validated.');
}

function tokenError(code: TokenErrorCode, message: string): DomainError {
  return new DomainError(code, message);
}

type TokenErrorCode = Extract<ErrorCode, `TOKEN_${string}`>;

function firstString(...values: unknown[]): string | null {
  const found = values.find((value): value is string => typeof value === 'string' && value.length > 0);
  return found ? found.toLowerCase() : null;
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  SignJWT,
  UnsecuredJWT,
  decodeProtectedHeader,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  jwtVerify,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import { realIssuer, realV1Issuer, type IssuerOf } from './identity-metadata.js';

/** Azure AD's first-party Microsoft Teams client: the `azp` of a token the Teams tab got with SSO. */
export const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
/** Microsoft Graph's application id (the `aud` Graph also accepts). */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

const HOUR_SECONDS = 3600;

export type MintAlgorithm = 'RS256' | 'HS256' | 'none';

export interface MintOptions {
  /** Default RS256. `none` makes an unsecured JWT; HS256 signs with `hmacSecret` (default: the public key PEM). */
  alg?: MintAlgorithm;
  /** Header `kid`; default the emulator key's. */
  kid?: string;
  /** Default 3600; negative for an expired token. */
  expiresInSeconds?: number;
  /** `nbf` = now + this (default 0); positive for a token not yet valid. */
  notBeforeInSeconds?: number;
  /** `foreign` signs with a key that is not in the JWKS (keeping the emulator's `kid` unless `kid` is given). */
  signingKey?: 'emulator' | 'foreign';
  hmacSecret?: string | Uint8Array;
  /** An ID token instead of an access token: `aud` = client id, no `scp`, with `nonce`. */
  idToken?: boolean;
}

/** Claims a test may set on a minted token; `undefined` removes a default claim. Any other claim passes through. */
export interface UserTokenClaims {
  tid?: string;
  oid?: string;
  sub?: string;
  name?: string;
  preferred_username?: string;
  upn?: string;
  scp?: string;
  roles?: string[];
  aud?: string;
  iss?: string;
  azp?: string;
  ver?: string;
  [claim: string]: unknown;
}

/** The emulator's signing key and everything that signs or checks tokens with it. */
export class TokenKeys {
  private foreign: Promise<CryptoKey> | null = null;

  private constructor(
    readonly kid: string,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly publicJwk: JWK,
    readonly publicKeyPem: string,
    /** The v2.0 issuer of the cloud the emulator plays. */
    readonly issuerOf: IssuerOf,
  ) {}

  static async create(issuerOf: IssuerOf = realIssuer): Promise<TokenKeys> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
    const jwk = await exportJWK(publicKey);
    // Entra's kids are 27-character base64url SHA-1 thumbprints; this one hashes the modulus.
    const kid = createHash('sha1')
      .update(jwk.n ?? '')
      .digest('base64url');
    return new TokenKeys(kid, privateKey, publicKey, jwk, await exportSPKI(publicKey), issuerOf);
  }

  /** One entry of `discovery/v2.0/keys`. */
  jwk(tenantId: string): Record<string, unknown> {
    const { n, e, kty } = this.publicJwk;
    return { kty, use: 'sig', kid: this.kid, x5t: this.kid, n, e, alg: 'RS256', issuer: this.issuerOf(tenantId) };
  }

  /** Signs claims with the emulator key (RS256). */
  sign(payload: JWTPayload): Promise<string> {
    return new SignJWT(payload).setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: this.kid }).sign(this.privateKey);
  }

  /** Signs however a test asks, including the forged variants. */
  async signAs(payload: JWTPayload, options: MintOptions): Promise<string> {
    const alg = options.alg ?? 'RS256';
    if (alg === 'none') return new UnsecuredJWT(payload).encode();
    const header = { typ: 'JWT', alg, kid: options.kid ?? this.kid };
    if (alg === 'HS256') {
      const secret = options.hmacSecret ?? this.publicKeyPem;
      return new SignJWT(payload)
        .setProtectedHeader(header)
        .sign(typeof secret === 'string' ? new TextEncoder().encode(secret) : secret);
    }
    const key = options.signingKey === 'foreign' ? await this.foreignKey() : this.privateKey;
    return new SignJWT(payload).setProtectedHeader(header).sign(key);
  }

  /** Verifies a token this emulator issued: RS256, our `kid`, signature, `exp`/`nbf`, its cloud's issuer for its `tid`. */
  async verify(token: string): Promise<JWTPayload> {
    const header = decodeProtectedHeader(token);
    if (header.kid !== this.kid) throw new Error(`Unknown signing key '${String(header.kid)}'.`);
    const { payload } = await jwtVerify(token, this.publicKey, { algorithms: ['RS256'] });
    const tid = typeof payload.tid === 'string' ? payload.tid : '';
    if (payload.iss !== this.issuerOf(tid) && payload.iss !== realV1Issuer(tid))
      throw new Error(`Unexpected issuer '${String(payload.iss)}'.`);
    return payload;
  }

  private foreignKey(): Promise<CryptoKey> {
    this.foreign ??= generateKeyPair('RS256', { modulusLength: 2048 }).then((pair) => pair.privateKey);
    return this.foreign;
  }
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** A token id (`uti`, `aio`-like): random base64url. */
export function tokenId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** AAD's pairwise `sub`: stable per user and app. */
export function pairwiseSub(oid: string, clientId: string): string {
  return createHash('sha256').update(`${oid}|${clientId}`).digest('base64url').slice(0, 43);
}

/** A stable GUID derived from text (service principal object ids and the like). */
export function stableGuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Defaults of a user token for our API (v2.0 access token, or ID token), overridden by `claims`. */
export function userTokenPayload(
  claims: UserTokenClaims,
  defaults: { tenantId: string; clientId: string; issuerOf?: IssuerOf },
  options: MintOptions,
): JWTPayload {
  const now = nowSeconds();
  const tid = claims.tid ?? defaults.tenantId;
  const oid = claims.oid ?? randomUUID();
  const username = claims.preferred_username ?? claims.upn ?? `user-${oid.slice(0, 8)}@emulator.onmicrosoft.com`;
  const base: JWTPayload = {
    aud: defaults.clientId,
    iss: (defaults.issuerOf ?? realIssuer)(tid),
    iat: now,
    nbf: now + (options.notBeforeInSeconds ?? 0),
    exp: now + (options.expiresInSeconds ?? HOUR_SECONDS),
    aio: tokenId(24),
    name: 'Emulator User',
    oid,
    preferred_username: username,
    rh: `0.${tokenId(24)}.`,
    sub: pairwiseSub(oid, defaults.clientId),
    tid,
    uti: tokenId(),
    ver: '2.0',
  };
  if (options.idToken) {
    base.nonce = tokenId();
  } else {
    Object.assign(base, { azp: TEAMS_CLIENT_ID, azpacr: '0', scp: 'access_as_user', upn: username });
  }
  return { ...base, ...claims };
}

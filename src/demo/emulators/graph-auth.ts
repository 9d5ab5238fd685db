/** Bearer-token checks of the Graph emulator: who calls, and whether the token carries the permission. */
import type { JWTPayload } from 'jose';
import { GraphFailure, unauthenticated } from './graph-errors.js';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from './identity-tokens.js';

export type Caller =
  | { kind: 'user'; oid: string; tid: string; scopes: ReadonlySet<string> }
  | { kind: 'app'; appId: string; tid: string; roles: ReadonlySet<string> };

/** Delegated permissions, any one of which allows an operation (lower-case). */
export const PERMISSIONS = {
  profile: ['user.read', 'user.readwrite', 'user.readbasic.all', 'user.read.all', 'directory.read.all'],
  otherProfile: ['user.readbasic.all', 'user.read.all', 'directory.read.all'],
  readMail: ['mail.readbasic', 'mail.read', 'mail.readwrite'],
  writeMail: ['mail.readwrite'],
  readCalendar: ['calendars.readbasic', 'calendars.read', 'calendars.readwrite'],
  writeCalendar: ['calendars.readwrite'],
  readSettings: ['mailboxsettings.read', 'mailboxsettings.readwrite'],
  writeSettings: ['mailboxsettings.readwrite'],
  translateIds: ['user.read', 'user.readwrite', 'user.readbasic.all', 'user.read.all', 'user.readwrite.all'],
} as const satisfies Record<string, readonly string[]>;
export type Permission = keyof typeof PERMISSIONS;

export async function authenticate(
  authorization: string | undefined,
  verifyToken: (token: string) => Promise<JWTPayload>,
): Promise<Caller> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) throw unauthenticated('Access token is empty.');
  let claims: JWTPayload;
  try {
    claims = await verifyToken(match[1]);
  } catch (error) {
    const expired = error instanceof Error && 'code' in error && error.code === 'ERR_JWT_EXPIRED';
    throw unauthenticated(
      expired
        ? 'Lifetime validation failed, the token is expired.'
        : 'Access token validation failure. Invalid signature.',
    );
  }
  const aud = String(claims.aud ?? '').replace(/\/+$/, '');
  if (aud !== GRAPH_RESOURCE && aud !== GRAPH_APP_ID)
    throw unauthenticated('Access token validation failure. Invalid audience.');
  const tid = String(claims.tid ?? '');
  if (claims.idtyp === 'app' || (claims.scp === undefined && Array.isArray(claims.roles))) {
    return {
      kind: 'app',
      appId: String(claims.appid ?? claims.azp ?? ''),
      tid,
      roles: new Set((claims.roles as string[] | undefined) ?? []),
    };
  }
  const scopes = String(claims.scp ?? '')
    .split(' ')
    .filter(Boolean)
    .map((scope) => scope.toLowerCase());
  return { kind: 'user', oid: String(claims.oid ?? ''), tid, scopes: new Set(scopes) };
}

/** App tokens need any application permission; user tokens need one of the operation's delegated permissions. */
export function requirePermission(caller: Caller, permission: Permission, denied: () => GraphFailure): void {
  if (caller.kind === 'app') {
    if (caller.roles.size === 0) throw denied();
    return;
  }
  if (!PERMISSIONS[permission].some((scope) => caller.scopes.has(scope))) throw denied();
}

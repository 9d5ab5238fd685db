import type { Logger } from 'pino';
import type { Authenticator } from '../../ports/authenticator.js';
import type { Store } from '../../ports/store.js';
import type { Actor, Staff } from '../../domain/model.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, enrolStaff } from '../../app/identify-staff.js';
import type { EntraTokenValidator } from './entra-token-validator.js';

/** Looks up the signed-in user's department (Graph profile), to place a new staff member in a section. */
export type DepartmentLookup = (tenantId: string, assertion: string) => Promise<string | null>;

const STAFF_CACHE_MS = 10 * 60_000;

/**
 * Production identity: a validated Entra ID access token names the user (tid + oid); their staff
 * row is created or refreshed from it. Admin rights come from the token's app role, every time.
 */
export function entraAuthenticator(options: {
  validator: Pick<EntraTokenValidator, 'validate'>;
  store: Pick<Store, 'upsertStaffIdentity' | 'listSections'>;
  adminRole: string;
  departmentOf?: DepartmentLookup;
  logger?: Pick<Logger, 'warn'>;
}): Authenticator {
  const known = new Map<string, { staff: Staff; at: number }>();

  async function staffFor(
    tenantId: string,
    oid: string,
    email: string,
    name: string,
    assertion: string,
  ): Promise<Staff> {
    const key = `${tenantId}:${oid}`;
    const cached = known.get(key);
    if (
      cached &&
      Date.now() - cached.at < STAFF_CACHE_MS &&
      cached.staff.email === email &&
      cached.staff.name === name
    ) {
      return cached.staff;
    }
    const sectionId = cached ? cached.staff.sectionId : await sectionOf(tenantId, assertion);
    const staff = await enrolStaff(options, tenantId, oid, { email, name, sectionId });
    known.set(key, { staff, at: Date.now() });
    return staff;
  }

  /**
   * A newcomer's section, from their department in the directory. The rule: the section is a
   * convenience (an admin can place anyone), so a profile that cannot be read (no Graph consent yet,
   * an outage) leaves them without one rather than refusing the sign-in; the failure is logged.
   */
  async function sectionOf(tenantId: string, assertion: string): Promise<string | null> {
    if (!options.departmentOf) return null;
    const department = await options.departmentOf(tenantId, assertion).catch((error: unknown) => {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      options.logger?.warn(
        { code: 'DEPARTMENT_UNAVAILABLE', cause: code },
        'department lookup failed: staff member gets no section',
      );
      return null;
    });
    if (!department) return null;
    const wanted = department.trim().toLowerCase();
    const sections = await options.store.listSections(tenantId);
    return sections.find((s) => s.name.toLowerCase() === wanted || s.id.toLowerCase() === wanted)?.id ?? null;
  }

  return {
    mode: 'production',
    async authenticate(headers): Promise<Actor> {
      const header = headers['authorization'];
      const value = Array.isArray(header) ? header[0] : header;
      // Auth schemes are case-insensitive (RFC 7235 §2.1): `bearer` and `BEARER` are Bearer.
      const match = value ? /^Bearer\s+([A-Za-z0-9\-_.~+/=]{10,16384})$/i.exec(value.trim()) : null;
      if (!value)
        throw new DomainError(
          'TOKEN_MISSING',
          'Sign in: send an Entra ID access token as "Authorization: Bearer <token>".',
        );
      if (!match) throw new DomainError('TOKEN_MALFORMED', 'The Authorization header is not a bearer token.');
      const token = match[1]!;
      const claims = await options.validator.validate(token);
      if (!claims.email) throw new DomainError('TOKEN_MALFORMED', 'The token names no user (preferred_username).');
      const staff = await staffFor(claims.tenantId, claims.objectId, claims.email, claims.name ?? claims.email, token);
      return actorOf(claims.tenantId, staff, {
        isAdmin: claims.roles.includes(options.adminRole),
        userAssertion: token,
      });
    },
  };
}

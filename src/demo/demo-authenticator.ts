import type { Authenticator } from '../ports/authenticator.js';
import type { Store } from '../ports/store.js';
import type { Actor, Staff } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { actorOf, staffBySignInName } from '../app/identify-staff.js';

/** Mints the access token the identity emulator would give this staff member, for on-behalf-of. */
export type AssertionMinter = (staff: Staff, tenantId: string) => Promise<string>;

const ASSERTION_REUSE_MS = 30 * 60_000;

/** Set by the demo Outlook page's user picker, so the hosted task pane's API calls act as that user. */
export const DEMO_USER_COOKIE = 'kontaktspor_demo_user';

/**
 * One cookie's value from a Cookie header (`a=1; b=2`), percent-decoded; undefined when absent or
 * malformed. No dependency: the header is split by hand and a bad escape is ignored, never thrown.
 */
export function cookieValue(header: string | readonly string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : (header as string | undefined);
  if (!text || text.length > 8192) return undefined;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Demo identity, only ever used on loopback: no credentials means the demo user, and
 * `X-Demo-User: <email>` (or else the `kontaktspor_demo_user` cookie) acts as another seeded staff
 * member of the demo tenant. The email is only the picker's sign-in name: it names the earliest row
 * with it (the seeded person), and the person is their fake object id from then on (demo-directory.ts).
 * With a minter, the actor carries a user token from the identity emulator with that object id, so
 * Graph is reached on-behalf-of the user exactly as in production.
 */
export function demoAuthenticator(options: {
  store: Pick<Store, 'findStaffByEmail'>;
  tenantId: string;
  defaultEmail: string;
  mintAssertion?: AssertionMinter;
}): Authenticator {
  const assertions = new Map<string, { token: string; at: number }>();

  async function assertionFor(staff: Staff): Promise<string | undefined> {
    if (!options.mintAssertion) return undefined;
    const cached = assertions.get(staff.id);
    if (cached && Date.now() - cached.at < ASSERTION_REUSE_MS) return cached.token;
    const token = await options.mintAssertion(staff, options.tenantId);
    assertions.set(staff.id, { token, at: Date.now() });
    return token;
  }

  return {
    mode: 'demo',
    async authenticate(headers): Promise<Actor> {
      const header = headers['x-demo-user'];
      const picked =
        (Array.isArray(header) ? header[0] : header)?.trim() ||
        cookieValue(headers['cookie'], DEMO_USER_COOKIE)?.trim();
      const email = picked?.toLowerCase() || options.defaultEmail;
      const staff = email.length <= 320 ? await staffBySignInName(options, options.tenantId, email) : null;
      if (!staff) throw new DomainError('UNAUTHENTICATED', 'No demo staff member with that email.');
      const userAssertion = await assertionFor(staff);
      return actorOf(options.tenantId, staff, { userAssertion });
    },
  };
}

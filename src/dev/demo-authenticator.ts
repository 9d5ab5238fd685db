import type { Authenticator } from '../ports/authenticator.js';
import type { Store } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';

/**
 * Demo identity, only ever used on loopback: no credentials means the demo user, and
 * `X-Demo-User: <email>` acts as another seeded staff member of the demo tenant.
 */
export function demoAuthenticator(options: {
  store: Pick<Store, 'findStaffByEmail'>;
  tenantId: string;
  defaultEmail: string;
}): Authenticator {
  return {
    mode: 'demo',
    async authenticate(headers): Promise<Actor> {
      const header = headers['x-demo-user'];
      const email = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase() || options.defaultEmail;
      const staff = email.length <= 320 ? await options.store.findStaffByEmail(options.tenantId, email) : null;
      if (!staff) throw new DomainError('UNAUTHENTICATED', 'No demo staff member with that email.');
      return {
        tenantId: options.tenantId,
        staffId: staff.id,
        name: staff.name,
        email: staff.email,
        sectionId: staff.sectionId,
        isAdmin: staff.isAdmin,
      };
    },
  };
}

/**
 * Delegated access to someone else's mailbox (a shared mailbox, a colleague's): Graph serves
 * `/users/{id-or-address}/…` to a user token only when the mailbox's owner granted the signed-in user
 * access (Exchange FullAccess or folder permissions) AND the token carries the operation's `.Shared`
 * permission; otherwise 403 ErrorAccessDenied, as Graph answers.
 */
import { PERMISSIONS, type Caller, type Permission } from './graph-auth.js';
import { accessDenied } from './graph-errors.js';
import type { Mailbox } from './graph-store.js';

/**
 * The delegated permissions that reach another user's mailbox, per operation (lower-case). Mailbox
 * settings (master categories) have no `.Shared` variant: Graph refuses them on another mailbox.
 */
const SHARED_PERMISSIONS: Partial<Record<Permission, readonly string[]>> = {
  readMail: ['mail.read.shared', 'mail.readwrite.shared'],
  writeMail: ['mail.readwrite.shared'],
  readCalendar: ['calendars.read.shared', 'calendars.readwrite.shared'],
  writeCalendar: ['calendars.readwrite.shared'],
  // translateExchangeIds asks only for a User.* permission, in any mailbox the user can open.
  translateIds: PERMISSIONS.translateIds,
};

/** Who may open which mailbox besides its owner: mailbox object id -> user object ids (lower-case). */
export class MailboxGrants {
  private readonly grants = new Map<string, Set<string>>();

  grant(mailbox: Mailbox, userId: string): void {
    const key = mailbox.user.id.toLowerCase();
    const users = this.grants.get(key) ?? new Set<string>();
    users.add(userId.toLowerCase());
    this.grants.set(key, users);
  }

  has(mailbox: Mailbox, userId: string): boolean {
    return this.grants.get(mailbox.user.id.toLowerCase())?.has(userId.toLowerCase()) ?? false;
  }
}

/** A user token on a mailbox that is not theirs: allowed only with a grant from the owner. */
export function requireDelegatedAccess(grants: MailboxGrants, caller: Caller, mailbox: Mailbox): void {
  if (caller.kind !== 'user' || !grants.has(mailbox, caller.oid)) throw accessDenied();
}

/** One operation on another user's mailbox: the token needs the operation's `.Shared` permission. */
export function requireSharedPermission(caller: Caller, permission: Permission): void {
  const allowed = SHARED_PERMISSIONS[permission] ?? [];
  if (caller.kind !== 'user' || !allowed.some((scope) => caller.scopes.has(scope))) throw accessDenied();
}

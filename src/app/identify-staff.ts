import type { Store } from '../ports/store.js';
import type { Actor, Staff } from '../domain/model.js';

/** What the directory (an Entra token or Teams) says about a user, to create or refresh their staff row. */
export interface StaffIdentity {
  email: string;
  name: string;
  sectionId: string | null;
}

/** What a sign-in adds to the staff row: the token's admin role and the token itself, when there is one. */
export interface SignIn {
  isAdmin?: boolean;
  userAssertion?: string | undefined;
}

/**
 * The one place an Actor is built from a staff row. Admin rights are the row's unless the sign-in
 * states them (production: the token's app role, every time).
 */
export function actorOf(tenantId: string, staff: Staff, signIn: SignIn = {}): Actor {
  return {
    tenantId,
    staffId: staff.id,
    name: staff.name,
    email: staff.email,
    sectionId: staff.sectionId,
    isAdmin: signIn.isAdmin ?? staff.isAdmin,
    ...(signIn.userAssertion && { userAssertion: signIn.userAssertion }),
  };
}

/**
 * Saves what Entra says about a user (tenant + object id) on their staff row, creating it the first
 * time: a staff member is their object id, never their email.
 */
export async function enrolStaff(
  { store }: { store: Pick<Store, 'upsertStaffIdentity'> },
  tenantId: string,
  oid: string,
  identity: StaffIdentity,
): Promise<Staff> {
  return store.upsertStaffIdentity(tenantId, { oid, ...identity });
}

/**
 * Who an Entra user is: their staff row by object id. A user seen for the first time is enrolled
 * from `newcomer` (their directory entry); null when the directory names no one.
 */
export async function identifyStaff(
  deps: { store: Pick<Store, 'findStaffByOid' | 'upsertStaffIdentity'> },
  tenantId: string,
  oid: string,
  newcomer: () => Promise<StaffIdentity | null>,
): Promise<Actor | null> {
  const known = await deps.store.findStaffByOid(tenantId, oid);
  if (known) return actorOf(tenantId, known);
  const identity = await newcomer();
  return identity ? actorOf(tenantId, await enrolStaff(deps, tenantId, oid, identity)) : null;
}

/** Demo sign-in by the picker's sign-in name: the earliest staff row with that email (the seeded person). */
export async function staffBySignInName(
  { store }: { store: Pick<Store, 'findStaffByEmail'> },
  tenantId: string,
  email: string,
): Promise<Staff | null> {
  return store.findStaffByEmail(tenantId, email);
}

/**
 * Demo bot sign-in: a seeded staff member by object id (a row provisioned without one is found by
 * its id, which stands in for it), else by sign-in name; null when neither names a row.
 */
export async function findDemoStaff(
  deps: { store: Pick<Store, 'findStaffByOid' | 'listStaff' | 'findStaffByEmail'> },
  tenantId: string,
  who: { oid?: string | undefined; email: string },
): Promise<Staff | null> {
  const { store } = deps;
  const byOid = who.oid
    ? ((await store.findStaffByOid(tenantId, who.oid)) ?? (await store.listStaff(tenantId, [who.oid]))[0])
    : undefined;
  return byOid ?? staffBySignInName(deps, tenantId, who.email);
}

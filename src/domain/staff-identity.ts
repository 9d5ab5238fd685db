/**
 * Who a staff member is: the tenant and their Entra object id (tid + oid), never their email.
 * Sign-in names are reassigned in real tenants, so an email is only an attribute of the person.
 */

/** One staff row as the administration page shows it when its email is shared. */
export interface StaffIdentity {
  id: string;
  name: string;
  email: string;
  /** Null until the person first signs in (a row provisioned by email). */
  entraOid: string | null;
  sectionId: string | null;
  createdAt: Date;
}

/** Staff rows that share one email: a reused sign-in name, or a mistake in a provisioned list. */
export interface StaffEmailClash {
  email: string;
  staff: StaffIdentity[];
}

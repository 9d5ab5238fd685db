/**
 * Store queries for staff identity: a person is tid + Entra object id; the email is an attribute.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, StaffTable } from './db-schema.js';
import { toStaff } from './row-mappers.js';
import type { Staff } from '../../domain/model.js';
import type { StaffEmailClash, StaffIdentity } from '../../domain/staff-identity.js';

type Db = Kysely<Database>;

const CLASHES_LISTED = 200;

/**
 * The staff row of a signed-in Entra user, by (tenant, oid): refreshed from the token when known,
 * else a row provisioned by email and never signed in is claimed, else a new row. A row that
 * already has an oid is never taken over by another oid with the same email: sign-in names are
 * reassigned, and a newcomer must not inherit a predecessor's never-log list, watch or contacts.
 * The first oid may claim a provisioned row because that is how staff lists are loaded (by email,
 * before anyone signs in); the claim is one conditional update, so two sign-ins cannot both win.
 */
export async function upsertStaffIdentity(
  db: Db,
  tenantId: string,
  identity: { oid: string; email: string; name: string; sectionId: string | null },
): Promise<Staff> {
  const email = identity.email.toLowerCase();
  const known = await db
    .updateTable('staff')
    .set({ email, name: identity.name })
    .where('tenant_id', '=', tenantId)
    .where('entra_oid', '=', identity.oid)
    .returningAll()
    .executeTakeFirst();
  if (known) return toStaff(known);
  const claimed = await db
    .updateTable('staff')
    .set({ entra_oid: identity.oid, name: identity.name })
    .where('tenant_id', '=', tenantId)
    .where('entra_oid', 'is', null)
    .where((eb) =>
      eb(
        'id',
        '=',
        eb
          .selectFrom('staff')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('email', '=', email)
          .where('entra_oid', 'is', null)
          .orderBy('created_at')
          .orderBy('id')
          .limit(1),
      ),
    )
    .returningAll()
    .executeTakeFirst();
  if (claimed) return toStaff(claimed);
  // The same new person signing in twice at once: the second insert meets the first one's row.
  const created = await db
    .insertInto('staff')
    .values({
      tenant_id: tenantId,
      id: randomUUID(),
      entra_oid: identity.oid,
      email,
      name: identity.name,
      section_id: identity.sectionId,
      is_admin: false,
    })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'entra_oid'])
        .where('entra_oid', 'is not', null)
        .doUpdateSet({ email, name: identity.name }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStaff(created);
}

/** Staff rows sharing an email with another row, grouped by email (for the administration page). */
export async function listStaffEmailClashes(db: Db, tenantId: string): Promise<StaffEmailClash[]> {
  const shared = db
    .selectFrom('staff')
    .select('email')
    .where('tenant_id', '=', tenantId)
    .groupBy('email')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('email')
    .limit(CLASHES_LISTED);
  const rows = await db
    .selectFrom('staff')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', 'in', shared)
    .orderBy('email')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const clashes = new Map<string, StaffIdentity[]>();
  for (const row of rows) clashes.set(row.email, [...(clashes.get(row.email) ?? []), toStaffIdentity(row)]);
  return [...clashes].map(([email, staff]) => ({ email, staff }));
}

function toStaffIdentity(row: Selectable<StaffTable>): StaffIdentity {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    entraOid: row.entra_oid,
    sectionId: row.section_id,
    createdAt: new Date(row.created_at),
  };
}

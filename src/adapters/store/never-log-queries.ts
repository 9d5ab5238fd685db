import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { translateConflicts } from './translate-conflicts.js';
import type { Database } from './db-schema.js';
import type { NeverLogKind, NeverLogRule } from '../../domain/never-log.js';
import type { NeverLogEntry, NeverLogOwner } from '../../ports/store.js';

function toEntry(row: {
  id: string;
  staff_id: string | null;
  kind: string;
  value: string;
  created_at: Date;
}): NeverLogEntry {
  return {
    id: row.id,
    scope: row.staff_id === null ? 'tenant' : 'user',
    kind: row.kind as NeverLogKind,
    value: row.value,
    createdAt: row.created_at,
  };
}

const ownedBy = (owner: NeverLogOwner) =>
  owner.staffId === null ? sql<boolean>`staff_id is null` : sql<boolean>`staff_id = ${owner.staffId}`;

export async function listNeverLogEntries(
  db: Kysely<Database>,
  tenantId: string,
  owner: NeverLogOwner,
): Promise<NeverLogEntry[]> {
  const rows = await db
    .selectFrom('never_log_entries')
    .select(['id', 'staff_id', 'kind', 'value', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where(ownedBy(owner))
    .orderBy('value')
    .execute();
  return rows.map(toEntry);
}

/** The tenant's rules and the given user's own: what a capture by that user is checked against. */
export async function neverLogRulesFor(
  db: Kysely<Database>,
  tenantId: string,
  staffId: string,
): Promise<NeverLogRule[]> {
  const rows = await db
    .selectFrom('never_log_entries')
    .select(['id', 'staff_id', 'kind', 'value', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('staff_id', 'is', null), eb('staff_id', '=', staffId)]))
    .orderBy('staff_id', 'desc')
    .execute();
  return rows.map(toEntry);
}

export async function insertNeverLogEntry(
  db: Kysely<Database>,
  tenantId: string,
  entry: NeverLogOwner & { kind: NeverLogKind; value: string; createdBy: string },
): Promise<NeverLogEntry> {
  const values = {
    tenant_id: tenantId,
    id: randomUUID(),
    staff_id: entry.staffId,
    kind: entry.kind,
    value: entry.value,
    created_by: entry.createdBy,
  };
  const row = await translateConflicts(() =>
    db
      .insertInto('never_log_entries')
      .values(values)
      .returning(['id', 'staff_id', 'kind', 'value', 'created_at'])
      .executeTakeFirstOrThrow(),
  );
  return toEntry(row);
}

export async function deleteNeverLogEntry(
  db: Kysely<Database>,
  tenantId: string,
  owner: NeverLogOwner,
  id: string,
): Promise<number> {
  const result = await db
    .deleteFrom('never_log_entries')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where(ownedBy(owner))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Contacts whose participants a list covers (an address, or a domain and its subdomains), and for
 * the tenant's list the contact persons too. With `dryRun` they are only counted.
 */
export async function purgeNeverLogged(
  db: Kysely<Database>,
  tenantId: string,
  rules: { addresses: string[]; domains: string[] },
  options: { loggedBy: string | null; dryRun: boolean },
): Promise<{ interactions: number; contacts: number }> {
  if (rules.addresses.length === 0 && rules.domains.length === 0) return { interactions: 0, contacts: 0 };
  const covers = (email: ReturnType<typeof sql>) => sql<boolean>`(
    lower(${email}) = any(${sql.val(rules.addresses)}::text[])
    or exists (select 1 from unnest(${sql.val(rules.domains)}::text[]) as d(domain)
      where split_part(lower(${email}), '@', 2) = d.domain or split_part(lower(${email}), '@', 2) like '%.' || d.domain))`;
  const matching = sql`tenant_id = ${tenantId}
    and ${options.loggedBy === null ? sql`true` : sql`logged_by = ${options.loggedBy}`}
    and exists (select 1 from jsonb_array_elements(participants) as p where ${covers(sql`p->>'email'`)})`;
  const contactsMatching = sql`tenant_id = ${tenantId} and email is not null and ${covers(sql`email`)}`;
  const withContacts = options.loggedBy === null;

  if (options.dryRun) {
    const { rows } = await sql<{ interactions: number; contacts: number }>`select
      (select count(*)::int from interactions where ${matching}) as interactions,
      ${withContacts ? sql`(select count(*)::int from contacts where ${contactsMatching})` : sql`0`} as contacts`.execute(
      db,
    );
    return { interactions: rows[0]?.interactions ?? 0, contacts: rows[0]?.contacts ?? 0 };
  }
  await sql`update vacancies set interaction_id = null where tenant_id = ${tenantId}
    and interaction_id in (select id from interactions where ${matching})`.execute(db);
  const interactions = await sql`delete from interactions where ${matching}`.execute(db);
  const contacts = withContacts ? await sql`delete from contacts where ${contactsMatching}`.execute(db) : null;
  return { interactions: Number(interactions.numAffectedRows ?? 0), contacts: Number(contacts?.numAffectedRows ?? 0) };
}

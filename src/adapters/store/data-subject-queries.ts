import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toAuditEntry, toContact, toInteraction } from './row-mappers.js';
import type { DataSubjectRecords } from '../../ports/store.js';

/**
 * Data-subject requests about one contact person, found by address. Erasure reaches every text,
 * jsonb and text[] column of every tenant table (read from information_schema, so tables added
 * later are covered too), not a hand-kept list.
 */

/**
 * Tables erasure leaves as they are. never_log_entries: a person's never-log rule is how their
 * objection is honoured (the minimum kept about them); rewriting it to the placeholder would
 * silently let their mail be captured again.
 */
export const KEPT_ON_ERASURE: ReadonlySet<string> = new Set(['never_log_entries']);

const participates = (email: string) => sql<boolean>`exists (select 1 from jsonb_array_elements(participants) as p
  where lower(p->>'email') = ${email})`;

export async function findDataSubject(
  db: Kysely<Database>,
  tenantId: string,
  email: string,
): Promise<DataSubjectRecords> {
  const contacts = await db
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`lower(email) = ${email}`)
    .execute();
  const interactions = await db
    .selectFrom('interactions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(participates(email))
    .orderBy('occurred_at', 'desc')
    .execute();
  const contactIds = contacts.map((contact) => contact.id);
  const audit = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      eb.or([
        sql<boolean>`position(${email} in lower(coalesce(criteria::text, ''))) > 0`,
        ...(contactIds.length ? [eb('target_id', 'in', contactIds)] : []),
      ]),
    )
    .orderBy('id')
    .execute();
  return {
    contacts: contacts.map(toContact),
    interactions: interactions.map(toInteraction),
    auditEntries: audit.map(toAuditEntry),
  };
}

/** The names the person goes by in the tenant's rows: their contact rows and how mail showed them. */
export async function namesOfDataSubject(db: Kysely<Database>, tenantId: string, email: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select name from contacts where tenant_id = ${tenantId} and lower(email) = ${email} and name is not null
    union
    select p->>'name' from interactions, jsonb_array_elements(participants) as p
      where tenant_id = ${tenantId} and lower(p->>'email') = ${email} and p->>'name' is not null`.execute(db);
  return rows.map((row) => row.name);
}

/**
 * Removes the person: contact rows, participant entries, and every mention of `terms` (their
 * address and names) in the tenant's stored text, replaced by `placeholder`. Returns counts.
 */
export async function eraseDataSubject(
  db: Kysely<Database>,
  tenantId: string,
  email: string,
  terms: { address: string; names: string[] },
  placeholder: string,
): Promise<{ contactsDeleted: number; participantEntriesRemoved: number; rowsRewritten: number }> {
  const participants = await sql`update interactions set participants = (
      select coalesce(jsonb_agg(e.p order by e.n), '[]'::jsonb)
      from jsonb_array_elements(participants) with ordinality as e(p, n)
      where lower(e.p->>'email') is distinct from ${email})
    where tenant_id = ${tenantId} and ${participates(email)}`.execute(db);
  const contacts = await db
    .deleteFrom('contacts')
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`lower(email) = ${email}`)
    .executeTakeFirst();

  const patterns = [escapeRegex(terms.address), ...terms.names.map((name) => `\\m${escapeRegex(name)}\\M`)];
  let rowsRewritten = 0;
  const columns = (await textColumns(db)).filter((column) => !KEPT_ON_ERASURE.has(column.table));
  for (const column of columns) {
    for (const pattern of patterns) {
      rowsRewritten += await rewriteColumn(db, tenantId, column, pattern, placeholder);
    }
  }
  return {
    contactsDeleted: Number(contacts.numDeletedRows),
    participantEntriesRemoved: Number(participants.numAffectedRows ?? 0),
    rowsRewritten,
  };
}

interface TextColumn {
  table: string;
  column: string;
  type: 'text' | 'jsonb' | 'text[]';
}

/** Every text-like column of every table that has a tenant_id, in the current schema. */
export async function textColumns(db: Kysely<Database>): Promise<TextColumn[]> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; udt_name: string }>`
    select c.table_name, c.column_name, c.data_type, c.udt_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema() and c.column_name <> 'tenant_id'
      and (c.data_type in ('text', 'character varying', 'jsonb', 'json') or c.udt_name in ('_text', '_varchar'))
      and exists (select 1 from information_schema.columns k
        where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'tenant_id')
    order by 1, 2`.execute(db);
  return rows.map((row) => ({
    table: row.table_name,
    column: row.column_name,
    type: row.udt_name.startsWith('_') ? 'text[]' : row.data_type.startsWith('json') ? 'jsonb' : 'text',
  }));
}

async function rewriteColumn(
  db: Kysely<Database>,
  tenantId: string,
  { table, column, type }: TextColumn,
  pattern: string,
  placeholder: string,
) {
  const col = sql.ref(column);
  const replaced =
    type === 'text'
      ? sql`regexp_replace(${col}, ${pattern}, ${placeholder}, 'gi')`
      : type === 'jsonb'
        ? sql`regexp_replace(${col}::text, ${jsonPattern(pattern)}, ${placeholder}, 'gi')::jsonb`
        : sql`array(select regexp_replace(x, ${pattern}, ${placeholder}, 'gi') from unnest(${col}) with ordinality as u(x, n) order by n)`;
  const matches =
    type === 'text'
      ? sql`${col} ~* ${pattern}`
      : sql`${col}::text ~* ${type === 'jsonb' ? jsonPattern(pattern) : pattern}`;
  const result = await sql`update ${sql.table(table)} set ${col} = ${replaced}
    where tenant_id = ${tenantId} and ${matches}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Inside jsonb's text form a quote in a name is itself escaped (\"). */
function jsonPattern(pattern: string): string {
  return pattern.replace(/"/g, '\\\\"');
}

/**
 * Store queries for contact persons: lookup by address, a company's list, and moving an address between companies.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toContact } from './row-mappers.js';
import { translateConflicts } from './translate-conflicts.js';
import type { NewContact } from '../../ports/store.js';

type Db = Kysely<Database>;

export async function findContactsByEmails(db: Db, tenantId: string, emails: readonly string[]) {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .select(['email', 'company_id'])
    .where('tenant_id', '=', tenantId)
    .where(
      'email',
      'in',
      emails.map((email) => email.toLowerCase()),
    )
    .execute();
  return rows.map((row) => ({ email: row.email!, companyId: row.company_id }));
}
export async function listContacts(db: Db, tenantId: string, companyId: string) {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('company_id', '=', companyId)
    .orderBy('name')
    .execute();
  return rows.map(toContact);
}

export async function insertContact(db: Db, tenantId: string, contact: NewContact) {
  const row = await translateConflicts(() =>
    db
      .insertInto('contacts')
      .values({
        tenant_id: tenantId,
        id: contact.id ?? randomUUID(),
        company_id: contact.companyId,
        name: contact.name,
        email: contact.email?.toLowerCase() ?? null,
        phone: contact.phone,
        title: contact.title,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toContact(row);
}

export async function assignContactEmail(
  db: Db,
  tenantId: string,
  input: { companyId: string; email: string; name: string | null; phone?: string | null; title?: string | null },
) {
  const email = input.email.toLowerCase();
  const existing = await db
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email)
    .forUpdate()
    .executeTakeFirst();
  if (!existing) {
    const contact = await insertContact(db, tenantId, {
      companyId: input.companyId,
      email,
      name: input.name,
      phone: input.phone ?? null,
      title: input.title ?? null,
    });
    return { contact, previousCompanyId: null };
  }
  const row = await db
    .updateTable('contacts')
    .set({
      company_id: input.companyId,
      name: input.name ?? existing.name,
      phone: input.phone ?? existing.phone,
      title: input.title ?? existing.title,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', existing.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    contact: toContact(row),
    previousCompanyId: existing.company_id === input.companyId ? null : existing.company_id,
  };
}

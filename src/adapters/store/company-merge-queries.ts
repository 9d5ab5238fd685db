/**
 * Two companies that are one: everything of the merged company moves to the survivor in one
 * transaction, and the merged id stays an alias, so links, bookmarks and audit rows keep resolving.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import type { MergeCounts } from '../../ports/store.js';

type Db = Kysely<Database>;

export async function resolveCompanyId(db: Db, tenantId: string, id: string): Promise<string | null> {
  const row = await sql<{ id: string }>`
    select id from companies where tenant_id = ${tenantId} and id = ${id}
    union all
    select company_id from company_aliases where tenant_id = ${tenantId} and alias_id = ${id}
    limit 1`.execute(db);
  return row.rows[0]?.id ?? null;
}

export function mergeCompanies(
  db: Db,
  tenantId: string,
  survivorId: string,
  mergedId: string,
  actorId: string,
): Promise<MergeCounts | null> {
  const work = (tx: Db) => mergeInTransaction(tx, tenantId, survivorId, mergedId, actorId);
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function mergeInTransaction(
  db: Db,
  tenantId: string,
  survivorId: string,
  mergedId: string,
  actorId: string,
): Promise<MergeCounts | null> {
  // Both rows locked in id order, so two merges of the same pair cannot deadlock or half-apply.
  const locked = await db
    .selectFrom('companies')
    .select(['id', 'cvr', 'p_numbers', 'blockade', 'do_not_contact', 'responsible_staff_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [survivorId, mergedId])
    .orderBy('id')
    .forUpdate()
    .execute();
  const survivor = locked.find((row) => row.id === survivorId);
  const merged = locked.find((row) => row.id === mergedId);
  if (!survivor || !merged || survivorId === mergedId) return null;

  const moved = (table: 'interactions' | 'contacts' | 'vacancies' | 'company_p_units') =>
    db
      .updateTable(table)
      .set({ company_id: survivorId })
      .where('tenant_id', '=', tenantId)
      .where('company_id', '=', mergedId)
      .executeTakeFirst()
      .then((result) => Number(result.numUpdatedRows));
  const interactions = await moved('interactions');
  const contacts = await moved('contacts');
  const vacancies = await moved('vacancies');
  const pUnits = await moved('company_p_units');

  // A domain both had stays once; a register domain stays the register's.
  const domains = await sql<{ domain: string }>`
    insert into company_domains (tenant_id, domain, company_id, source)
    select tenant_id, domain, ${survivorId}, source from company_domains
    where tenant_id = ${tenantId} and company_id = ${mergedId}
    on conflict do nothing
    returning domain`.execute(db);

  // Staff's warnings are never lost in a merge; the survivor's own values win elsewhere.
  await db
    .updateTable('companies')
    .set({
      blockade: survivor.blockade || merged.blockade,
      do_not_contact: survivor.do_not_contact || merged.do_not_contact,
      responsible_staff_id: survivor.responsible_staff_id ?? merged.responsible_staff_id,
      p_numbers: [...new Set([...survivor.p_numbers, ...merged.p_numbers])],
      updated_at: sql<Date>`now()`,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', survivorId)
    .execute();
  await db
    .updateTable('company_aliases')
    .set({ company_id: survivorId })
    .where('tenant_id', '=', tenantId)
    .where('company_id', '=', mergedId)
    .execute();
  await db.deleteFrom('companies').where('tenant_id', '=', tenantId).where('id', '=', mergedId).execute();
  // The merged CVR is free only now (unique per tenant): the survivor takes it when it had none.
  if (survivor.cvr === null && merged.cvr !== null)
    await db
      .updateTable('companies')
      .set({ cvr: merged.cvr })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', survivorId)
      .execute();
  await db
    .insertInto('company_aliases')
    .values({ tenant_id: tenantId, alias_id: mergedId, company_id: survivorId, merged_by: actorId })
    .execute();
  return { interactions, contacts, vacancies, domains: domains.rows.length, pUnits };
}

/**
 * Store queries for the tenant's directory: staff rows, sections and topics (sign-in identity: staff-identity-queries.ts).
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toStaff } from './row-mappers.js';
import type { Section, Staff } from '../../domain/model.js';
import type { Topic } from '../../domain/topics.js';
import type { NewStaff } from '../../ports/store.js';

type Db = Kysely<Database>;

export async function findStaffByEmail(db: Db, tenantId: string, email: string): Promise<Staff | null> {
  const row = await db
    .selectFrom('staff')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email.toLowerCase())
    // An email may be shared (a reused sign-in name): the earliest row, so the answer is stable.
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? toStaff(row) : null;
}

export async function listStaff(db: Db, tenantId: string, ids?: readonly string[]): Promise<Staff[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('staff').selectAll().where('tenant_id', '=', tenantId);
  if (ids) query = query.where('id', 'in', [...ids]);
  const rows = await query.orderBy('name').execute();
  return rows.map(toStaff);
}

export async function insertStaff(db: Db, tenantId: string, staff: NewStaff): Promise<Staff> {
  const row = await db
    .insertInto('staff')
    .values({
      tenant_id: tenantId,
      id: staff.id ?? randomUUID(),
      email: staff.email.toLowerCase(),
      name: staff.name,
      section_id: staff.sectionId,
      is_admin: staff.isAdmin,
      entra_oid: staff.entraOid ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStaff(row);
}
export async function listSections(db: Db, tenantId: string): Promise<Section[]> {
  return db.selectFrom('sections').select(['id', 'name']).where('tenant_id', '=', tenantId).orderBy('name').execute();
}

export async function insertSection(db: Db, tenantId: string, section: Section): Promise<void> {
  await db
    .insertInto('sections')
    .values({ tenant_id: tenantId, ...section })
    .execute();
}

export async function listTopics(db: Db, tenantId: string): Promise<Topic[]> {
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ key: row.key, da: row.label_da, en: row.label_en, cooperation: row.cooperation }));
}

export async function replaceTopics(db: Db, tenantId: string, topics: readonly Topic[]): Promise<void> {
  await db.deleteFrom('topics').where('tenant_id', '=', tenantId).execute();
  if (topics.length === 0) return;
  await db
    .insertInto('topics')
    .values(
      topics.map((topic, position) => ({
        tenant_id: tenantId,
        key: topic.key,
        label_da: topic.da,
        label_en: topic.en,
        cooperation: topic.cooperation,
        position,
      })),
    )
    .execute();
}
export async function findStaffByOid(db: Db, tenantId: string, oid: string): Promise<Staff | null> {
  const row = await db
    .selectFrom('staff')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entra_oid', '=', oid)
    .executeTakeFirst();
  return row ? toStaff(row) : null;
}

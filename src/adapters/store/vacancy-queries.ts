/**
 * Store queries for vacancies and their lifecycle events.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { jobnetColumns, toVacancy, toVacancyEvent } from './row-mappers.js';
import { OPEN_STATUSES } from '../../domain/vacancy-lifecycle.js';
import type { VacancyStatus } from '../../domain/model.js';
import type { JobnetVacancyUpdate, NewVacancy, NewVacancyEvent, VacancyFilter } from '../../ports/store.js';

type Db = Kysely<Database>;

export async function listVacancies(db: Db, tenantId: string, filter: VacancyFilter) {
  let query = db
    .selectFrom('vacancies as v')
    .innerJoin('companies as c', (join) =>
      join.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.company_id'),
    )
    .selectAll('v')
    .select('c.name as company_name')
    .where('v.tenant_id', '=', tenantId);
  if (filter.statuses?.length) query = query.where('v.status', 'in', filter.statuses);
  if (filter.sectionId) query = query.where('v.section_id', '=', filter.sectionId);
  if (filter.companyId) query = query.where('v.company_id', '=', filter.companyId);
  const rows = await query.orderBy('v.created_at', 'desc').orderBy('v.id').limit(filter.limit).execute();
  return rows.map(toVacancy);
}

export async function getVacancyForUpdate(db: Db, tenantId: string, id: string) {
  const row = await db
    .selectFrom('vacancies')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? toVacancy(row) : null;
}

/** The vacancy of a jobordre, locked for the rest of the transaction; null when Jobnet's jobordre is new here. */
export async function getVacancyByJobordreForUpdate(db: Db, tenantId: string, jobordreId: string) {
  const row = await db
    .selectFrom('vacancies')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('jobordre_id', '=', jobordreId)
    .forUpdate()
    .executeTakeFirst();
  return row ? toVacancy(row) : null;
}

/** Jobnet's newer facts of a vacancy (not its status: that moves through the lifecycle). */
export async function updateVacancyFromJobnet(db: Db, tenantId: string, id: string, update: JobnetVacancyUpdate) {
  const row = await db
    .updateTable('vacancies')
    .set({
      title: update.title,
      positions: update.positions,
      deadline: update.deadline,
      location: update.location,
      postcode: update.postcode,
      ...jobnetColumns(update.jobnet),
      updated_at: sql<Date>`now()`,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVacancy(row);
}

export async function insertVacancy(db: Db, tenantId: string, vacancy: NewVacancy) {
  const row = await db
    .insertInto('vacancies')
    .values({
      tenant_id: tenantId,
      id: vacancy.id ?? randomUUID(),
      company_id: vacancy.companyId,
      title: vacancy.title,
      positions: vacancy.positions,
      deadline: vacancy.deadline,
      location: vacancy.location,
      postcode: vacancy.postcode,
      topics: vacancy.topics,
      status: vacancy.status,
      claimed_by: vacancy.claimedBy,
      section_id: vacancy.sectionId,
      interaction_id: vacancy.interactionId,
      created_by: vacancy.createdBy,
      ...jobnetColumns(vacancy.jobnet ?? null),
      ...(vacancy.createdAt && { created_at: vacancy.createdAt, updated_at: vacancy.createdAt }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVacancy(row);
}

export async function updateVacancyStatus(
  db: Db,
  tenantId: string,
  id: string,
  status: VacancyStatus,
  claimedBy: string | null,
) {
  const row = await db
    .updateTable('vacancies')
    .set({ status, claimed_by: claimedBy, updated_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVacancy(row);
}

export async function insertVacancyEvent(db: Db, tenantId: string, event: NewVacancyEvent) {
  const row = await db
    .insertInto('vacancy_events')
    .values({
      tenant_id: tenantId,
      id: randomUUID(),
      vacancy_id: event.vacancyId,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      actor_id: event.actorId,
      note: event.note,
      ...(event.at && { at: event.at }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVacancyEvent(row);
}

export async function listVacanciesPastDeadline(db: Db, tenantId: string, today: string, limit: number) {
  const rows = await db
    .selectFrom('vacancies')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('deadline', 'is not', null)
    .where('deadline', '<', today)
    .where('status', 'in', [...OPEN_STATUSES])
    .orderBy('deadline')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function listVacancyEvents(db: Db, tenantId: string, vacancyId: string) {
  const rows = await db
    .selectFrom('vacancy_events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('vacancy_id', '=', vacancyId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toVacancyEvent);
}

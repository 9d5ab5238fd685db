/**
 * Store queries for interactions (logged contacts): the timeline, topic counts, and who logged what.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toInteraction } from './row-mappers.js';
import { translateConflicts } from './translate-conflicts.js';
import type { NewInteraction, TimelineFilter, TimelinePosition } from '../../ports/store.js';

type Db = Kysely<Database>;

function entries(db: Db, tenantId: string) {
  return db
    .selectFrom('interactions as i')
    .leftJoin('staff as s', (join) => join.onRef('s.tenant_id', '=', 'i.tenant_id').onRef('s.id', '=', 'i.logged_by'))
    .selectAll('i')
    .select('s.name as logged_by_name')
    .select(
      sql<string[]>`coalesce((select array_agg(l.staff_id::text order by l.logged_at, l.seq) from interaction_loggers l
        where l.tenant_id = i.tenant_id and l.interaction_id = i.id), '{}')`.as('loggers'),
    )
    .where('i.tenant_id', '=', tenantId);
}

export async function getInteractionEntry(db: Db, tenantId: string, id: string) {
  const row = await entries(db, tenantId).where('i.id', '=', id).executeTakeFirst();
  return row ? { ...toInteraction(row), loggedByName: row.logged_by_name, loggers: row.loggers } : null;
}

export async function listInteractions(
  db: Db,
  tenantId: string,
  companyId: string,
  filter: TimelineFilter,
  after: TimelinePosition | null,
  limit: number,
) {
  let query = entries(db, tenantId).where('i.company_id', '=', companyId);
  if (filter.kinds?.length) query = query.where('i.kind', 'in', filter.kinds);
  if (filter.topics?.length) query = query.where(sql<boolean>`i.topics && ${sql.val(filter.topics)}::text[]`);
  if (filter.staffId) {
    const staffId = filter.staffId;
    query = query.where((eb) =>
      eb.or([
        eb('i.logged_by', '=', staffId),
        eb.exists(
          eb
            .selectFrom('interaction_loggers as l')
            .select('l.staff_id')
            .whereRef('l.tenant_id', '=', 'i.tenant_id')
            .whereRef('l.interaction_id', '=', 'i.id')
            .where('l.staff_id', '=', staffId),
        ),
      ]),
    );
  }
  if (filter.sectionId) query = query.where('i.section_id', '=', filter.sectionId);
  if (filter.from) query = query.where('i.occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('i.occurred_at', '<', filter.to);
  if (after) {
    query = query.where(sql<boolean>`(i.occurred_at, i.id) < (${after.occurredAt}, ${after.id}::uuid)`);
  }
  const rows = await query.orderBy('i.occurred_at', 'desc').orderBy('i.id', 'desc').limit(limit).execute();
  return rows.map((row) => ({ ...toInteraction(row), loggedByName: row.logged_by_name, loggers: row.loggers }));
}

export async function countInteractionsByTopic(db: Db, tenantId: string, companyId: string, since: Date) {
  const result = await sql<{ topic: string; count: number }>`
    select t.topic, count(*)::int as count
    from interactions i cross join lateral unnest(i.topics) as t(topic)
    where i.tenant_id = ${tenantId} and i.company_id = ${companyId} and i.occurred_at >= ${since}
    group by t.topic order by count desc, t.topic`.execute(db);
  return result.rows;
}

export async function insertInteraction(db: Db, tenantId: string, interaction: NewInteraction) {
  const id = interaction.id ?? randomUUID();
  const row = await translateConflicts(() =>
    db
      .insertInto('interactions')
      .values({
        tenant_id: tenantId,
        id,
        company_id: interaction.companyId,
        kind: interaction.kind,
        occurred_at: interaction.occurredAt,
        subject: interaction.subject,
        summary: interaction.summary,
        excerpt: interaction.excerpt,
        attachment_names: interaction.attachmentNames ?? [],
        topics: interaction.topics,
        direction: interaction.direction,
        participants: JSON.stringify(interaction.participants),
        source: interaction.source,
        source_key: interaction.sourceKey,
        visibility: interaction.visibility,
        logged_by: interaction.loggedBy,
        section_id: interaction.sectionId,
        shared_mailbox: interaction.sharedMailbox ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  const loggers = [...new Set([interaction.loggedBy, ...(interaction.coLoggers ?? [])])].filter(
    (staffId): staffId is string => staffId !== null,
  );
  // A contact from a shared mailbox names no person, so it may have no logger at all.
  if (loggers.length === 0) return toInteraction(row);
  await db
    .insertInto('interaction_loggers')
    .values(loggers.map((staffId) => ({ tenant_id: tenantId, interaction_id: id, staff_id: staffId })))
    .execute();
  return toInteraction(row);
}

export async function addInteractionLogger(
  db: Db,
  tenantId: string,
  interactionId: string,
  staffId: string,
): Promise<void> {
  await db
    .insertInto('interaction_loggers')
    .values({ tenant_id: tenantId, interaction_id: interactionId, staff_id: staffId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function companyOfInteraction(db: Db, tenantId: string, interactionId: string) {
  const row = await db
    .selectFrom('interactions')
    .select('company_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', interactionId)
    .executeTakeFirst();
  return row?.company_id ?? null;
}

export async function findLoggedItem(db: Db, tenantId: string, sourceKey: string) {
  const rows = await db
    .selectFrom('interactions as i')
    // A left join: an item logged from a shared mailbox has no person as logger, and is found all the same.
    .leftJoin('interaction_loggers as l', (join) =>
      join.onRef('l.tenant_id', '=', 'i.tenant_id').onRef('l.interaction_id', '=', 'i.id'),
    )
    .leftJoin('staff as s', (join) => join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.staff_id'))
    .select(['i.id', 'i.company_id', 'l.staff_id', 's.name'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.source_key', '=', sourceKey)
    .orderBy('l.logged_at')
    .orderBy('l.seq')
    .execute();
  const first = rows[0];
  if (!first) return null;
  return {
    interactionId: first.id,
    companyId: first.company_id,
    loggedBy: rows.flatMap((row) => (row.staff_id === null ? [] : [{ id: row.staff_id, name: row.name }])),
  };
}

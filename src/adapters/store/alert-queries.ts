import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { AlertOutboxTable, Database } from './db-schema.js';
import { toVacancy } from './row-mappers.js';
import type {
  AlertClaimOptions,
  AlertFailure,
  AlertKind,
  AlertLease,
  AlertOutboxRow,
  AlertStatus,
  AlertVacancy,
  ClaimedAlert,
} from '../../ports/store.js';

/**
 * The vacancy alert outbox on Kysely (PGlite and PostgreSQL alike). Rows are leased rather than
 * held under a lock across the HTTP call to Teams: the claim is one short transaction (so PGlite's
 * single connection is never held while we wait on the network), and a lease that runs out (the
 * instance died) hands the row to another instance.
 */
type Db = Kysely<Database>;

const APP_PACING_KEY = 'app';
const conversationPacingKey = (conversationId: string) => `conversation:${conversationId}`;

/** The outbox row a lease names, only while that lease still holds it. */
const heldLease = (tenantId: string, lease: AlertLease) => (eb: ExpressionBuilder<Database, 'alert_outbox'>) =>
  eb.and({ tenant_id: tenantId, id: lease.id, lease_token: lease.token });

export async function enqueueAlertPosts(
  db: Db,
  tenantId: string,
  vacancyId: string,
  conversationIds: readonly string[],
  now: Date,
) {
  if (conversationIds.length === 0) return 0;
  const result = await db
    .insertInto('alert_outbox')
    .values(
      conversationIds.map((conversationId) => ({
        tenant_id: tenantId,
        id: randomUUID(),
        vacancy_id: vacancyId,
        conversation_id: conversationId,
        kind: 'post',
        next_attempt_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'vacancy_id', 'conversation_id']).where('kind', '=', 'post').doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export async function enqueueAlertUpdates(db: Db, tenantId: string, vacancyId: string, now: Date) {
  const result = await sql`insert into alert_outbox (tenant_id, id, vacancy_id, conversation_id, kind, next_attempt_at)
    select tenant_id, gen_random_uuid(), vacancy_id, conversation_id, 'update', ${now}
    from alert_outbox
    where tenant_id = ${tenantId} and vacancy_id = ${vacancyId} and kind = 'post' and status <> 'dead'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Runs inside the caller's transaction: locks due rows (skipping others' locks), reserves slots, leases. */
export async function claimDueAlerts(tx: Db, tenantId: string, options: AlertClaimOptions): Promise<ClaimedAlert[]> {
  const { now } = options;
  const due = await tx
    .selectFrom('alert_outbox')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(options.limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (due.length === 0) return [];

  // Pacing rows are locked (not skipped): every instance reserves slots from the same clocks.
  const keys = [APP_PACING_KEY, ...new Set(due.map((row) => conversationPacingKey(row.conversation_id)))];
  await tx
    .insertInto('alert_pacing')
    .values(keys.map((key) => ({ tenant_id: tenantId, key, next_free_at: new Date(0) })))
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .execute();
  const pacing = await tx
    .selectFrom('alert_pacing')
    .select(['key', 'next_free_at'])
    .where('tenant_id', '=', tenantId)
    .where('key', 'in', keys)
    .orderBy('key')
    .forUpdate()
    .execute();
  const nextFree = new Map(pacing.map((row) => [row.key, new Date(row.next_free_at).getTime()]));

  const claimed: ClaimedAlert[] = [];
  const horizon = now.getTime() + options.maxAheadMs;
  for (const row of due) {
    const conversationKey = conversationPacingKey(row.conversation_id);
    const slot = Math.max(now.getTime(), nextFree.get(APP_PACING_KEY) ?? 0, nextFree.get(conversationKey) ?? 0);
    if (slot > horizon) continue;
    nextFree.set(APP_PACING_KEY, slot + options.appSpacingMs);
    nextFree.set(conversationKey, slot + options.conversationSpacingMs);
    const lease = { id: row.id, token: randomUUID() };
    await tx
      .updateTable('alert_outbox')
      .set({ lease_token: lease.token, lease_until: new Date(slot + options.leaseMs), updated_at: now })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', row.id)
      .execute();
    claimed.push({ ...toAlertRow(row), lease, slotAt: new Date(slot) });
  }
  for (const [key, at] of nextFree) {
    await tx
      .updateTable('alert_pacing')
      .set({ next_free_at: new Date(at) })
      .where('tenant_id', '=', tenantId)
      .where('key', '=', key)
      .execute();
  }
  return claimed;
}

export async function completeAlert(
  db: Db,
  tenantId: string,
  lease: AlertLease,
  sent: { activityId: string | null; postedConversationId: string | null },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('alert_outbox')
    .set({
      status: 'sent',
      activity_id: sent.activityId,
      posted_conversation_id: sent.postedConversationId,
      sent_at: now,
      updated_at: now,
      lease_token: null,
      lease_until: null,
      last_error: null,
    })
    .where(heldLease(tenantId, lease))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function failAlert(
  db: Db,
  tenantId: string,
  lease: AlertLease,
  failure: AlertFailure,
  now: Date,
): Promise<void> {
  const row = await db
    .updateTable('alert_outbox')
    .set((eb) => ({
      status: failure.retryAt ? 'pending' : 'dead',
      attempts: failure.countsAsAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
      next_attempt_at: failure.retryAt ?? now,
      last_error: failure.error.slice(0, 200),
      lease_token: null,
      lease_until: null,
      updated_at: now,
    }))
    .where(heldLease(tenantId, lease))
    .returning('conversation_id')
    .executeTakeFirst();
  if (row && failure.pauseConversationUntil) {
    await db
      .insertInto('alert_pacing')
      .values({
        tenant_id: tenantId,
        key: conversationPacingKey(row.conversation_id),
        next_free_at: failure.pauseConversationUntil,
        paused_until: failure.pauseConversationUntil,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'key']).doUpdateSet({
          next_free_at: sql<Date>`greatest(alert_pacing.next_free_at, excluded.next_free_at)`,
          paused_until: sql<Date>`greatest(alert_pacing.paused_until, excluded.paused_until)`,
        }),
      )
      .execute();
  }
}

export async function conversationPausedUntil(db: Db, tenantId: string, conversationId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('alert_pacing')
    .select('paused_until')
    .where('tenant_id', '=', tenantId)
    .where('key', '=', conversationPacingKey(conversationId))
    .executeTakeFirst();
  return row?.paused_until ? new Date(row.paused_until) : null;
}

export async function deferAlert(db: Db, tenantId: string, lease: AlertLease, until: Date): Promise<void> {
  await db
    .updateTable('alert_outbox')
    .set({ next_attempt_at: until, lease_token: null, lease_until: null })
    .where(heldLease(tenantId, lease))
    .execute();
}

export async function getAlertPost(db: Db, tenantId: string, vacancyId: string, conversationId: string) {
  const row = await db
    .selectFrom('alert_outbox')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('vacancy_id', '=', vacancyId)
    .where('conversation_id', '=', conversationId)
    .where('kind', '=', 'post')
    .executeTakeFirst();
  return row ? toAlertRow(row) : null;
}

export async function listAlerts(
  db: Db,
  tenantId: string,
  filter: { status?: AlertStatus; vacancyId?: string; limit: number },
) {
  let query = db.selectFrom('alert_outbox').selectAll().where('tenant_id', '=', tenantId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.vacancyId) query = query.where('vacancy_id', '=', filter.vacancyId);
  const rows = await query.orderBy('updated_at', 'desc').orderBy('id').limit(filter.limit).execute();
  return rows.map(toAlertRow);
}

export async function retryDeadAlert(db: Db, tenantId: string, id: string, now: Date) {
  const row = await db
    .updateTable('alert_outbox')
    .set({
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      updated_at: now,
      lease_token: null,
      lease_until: null,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .returningAll()
    .executeTakeFirst();
  return row ? toAlertRow(row) : null;
}

export async function getAlertVacancy(db: Db, tenantId: string, vacancyId: string): Promise<AlertVacancy | null> {
  const row = await db
    .selectFrom('vacancies as v')
    .innerJoin('companies as c', (join) =>
      join.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.company_id'),
    )
    .leftJoin('staff as s', (join) => join.onRef('s.tenant_id', '=', 'v.tenant_id').onRef('s.id', '=', 'v.claimed_by'))
    .selectAll('v')
    .select([
      'c.name as company_name',
      'c.industry_code',
      'c.postcode as company_postcode',
      's.name as claimed_by_name',
    ])
    .where('v.tenant_id', '=', tenantId)
    .where('v.id', '=', vacancyId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    vacancy: toVacancy(row),
    companyName: row.company_name,
    industryCode: row.industry_code,
    companyPostcode: row.company_postcode,
    claimedByName: row.claimed_by_name,
  };
}

function toAlertRow(row: Selectable<AlertOutboxTable>): AlertOutboxRow {
  return {
    id: row.id,
    vacancyId: row.vacancy_id,
    conversationId: row.conversation_id,
    kind: row.kind as AlertKind,
    status: row.status as AlertStatus,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    lastError: row.last_error,
    activityId: row.activity_id,
    postedConversationId: row.posted_conversation_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
  };
}

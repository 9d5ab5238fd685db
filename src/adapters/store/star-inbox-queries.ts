/**
 * Store queries for the inbox of STAR's messages (issue 17). Each takes the Kysely db (or
 * transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, StarMessagesTable } from './db-schema.js';
import type { JobordreMessage } from '../../domain/jobordre.js';
import type { StarInboxStatus, StarMessageJob, StarMessageOutcome } from '../../ports/store.js';

type Db = Kysely<Database>;

const RECENT_FAILURES = 10;

export async function enqueueStarMessage(db: Db, tenantId: string, message: JobordreMessage, now: Date) {
  const id = randomUUID();
  const inserted = await db
    .insertInto('star_messages')
    .values({
      tenant_id: tenantId,
      id,
      message_id: message.messageId,
      jobordre_id: message.jobordreId,
      change_type: message.changeType,
      occurred_at: message.occurredAt,
      received_at: now,
      status: 'queued',
      next_attempt_at: now,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'message_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, stored: true };
  const existing = await db
    .selectFrom('star_messages')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('message_id', '=', message.messageId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, stored: false };
}

export async function claimStarMessages(
  db: Db,
  tenantId: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<StarMessageJob[]> {
  const claim = async (tx: Db) => {
    const ids = await tx
      .selectFrom('star_messages')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('occurred_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (ids.length === 0) return [];
    const rows = await tx
      .updateTable('star_messages')
      .set({ lease_until: leaseUntil })
      .where('tenant_id', '=', tenantId)
      .where(
        'id',
        'in',
        ids.map((row) => row.id),
      )
      .returningAll()
      .execute();
    return rows.map(toJob).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  };
  return db.isTransaction ? claim(db) : db.transaction().execute(claim);
}

export async function finishStarMessage(
  db: Db,
  tenantId: string,
  id: string,
  outcome: StarMessageOutcome,
  now: Date,
): Promise<void> {
  await db
    .updateTable('star_messages')
    .set((eb) => ({
      status: outcome.status,
      outcome: outcome.status === 'dead' ? null : outcome.outcome,
      error_code: outcome.status === 'dead' ? outcome.errorCode : null,
      vacancy_id: outcome.status === 'done' ? outcome.vacancyId : null,
      attempts: eb('attempts', '+', 1),
      lease_until: null,
      finished_at: now,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function retryStarMessage(
  db: Db,
  tenantId: string,
  id: string,
  failure: { errorCode: string; retryAt: Date },
): Promise<void> {
  await db
    .updateTable('star_messages')
    .set((eb) => ({
      error_code: failure.errorCode,
      next_attempt_at: failure.retryAt,
      attempts: eb('attempts', '+', 1),
      lease_until: null,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function starInboxStatus(db: Db, tenantId: string): Promise<StarInboxStatus> {
  const counts = await db
    .selectFrom('star_messages')
    .select([
      'status',
      sql<string>`count(*)`.as('n'),
      sql<Date | null>`min(received_at) filter (where status = 'queued')`.as('oldest_queued'),
      sql<Date | null>`max(received_at)`.as('last_received'),
    ])
    .where('tenant_id', '=', tenantId)
    .groupBy('status')
    .execute();
  const failures = await db
    .selectFrom('star_messages')
    .select(['jobordre_id', 'error_code', 'attempts', 'finished_at', 'received_at'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'dead')
    .orderBy('finished_at', 'desc')
    .limit(RECENT_FAILURES)
    .execute();
  const count = (status: string) => Number(counts.find((row) => row.status === status)?.n ?? 0);
  const dates = (pick: (row: (typeof counts)[number]) => Date | null) =>
    counts
      .map(pick)
      .filter((at): at is Date => at !== null)
      .map((at) => new Date(at));
  const latest = (list: Date[]) => (list.length ? new Date(Math.max(...list.map((at) => at.getTime()))) : null);
  const earliest = (list: Date[]) => (list.length ? new Date(Math.min(...list.map((at) => at.getTime()))) : null);
  return {
    queued: count('queued'),
    done: count('done'),
    skipped: count('skipped'),
    dead: count('dead'),
    oldestQueuedAt: earliest(dates((row) => row.oldest_queued)),
    lastReceivedAt: latest(dates((row) => row.last_received)),
    recentFailures: failures.map((row) => ({
      jobordreId: row.jobordre_id,
      errorCode: row.error_code ?? 'UNKNOWN',
      attempts: row.attempts,
      at: new Date(row.finished_at ?? row.received_at),
    })),
  };
}

export async function nextStarMessageDue(db: Db, tenantId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('star_messages')
    .select(sql<Date | null>`min(next_attempt_at)`.as('due'))
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return row?.due ? new Date(row.due) : null;
}

function toJob(row: Selectable<StarMessagesTable>): StarMessageJob {
  return {
    id: row.id,
    messageId: row.message_id,
    jobordreId: row.jobordre_id,
    changeType: row.change_type as JobordreMessage['changeType'],
    occurredAt: new Date(row.occurred_at),
    receivedAt: new Date(row.received_at),
    attempts: row.attempts,
  };
}

/**
 * Store queries for the "Kontaktspor" category flow (issue 8): watched mailboxes, their Graph
 * subscriptions and delta links, and the tag-job queue. Each takes the Kysely db (or transaction)
 * and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, TagJobsTable } from './db-schema.js';
import type {
  DeltaFeed,
  GraphSubscriptionRecord,
  MailboxWatch,
  TagJob,
  TagJobOutcome,
  TagJobStatus,
} from '../../domain/tagging.js';

type Db = Kysely<Database>;

export async function upsertMailboxWatch(db: Db, tenantId: string, staffId: string): Promise<MailboxWatch | null> {
  // The mailbox is the staff member's Entra object id; demo staff (no oid yet) use their id, as the emulator does.
  const staff = await db
    .selectFrom('staff')
    .select(sql<string>`coalesce(entra_oid, id::text)`.as('graph_user_id'))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', staffId)
    .executeTakeFirst();
  if (!staff) return null;
  await db
    .insertInto('mailbox_watches')
    .values({ tenant_id: tenantId, owner_id: staffId, owner_kind: 'staff', graph_user_id: staff.graph_user_id })
    .onConflict((oc) => oc.columns(['tenant_id', 'owner_id']).doUpdateSet({ graph_user_id: staff.graph_user_id }))
    .execute();
  return getMailboxWatch(db, tenantId, staffId);
}

export async function upsertSharedMailboxWatch(
  db: Db,
  tenantId: string,
  sharedMailboxId: string,
  graphUserId: string,
): Promise<MailboxWatch> {
  await db
    .insertInto('mailbox_watches')
    .values({ tenant_id: tenantId, owner_id: sharedMailboxId, owner_kind: 'shared', graph_user_id: graphUserId })
    .onConflict((oc) => oc.columns(['tenant_id', 'owner_id']).doUpdateSet({ graph_user_id: graphUserId }))
    .execute();
  return (await getMailboxWatch(db, tenantId, sharedMailboxId))!;
}

export async function getMailboxWatch(db: Db, tenantId: string, ownerId: string): Promise<MailboxWatch | null> {
  const row = await db
    .selectFrom('mailbox_watches')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row ? toWatch(row) : null;
}

export async function listMailboxWatches(db: Db, tenantId: string): Promise<MailboxWatch[]> {
  const rows = await db
    .selectFrom('mailbox_watches')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .execute();
  return rows.map(toWatch);
}

function toWatch(row: Selectable<Database['mailbox_watches']>): MailboxWatch {
  return {
    ownerId: row.owner_id,
    ownerKind: row.owner_kind,
    graphUserId: row.graph_user_id,
    createdAt: new Date(row.created_at),
  };
}

/** Stops watching: the watch, its delta links and subscriptions go; the subscriptions are returned to delete at Graph. */
export async function deleteMailboxWatch(
  db: Db,
  tenantId: string,
  ownerId: string,
): Promise<GraphSubscriptionRecord[]> {
  const subscriptions = await listGraphSubscriptions(db, tenantId, { ownerId });
  await db
    .deleteFrom('graph_subscriptions')
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', ownerId)
    .execute();
  await db
    .deleteFrom('mailbox_delta_links')
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', ownerId)
    .execute();
  await db.deleteFrom('mailbox_watches').where('tenant_id', '=', tenantId).where('owner_id', '=', ownerId).execute();
  return subscriptions;
}

export async function saveGraphSubscription(db: Db, tenantId: string, record: GraphSubscriptionRecord): Promise<void> {
  const values = {
    owner_id: record.ownerId,
    resource: record.resource,
    client_state: record.clientState,
    expires_at: record.expiresAt,
  };
  await db
    .insertInto('graph_subscriptions')
    .values({ tenant_id: tenantId, id: record.id, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet(values))
    .execute();
}

export async function getGraphSubscription(
  db: Db,
  tenantId: string,
  id: string,
): Promise<GraphSubscriptionRecord | null> {
  const row = await db
    .selectFrom('graph_subscriptions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toSubscription(row) : null;
}

export async function listGraphSubscriptions(
  db: Db,
  tenantId: string,
  where: { ownerId: string } | { expiringBefore: Date },
): Promise<GraphSubscriptionRecord[]> {
  let query = db.selectFrom('graph_subscriptions').selectAll().where('tenant_id', '=', tenantId);
  query =
    'ownerId' in where
      ? query.where('owner_id', '=', where.ownerId)
      : query.where('expires_at', '<', where.expiringBefore);
  return (await query.orderBy('expires_at').execute()).map(toSubscription);
}

export async function deleteGraphSubscription(db: Db, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('graph_subscriptions').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

function toSubscription(row: Selectable<Database['graph_subscriptions']>): GraphSubscriptionRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    resource: row.resource,
    clientState: row.client_state,
    expiresAt: new Date(row.expires_at),
  };
}

export async function getDeltaLink(db: Db, tenantId: string, ownerId: string, feed: DeltaFeed): Promise<string | null> {
  const row = await db
    .selectFrom('mailbox_delta_links')
    .select('delta_link')
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', ownerId)
    .where('feed', '=', feed)
    .executeTakeFirst();
  return row?.delta_link ?? null;
}

export async function saveDeltaLink(
  db: Db,
  tenantId: string,
  ownerId: string,
  feed: DeltaFeed,
  deltaLink: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto('mailbox_delta_links')
    .values({ tenant_id: tenantId, owner_id: ownerId, feed, delta_link: deltaLink, synced_at: at })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'owner_id', 'feed']).doUpdateSet({ delta_link: deltaLink, synced_at: at }),
    )
    .execute();
}

/**
 * Queues an item to look at. A repeat (duplicated notification, delta after a notification) changes
 * nothing while the item is queued or waiting for a company; a cancelled or failed item is queued
 * again (tagged anew, or worth another try). A logged item is marked for a re-check instead: the
 * category may have been applied to it again, and only a look at the item tells. It stays logged
 * meanwhile, so it never shows as pending.
 */
export async function enqueueTagJob(
  db: Db,
  tenantId: string,
  job: { ownerId: string; kind: 'email' | 'meeting'; graphId: string },
  now: Date,
): Promise<void> {
  const queued = await db
    .insertInto('tag_jobs')
    .values({
      tenant_id: tenantId,
      id: randomUUID(),
      owner_id: job.ownerId,
      kind: job.kind,
      graph_id: job.graphId,
      status: 'queued',
      error_code: null,
      interaction_id: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'owner_id', 'kind', 'graph_id'])
        .doUpdateSet({ status: 'queued', attempts: 0, error_code: null, lease_until: null, updated_at: now })
        .where('tag_jobs.status', 'in', ['cancelled', 'failed']),
    )
    .executeTakeFirst();
  if (Number(queued.numInsertedOrUpdatedRows ?? 0) > 0) return;
  // The lease is left alone: a worker holding the job finishes it first, then the re-check follows.
  await db
    .updateTable('tag_jobs')
    .set({ recheck: true, attempts: 0, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', job.ownerId)
    .where('kind', '=', job.kind)
    .where('graph_id', '=', job.graphId)
    .where('status', '=', 'logged')
    .execute();
}

/**
 * Takes up to `limit` jobs to look at (queued, or logged and due a re-check) that nobody holds,
 * leasing them until `leaseUntil` and counting the attempt. SKIP LOCKED keeps two instances from
 * taking the same job; the lease lets a job whose worker died be taken again.
 */
export async function claimTagJobs(
  db: Db,
  tenantId: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<TagJob[]> {
  const claim = async (tx: Db) => {
    const ids = await tx
      .selectFrom('tag_jobs')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb.or([eb('status', '=', 'queued'), eb('recheck', '=', true)]))
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('updated_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (ids.length === 0) return [];
    const rows = await tx
      .updateTable('tag_jobs')
      .set((eb) => ({ lease_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
      .where('tenant_id', '=', tenantId)
      .where(
        'id',
        'in',
        ids.map((row) => row.id),
      )
      .returningAll()
      .execute();
    return rows.map(toTagJob);
  };
  return db.isTransaction ? claim(db) : db.transaction().execute(claim);
}

/**
 * Records what became of a job and releases its lease. A job sent back for another try keeps its
 * status, contact and re-check mark: a queued job stays queued, a logged one stays logged.
 */
export async function finishTagJob(
  db: Db,
  tenantId: string,
  id: string,
  outcome: TagJobOutcome,
  now: Date,
): Promise<void> {
  const settled =
    outcome.status === 'queued'
      ? {}
      : {
          status: outcome.status,
          interaction_id: outcome.status === 'logged' ? outcome.interactionId : null,
          recheck: false,
        };
  await db
    .updateTable('tag_jobs')
    .set({
      ...settled,
      error_code: 'errorCode' in outcome ? outcome.errorCode : null,
      candidate_ids: outcome.status === 'needs_company' ? outcome.candidateIds : [],
      lease_until: null,
      updated_at: now,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Forgets a job for an item that turned out not to be tagged (most notifications are other changes). */
export async function deleteTagJob(db: Db, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('tag_jobs').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function getTagJob(db: Db, tenantId: string, id: string): Promise<TagJob | null> {
  const row = await db
    .selectFrom('tag_jobs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toTagJob(row) : null;
}

/** An owner's jobs in the given states, newest first. */
export async function listTagJobs(
  db: Db,
  tenantId: string,
  ownerId: string,
  statuses: readonly TagJobStatus[],
  limit: number,
): Promise<TagJob[]> {
  if (statuses.length === 0) return [];
  const rows = await db
    .selectFrom('tag_jobs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', ownerId)
    .where('status', 'in', [...statuses])
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toTagJob);
}

function toTagJob(row: Selectable<TagJobsTable>): TagJob {
  return {
    id: row.id,
    ownerId: row.owner_id,
    kind: row.kind,
    graphId: row.graph_id,
    status: row.status,
    attempts: row.attempts,
    errorCode: row.error_code,
    candidateIds: row.candidate_ids ?? [],
    interactionId: row.interaction_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

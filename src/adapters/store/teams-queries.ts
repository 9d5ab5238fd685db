/**
 * Store queries for Teams: where the bot can write (conversation references) and channel subscriptions.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toConversationRef, toSubscription } from './row-mappers.js';
import type { ChannelSubscription, ConversationRef } from '../../domain/model.js';
import type { NewChannelSubscription } from '../../ports/store.js';

type Db = Kysely<Database>;

export async function saveConversationRef(db: Db, tenantId: string, ref: ConversationRef): Promise<void> {
  const values = {
    kind: ref.kind,
    team_id: ref.teamId,
    channel_id: ref.channelId,
    service_url: ref.serviceUrl,
    user_oid: ref.userOid,
    reference: JSON.stringify(ref.reference),
  };
  await db
    .insertInto('conversation_refs')
    .values({ tenant_id: tenantId, conversation_id: ref.conversationId, ...values })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'conversation_id']).doUpdateSet({ ...values, updated_at: sql<Date>`now()` }),
    )
    .execute();
}

export async function getConversationRef(
  db: Db,
  tenantId: string,
  conversationId: string,
): Promise<ConversationRef | null> {
  const row = await db
    .selectFrom('conversation_refs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
  return row ? toConversationRef(row) : null;
}

export async function deleteConversationRefs(
  db: Db,
  tenantId: string,
  where: { conversationId: string } | { teamId: string },
): Promise<number> {
  const result = await db
    .deleteFrom('conversation_refs')
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      'teamId' in where ? eb('team_id', '=', where.teamId) : eb('conversation_id', '=', where.conversationId),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listSubscriptions(
  db: Db,
  tenantId: string,
  conversationId?: string,
): Promise<ChannelSubscription[]> {
  let query = db.selectFrom('channel_subscriptions').selectAll().where('tenant_id', '=', tenantId);
  if (conversationId) query = query.where('conversation_id', '=', conversationId);
  const rows = await query.orderBy('created_at').orderBy('seq').execute();
  return rows.map(toSubscription);
}

export async function insertSubscription(db: Db, tenantId: string, input: NewChannelSubscription) {
  const row = await db
    .insertInto('channel_subscriptions')
    .values({
      tenant_id: tenantId,
      id: randomUUID(),
      conversation_id: input.conversationId,
      topics: input.topics,
      industry_prefixes: input.industryPrefixes,
      postcodes: input.postcodes,
      keywords: input.keywords,
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSubscription(row);
}

export async function deleteSubscriptions(
  db: Db,
  tenantId: string,
  where: { id: string } | { conversationId: string },
): Promise<number> {
  const result = await db
    .deleteFrom('channel_subscriptions')
    .where('tenant_id', '=', tenantId)
    .where((eb) => ('id' in where ? eb('id', '=', where.id) : eb('conversation_id', '=', where.conversationId)))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
/** Where the bot can write to this user in private (saved when they installed the app). */
export async function findPersonalConversationRef(
  db: Db,
  tenantId: string,
  userOid: string,
): Promise<ConversationRef | null> {
  const row = await db
    .selectFrom('conversation_refs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'personal')
    .where('user_oid', '=', userOid)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row ? toConversationRef(row) : null;
}

/**
 * Store queries for shared mailboxes (issue 17). Each takes the Kysely db (or transaction) and the
 * tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SharedMailboxesTable } from './db-schema.js';
import { translateConflicts } from './translate-conflicts.js';
import type { SharedMailbox } from '../../domain/shared-mailbox.js';
import type { NewSharedMailbox } from '../../ports/store/shared-mailbox-store.js';

type Db = Kysely<Database>;

export async function listSharedMailboxes(db: Db, tenantId: string): Promise<SharedMailbox[]> {
  const rows = await db
    .selectFrom('shared_mailboxes')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('address')
    .execute();
  return rows.map(toSharedMailbox);
}

export async function getSharedMailbox(db: Db, tenantId: string, id: string): Promise<SharedMailbox | null> {
  const row = await db
    .selectFrom('shared_mailboxes')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toSharedMailbox(row) : null;
}

export async function insertSharedMailbox(db: Db, tenantId: string, mailbox: NewSharedMailbox): Promise<SharedMailbox> {
  const row = await translateConflicts(() =>
    db
      .insertInto('shared_mailboxes')
      .values({
        tenant_id: tenantId,
        id: randomUUID(),
        address: mailbox.address.toLowerCase(),
        display_name: mailbox.displayName,
        section_id: mailbox.sectionId,
        graph_user_id: mailbox.graphUserId,
        created_by: mailbox.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toSharedMailbox(row);
}

export async function deleteSharedMailbox(db: Db, tenantId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('shared_mailboxes')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function toSharedMailbox(row: Selectable<SharedMailboxesTable>): SharedMailbox {
  return {
    id: row.id,
    address: row.address,
    displayName: row.display_name,
    sectionId: row.section_id,
    createdAt: new Date(row.created_at),
  };
}

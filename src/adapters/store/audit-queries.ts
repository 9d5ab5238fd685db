/**
 * Store queries for the audit log.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toAuditEntry } from './row-mappers.js';
import type { AuditEntry } from '../../domain/model.js';
import type { StoredAuditEntry } from '../../ports/store.js';

type Db = Kysely<Database>;

export async function appendAudit(db: Db, tenantId: string, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      tenant_id: tenantId,
      actor_id: entry.actorId,
      action: entry.action,
      company_id: entry.companyId ?? null,
      target_id: entry.targetId ?? null,
      criteria: entry.criteria ? JSON.stringify(entry.criteria) : null,
    })
    .execute();
}

export async function listAudit(
  db: Db,
  tenantId: string,
  options: { companyId?: string; limit: number },
): Promise<StoredAuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
  if (options.companyId) query = query.where('company_id', '=', options.companyId);
  const rows = await query.orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(toAuditEntry);
}

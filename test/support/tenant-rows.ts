import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/adapters/store/db-schema.js';
import { AUDIT } from '../../src/app/audit-actions.js';

/** The shared history's tables: a refused request must leave every one of them as it was. */
export const HISTORY_TABLES = [
  'companies',
  'company_domains',
  'contacts',
  'interactions',
  'interaction_loggers',
  'vacancies',
  'vacancy_events',
  'kpi_targets',
  'conversation_refs',
  'channel_subscriptions',
  // Privacy (issue 11): never-log lists and the tenant's decay/retention settings.
  'never_log_entries',
  'privacy_settings',
  'alert_outbox',
  'alert_pacing',
  // issue 8: the "Kontaktspor" category flow
  'mailbox_watches',
  'graph_subscriptions',
  'mailbox_delta_links',
  'tag_jobs',
  // issue 17: shared mailboxes in the category flow, STAR's inbox of jobordre messages
  'shared_mailboxes',
  'star_messages',
] as const;

/** The tenant's set-up tables, which no API request may change either. */
export const DIRECTORY_TABLES = ['staff', 'sections', 'topics'] as const;

/** Audit actions that record a read, search or listing; every other action records a change. */
export const READ_AUDIT_ACTION = /\.(read|search|list)$/;

/** The change actions the use cases name today (admin use cases may add more; they count too). */
export const WRITE_AUDIT_ACTIONS: readonly string[] = Object.values(AUDIT).filter(
  (action) => !READ_AUDIT_ACTION.test(action),
);

type TableName = keyof Database;

/** Rows per table for one tenant, counted directly in the database. */
export async function countTenantRows(
  db: Kysely<Database>,
  tenantId: string,
  tables: readonly TableName[] = [...HISTORY_TABLES, ...DIRECTORY_TABLES],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)} where tenant_id = ${tenantId}`.execute(db);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

/** How many audit entries of the tenant record a change (anything but a read, search or listing). */
export async function countWriteAudits(db: Kysely<Database>, tenantId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log
    where tenant_id = ${tenantId} and action !~ ${READ_AUDIT_ACTION.source}`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Every row of the tenant in every table (audit log included), each as its PostgreSQL text form,
 * sorted: two snapshots are equal exactly when nothing of the tenant was added, changed or removed.
 */
export async function snapshotTenant(db: Kysely<Database>, tenantId: string): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of [...HISTORY_TABLES, ...DIRECTORY_TABLES, 'audit_log'] as const) {
    const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} as t
      where t.tenant_id = ${tenantId} order by 1`.execute(db);
    snapshot[table] = rows.map((r) => r.row);
  }
  return snapshot;
}

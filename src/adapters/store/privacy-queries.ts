import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import type { PrivacyCutoffs, PrivacySettings } from '../../domain/privacy-policy.js';

/**
 * Privacy maintenance as set-based SQL: each step is one statement over the tenant's rows, led by
 * tenant_id and driven by the (tenant_id, occurred_at) / (tenant_id, company_id, occurred_at) /
 * (tenant_id, at) indexes, never a loop over rows. Every step is idempotent.
 */

export async function getPrivacySettings(db: Kysely<Database>, tenantId: string): Promise<PrivacySettings | null> {
  const row = await db.selectFrom('privacy_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  return row
    ? {
        summaryAfterDays: row.summary_after_days,
        metadataAfterDays: row.metadata_after_days,
        retentionYears: row.retention_years,
        auditRetentionDays: row.audit_retention_days,
      }
    : null;
}

export async function savePrivacySettings(
  db: Kysely<Database>,
  tenantId: string,
  settings: PrivacySettings,
  updatedBy: string,
): Promise<void> {
  const values = {
    summary_after_days: settings.summaryAfterDays,
    metadata_after_days: settings.metadataAfterDays,
    retention_years: settings.retentionYears,
    audit_retention_days: settings.auditRetentionDays,
    updated_by: updatedBy,
    updated_at: new Date(),
  };
  await db
    .insertInto('privacy_settings')
    .values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
    .execute();
}

/** Tenants with anyone in them: the ones the maintenance job visits. */
export async function listTenantIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('staff').select('tenant_id').distinct().orderBy('tenant_id').execute();
  return rows.map((row) => row.tenant_id);
}

/** Removes text that is older than the settings allow; returns how many contacts stepped down. */
export async function decayInteractions(
  db: Kysely<Database>,
  tenantId: string,
  cutoffs: Pick<PrivacyCutoffs, 'summaryBefore' | 'metadataBefore'>,
): Promise<{ toSummary: number; toMetadata: number }> {
  // Metadata first, so a contact old enough for both steps is counted once, as metadata.
  const toMetadata = await db
    .updateTable('interactions')
    .set({ subject: null, summary: null, excerpt: null, attachment_names: [], decayed_to: 'metadata' })
    .where('tenant_id', '=', tenantId)
    .where('occurred_at', '<', cutoffs.metadataBefore)
    .where((eb) => eb.or([eb('decayed_to', 'is', null), eb('decayed_to', '<>', 'metadata')]))
    .executeTakeFirst();
  const toSummary = await db
    .updateTable('interactions')
    .set({ excerpt: null, attachment_names: [], decayed_to: 'summary' })
    .where('tenant_id', '=', tenantId)
    .where('occurred_at', '<', cutoffs.summaryBefore)
    .where('decayed_to', 'is', null)
    .executeTakeFirst();
  return { toSummary: Number(toSummary.numUpdatedRows), toMetadata: Number(toMetadata.numUpdatedRows) };
}

/** Deletes every contact of the companies whose last contact is before the cutoff; returns how many. */
export async function deleteExpiredInteractions(
  db: Kysely<Database>,
  tenantId: string,
  lastContactBefore: Date,
): Promise<number> {
  const expired = sql`select company_id from interactions where tenant_id = ${tenantId}
    group by company_id having max(occurred_at) < ${lastContactBefore}`;
  // A vacancy outlives the email it came from; it only loses the link.
  await sql`update vacancies set interaction_id = null where tenant_id = ${tenantId} and interaction_id in (
    select id from interactions where tenant_id = ${tenantId} and company_id in (${expired}))`.execute(db);
  const deleted =
    await sql`delete from interactions where tenant_id = ${tenantId} and company_id in (${expired})`.execute(db);
  return Number(deleted.numAffectedRows ?? 0);
}

export async function deleteAuditBefore(db: Kysely<Database>, tenantId: string, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('audit_log')
    .where('tenant_id', '=', tenantId)
    .where('at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

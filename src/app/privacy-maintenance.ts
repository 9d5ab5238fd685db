import type { AuditStore, PrivacyStore, Transactional } from '../ports/store.js';

type TenantMaintenanceStore = Transactional<PrivacyStore & AuditStore>;
/** Every tenant's maintenance: the tenants, then each in its own transaction. */
export type MaintenanceStore = TenantMaintenanceStore & Pick<PrivacyStore, 'listTenantIds'>;
import { privacyCutoffs } from '../domain/privacy-policy.js';
import { privacySettingsOf } from './privacy-settings.js';
import { AUDIT } from './audit-actions.js';

export interface MaintenanceReport {
  tenantId: string;
  decayedToSummary: number;
  decayedToMetadata: number;
  interactionsDeleted: number;
  auditEntriesDeleted: number;
}

/**
 * One tenant's decay and retention at `now`: text steps down with age, a company's contacts go
 * when its last contact is older than the retention, old audit entries go. Idempotent; KPI counts
 * are untouched by decay (kind, date, topics, company and section stay). The run's summary is
 * written to the audit log after the audit clean-up, so it is never its own victim.
 */
export async function runPrivacyMaintenance(
  store: TenantMaintenanceStore,
  tenantId: string,
  now: Date,
): Promise<MaintenanceReport> {
  return store.withTransaction(async (tx) => {
    const cutoffs = privacyCutoffs(await privacySettingsOf(tx, tenantId), now);
    const interactionsDeleted = await tx.deleteExpiredInteractions(tenantId, cutoffs.lastContactBefore);
    const decayed = await tx.decayInteractions(tenantId, cutoffs);
    const auditEntriesDeleted = await tx.deleteAuditBefore(tenantId, cutoffs.auditBefore);
    const report = {
      tenantId,
      decayedToSummary: decayed.toSummary,
      decayedToMetadata: decayed.toMetadata,
      interactionsDeleted,
      auditEntriesDeleted,
    };
    const { tenantId: _, ...counts } = report;
    await tx.appendAudit(tenantId, {
      actorId: null,
      action: AUDIT.privacyMaintenance,
      criteria: { ...counts, at: now.toISOString() },
    });
    return report;
  });
}

/** Every tenant in turn; one tenant's failure does not stop the others. */
export async function runPrivacyMaintenanceForAll(
  store: MaintenanceStore,
  now: Date,
  onError: (tenantId: string, error: unknown) => void,
): Promise<MaintenanceReport[]> {
  const reports: MaintenanceReport[] = [];
  for (const tenantId of await store.listTenantIds()) {
    try {
      reports.push(await runPrivacyMaintenance(store, tenantId, now));
    } catch (error) {
      onError(tenantId, error);
    }
  }
  return reports;
}

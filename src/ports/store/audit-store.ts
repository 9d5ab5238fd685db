import type { AuditEntry } from '../../domain/model.js';

export type StoredAuditEntry = AuditEntry & { at: Date };

/** Who read or changed what, newest first. */
export interface AuditStore {
  appendAudit(tenantId: string, entry: AuditEntry): Promise<void>;
  listAudit(tenantId: string, options: { companyId?: string; limit: number }): Promise<StoredAuditEntry[]>;
}

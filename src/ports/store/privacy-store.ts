import type { Contact, Interaction } from '../../domain/model.js';
import type { PrivacyCutoffs, PrivacySettings } from '../../domain/privacy-policy.js';
import type { NeverLogKind, NeverLogRule } from '../../domain/never-log.js';
import type { StoredAuditEntry } from './audit-store.js';

/** Whose never-log list: the tenant's (staffId null) or one user's. */
export interface NeverLogOwner {
  staffId: string | null;
}

export interface NeverLogEntry extends NeverLogRule {
  createdAt: Date;
}

export interface DataSubjectRecords {
  contacts: Contact[];
  interactions: Interaction[];
  auditEntries: StoredAuditEntry[];
}

/**
 * Privacy by design (issue 11): settings, decay and retention, never-log lists and data-subject
 * requests. Set-based SQL in src/adapters/store/{privacy,never-log,data-subject}-queries.ts.
 */
export interface PrivacyStore {
  /** The tenant's settings, or null while it uses the defaults. */
  getPrivacySettings(tenantId: string): Promise<PrivacySettings | null>;
  savePrivacySettings(tenantId: string, settings: PrivacySettings, updatedBy: string): Promise<void>;
  /** Every tenant with staff: the one store function without a tenant, for the maintenance job. */
  listTenantIds(): Promise<string[]>;
  /** Removes text older than the cutoffs allow and records the tier it decayed to; idempotent. */
  decayInteractions(
    tenantId: string,
    cutoffs: Pick<PrivacyCutoffs, 'summaryBefore' | 'metadataBefore'>,
  ): Promise<{ toSummary: number; toMetadata: number }>;
  /** Deletes every contact of the companies whose last contact is before the cutoff; returns how many. */
  deleteExpiredInteractions(tenantId: string, lastContactBefore: Date): Promise<number>;
  deleteAuditBefore(tenantId: string, before: Date): Promise<number>;

  listNeverLogEntries(tenantId: string, owner: NeverLogOwner): Promise<NeverLogEntry[]>;
  /** The tenant's rules and the user's own: what a capture by that user is checked against. */
  neverLogRulesFor(tenantId: string, staffId: string): Promise<NeverLogRule[]>;
  /** Throws DomainError CONFLICT when the list already holds the value. */
  insertNeverLogEntry(
    tenantId: string,
    entry: NeverLogOwner & { kind: NeverLogKind; value: string; createdBy: string },
  ): Promise<NeverLogEntry>;
  deleteNeverLogEntry(tenantId: string, owner: NeverLogOwner, id: string): Promise<number>;
  /** Deletes (or with dryRun counts) contacts whose participants the rules cover; a user's purge only their own. */
  purgeNeverLogged(
    tenantId: string,
    rules: { addresses: string[]; domains: string[] },
    options: { loggedBy: string | null; dryRun: boolean },
  ): Promise<{ interactions: number; contacts: number }>;

  /** Everything stored about a contact person, by address. */
  findDataSubject(tenantId: string, email: string): Promise<DataSubjectRecords>;
  namesOfDataSubject(tenantId: string, email: string): Promise<string[]>;
  /** Removes the person's rows and participant entries, and replaces their address and names in all stored text. */
  eraseDataSubject(
    tenantId: string,
    email: string,
    terms: { address: string; names: string[] },
    placeholder: string,
  ): Promise<{ contactsDeleted: number; participantEntriesRemoved: number; rowsRewritten: number }>;
}

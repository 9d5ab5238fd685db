import type { Section, Staff } from '../../domain/model.js';
import type { Topic } from '../../domain/topics.js';
import type { StaffEmailClash } from '../../domain/staff-identity.js';

export type NewStaff = Omit<Staff, 'id'> & { id?: string; entraOid?: string | null };

/** The tenant's staff, sections and topics. */
export interface DirectoryStore {
  /** The earliest staff row with this email (an email is an attribute and may be shared). */
  findStaffByEmail(tenantId: string, email: string): Promise<Staff | null>;
  findStaffByOid(tenantId: string, oid: string): Promise<Staff | null>;
  listStaff(tenantId: string, ids?: readonly string[]): Promise<Staff[]>;
  /** A provisioned staff row; with `entraOid` it is already that Entra user's (the demo's fake directory). */
  insertStaff(tenantId: string, staff: NewStaff): Promise<Staff>;
  /**
   * The staff row of a signed-in Entra user, always by (tenant, object id): found, else a row
   * provisioned by email that no one has signed in to yet is claimed, else created. A row with an
   * object id is never taken over by another one. Name and email follow the directory.
   */
  upsertStaffIdentity(
    tenantId: string,
    identity: { oid: string; email: string; name: string; sectionId: string | null },
  ): Promise<Staff>;
  /** Staff rows that share an email with another row, grouped by email. */
  listStaffEmailClashes(tenantId: string): Promise<StaffEmailClash[]>;
  listSections(tenantId: string): Promise<Section[]>;
  insertSection(tenantId: string, section: Section): Promise<void>;
  listTopics(tenantId: string): Promise<Topic[]>;
  replaceTopics(tenantId: string, topics: readonly Topic[]): Promise<void>;
}

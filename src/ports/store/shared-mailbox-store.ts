import type { SharedMailbox } from '../../domain/shared-mailbox.js';

export interface NewSharedMailbox {
  /** Lower case; one per tenant. */
  address: string;
  displayName: string | null;
  sectionId: string;
  /** The mailbox's Graph user id, as Graph resolved the address. */
  graphUserId: string;
  createdBy: string;
}

/** The shared (functional) mailboxes an admin configured for the category flow (issue 17). */
export interface SharedMailboxStore {
  listSharedMailboxes(tenantId: string): Promise<SharedMailbox[]>;
  getSharedMailbox(tenantId: string, id: string): Promise<SharedMailbox | null>;
  /** Adds one; an address already configured in the tenant is a CONFLICT. */
  insertSharedMailbox(tenantId: string, mailbox: NewSharedMailbox): Promise<SharedMailbox>;
  /** Removes one; false when there was none. Its watch is stopped separately (TaggingStore). */
  deleteSharedMailbox(tenantId: string, id: string): Promise<boolean>;
}

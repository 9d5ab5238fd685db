import type { Contact } from '../../domain/model.js';
import type { ContactHit } from '../../domain/company-matching.js';

export type NewContact = Omit<Contact, 'id'> & { id?: string };

/** A company's contact persons. */
export interface ContactStore {
  findContactsByEmails(tenantId: string, emails: readonly string[]): Promise<ContactHit[]>;
  listContacts(tenantId: string, companyId: string): Promise<Contact[]>;
  /** Throws DomainError CONFLICT when the address is already a contact person. */
  insertContact(tenantId: string, contact: NewContact): Promise<Contact>;
  /**
   * Makes `email` a contact person of the company: creates the contact, or moves an existing one
   * with that address here. Returns the company it belonged to before, if another.
   */
  assignContactEmail(
    tenantId: string,
    contact: { companyId: string; email: string; name: string | null; phone?: string | null; title?: string | null },
  ): Promise<{ contact: Contact; previousCompanyId: string | null }>;
}

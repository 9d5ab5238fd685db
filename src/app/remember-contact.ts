import type { AuditStore, CompanyStore, ContactStore, PrivacyStore, Transactional } from '../ports/store.js';

export type RememberContactStore = Transactional<
  Pick<CompanyStore, 'getCompanySummaries' | 'resolveCompanyId'> &
    ContactStore &
    Pick<PrivacyStore, 'neverLogRulesFor'> &
    AuditStore
>;
import type { Actor, Contact } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { classifyAddress, normalizeEmail } from '../domain/email-address.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';
import { assertNotNeverLogged } from './never-log.js';

/** The company's contact persons. */
export async function listCompanyContacts(
  {
    store,
  }: { store: Pick<CompanyStore, 'getCompanySummaries' | 'resolveCompanyId'> & Pick<ContactStore, 'listContacts'> },
  actor: Actor,
  requestedId: string,
): Promise<Contact[]> {
  const companyId = await currentCompanyId(store, actor, requestedId);
  const [company] = await store.getCompanySummaries(actor.tenantId, [companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  return store.listContacts(actor.tenantId, companyId);
}

/**
 * Remembers that an address belongs to a company (a choice made in the Outlook pane), so the next
 * email from it matches that company. A freemail address may be a contact person; our own may not.
 */
export async function rememberContact(
  { store }: { store: RememberContactStore },
  actor: Actor,
  requestedId: string,
  input: {
    email: string;
    name?: string | null | undefined;
    phone?: string | null | undefined;
    title?: string | null | undefined;
  },
  ownDomains: readonly string[],
): Promise<{ contact: Contact; movedFrom: string | null }> {
  const email = normalizeEmail(input.email);
  if (email === null) throw new DomainError('VALIDATION_FAILED', 'email: not an email address.');
  if (classifyAddress(email, ownDomains) === 'own') {
    throw new DomainError('VALIDATION_FAILED', "email: the jobcenter's own addresses are not company contacts.");
  }
  return store.withTransaction(async (tx) => {
    const companyId = await currentCompanyId(tx, actor, requestedId);
    const [company] = await tx.getCompanySummaries(actor.tenantId, [companyId]);
    if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
    await assertNotNeverLogged(tx, actor, [email]);
    const { contact, previousCompanyId } = await tx.assignContactEmail(actor.tenantId, {
      companyId,
      email,
      name: input.name?.trim() || null,
      phone: input.phone?.trim() || null,
      title: input.title?.trim() || null,
    });
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.contactAssign,
      companyId,
      targetId: contact.id,
      criteria: previousCompanyId ? { movedFrom: previousCompanyId } : null,
    });
    return { contact, movedFrom: previousCompanyId };
  });
}

import type { AuditStore, PrivacyStore, Transactional } from '../ports/store.js';
import type { Actor, AuditEntry, Contact, Interaction } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { normalizeEmail } from '../domain/email-address.js';
import { AUDIT } from './audit-actions.js';
import { assertAdmin } from './admin.js';
import { fingerprint } from './secrets.js';

/** What replaces an erased person's name and address in stored text. */
export const ERASED = '[slettet]';

export interface DataSubjectExport {
  email: string;
  contacts: Contact[];
  /** As stored (an admin answering the person sees everything kept about them). */
  interactions: Interaction[];
  auditEntries: (AuditEntry & { at: Date })[];
}

/** The audit log records who asked about whom by a hash of the address, never the address itself. */
export function subjectRef(email: string): Promise<string> {
  return fingerprint(email);
}

function requireEmail(input: string): string {
  const email = normalizeEmail(input);
  if (!email) throw new DomainError('VALIDATION_FAILED', 'email: not an email address.');
  return email;
}

/** Everything stored about a contact person (admins; audited). */
export async function exportDataSubject(
  { store }: { store: PrivacyStore & AuditStore },
  actor: Actor,
  input: { email: string },
): Promise<DataSubjectExport> {
  assertAdmin(actor);
  const email = requireEmail(input.email);
  const records = await store.findDataSubject(actor.tenantId, email);
  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.dataSubjectExport,
    criteria: {
      subject: await subjectRef(email),
      contacts: records.contacts.map((c) => c.id),
      interactions: records.interactions.length,
    },
  });
  return { email, ...records };
}

export interface ErasureResult {
  contactsDeleted: number;
  participantEntriesRemoved: number;
  rowsRewritten: number;
}

/**
 * Erases a contact person (admins, `confirm: true`): their contact rows and participant entries go,
 * and their address and names are replaced by ERASED in every stored text of the tenant, the
 * audit log included. The erasure itself is audited by a hash of the address.
 */
export async function eraseDataSubject(
  { store }: { store: Transactional<PrivacyStore & AuditStore> },
  actor: Actor,
  input: { email: string; confirm: boolean },
): Promise<ErasureResult> {
  assertAdmin(actor);
  if (input.confirm !== true) throw new DomainError('VALIDATION_FAILED', 'confirm: must be true to erase.');
  const email = requireEmail(input.email);
  return store.withTransaction(async (tx) => {
    const records = await tx.findDataSubject(actor.tenantId, email);
    // Only names long enough to be a name: "Bo" alone would rewrite half the history.
    const names = (await tx.namesOfDataSubject(actor.tenantId, email))
      .map((name) => name.trim())
      .filter((name) => name.length >= 4);
    const result = await tx.eraseDataSubject(actor.tenantId, email, { address: email, names }, ERASED);
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.dataSubjectErase,
      targetId: records.contacts[0]?.id ?? null,
      criteria: { subject: await subjectRef(email), contacts: records.contacts.map((c) => c.id), ...result },
    });
    return result;
  });
}

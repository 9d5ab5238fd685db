import { MailSourceError, type CapturedItem, type MailboxAccess, type MailSource } from '../ports/mail-source.js';
import type { Actor } from '../domain/model.js';
import { DomainError, type ErrorCode } from '../domain/errors.js';

/** An Outlook item as the add-in names it. */
export interface ItemRef {
  kind: 'email' | 'meeting';
  itemId: string;
  /** office.js on desktop gives EWS ids; Graph wants REST ids. */
  itemIdType: 'rest' | 'ews';
  /** The shared mailbox the item is in (its SMTP address, from office.js getSharedPropertiesAsync); the caller's own when absent. */
  sharedMailbox?: string | undefined;
}

/**
 * The mailbox the caller has open, reached on their behalf: their own, or a shared one they were
 * given access to. The caller's own address is their own mailbox, whatever the pane called it.
 */
export function userMailbox(actor: Actor, sharedMailbox?: string): MailboxAccess {
  if (!actor.userAssertion) throw new DomainError('AUTH_REQUIRED', 'Sign in again so Kontaktspor can read this item.');
  const access: MailboxAccess = { kind: 'user', tenantId: actor.tenantId, assertion: actor.userAssertion };
  const shared = sharedMailbox?.trim().toLowerCase();
  return shared && shared !== actor.email.trim().toLowerCase() ? { ...access, sharedMailbox: shared } : access;
}

/** Whether the access reads a shared mailbox on the user's behalf (Mail.Read.Shared: nothing is written there). */
export function isSharedMailbox(access: MailboxAccess): boolean {
  return access.kind === 'user' && Boolean(access.sharedMailbox);
}

export function requireMailSource(mailSource: MailSource | undefined): MailSource {
  if (!mailSource) throw new DomainError('UNAVAILABLE', 'Mailbox access is not configured.');
  return mailSource;
}

/** Reads the item through Graph; mail-source failures come back in the service's own codes. */
export async function readOutlookItem(
  mailSource: MailSource,
  access: MailboxAccess,
  ref: ItemRef,
): Promise<{ restId: string; item: CapturedItem }> {
  const shared = isSharedMailbox(access);
  const restId = await translated(() => toRestId(mailSource, access, ref), shared);
  const item = await translated(
    () => (ref.kind === 'email' ? mailSource.getMessage(access, restId) : mailSource.getEvent(access, restId)),
    shared,
  );
  return { restId, item };
}

async function toRestId(mailSource: MailSource, access: MailboxAccess, ref: ItemRef): Promise<string> {
  if (ref.itemIdType === 'rest') return ref.itemId;
  const ids = await mailSource.toRestIds(access, [ref.itemId]);
  const restId = ids.get(ref.itemId);
  if (!restId) throw new MailSourceError('NOT_FOUND', 'The item id could not be translated.');
  return restId;
}

const CODES: Record<MailSourceError['code'], ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  THROTTLED: 'THROTTLED',
  UNAVAILABLE: 'UNAVAILABLE',
  AUTH_REQUIRED: 'AUTH_REQUIRED',
  // Only item reads come through here: what Graph refuses as malformed is the item id.
  REJECTED: 'ITEM_ID_INVALID',
};

/** Every code reading an item may answer (the HTTP document lists them for the routes that read one). */
export const ITEM_READ_ERRORS: readonly ErrorCode[] = [...new Set(Object.values(CODES)), 'SHARED_MAILBOX_DENIED'];

const SHARED_DENIED =
  'You have no access to the shared mailbox: ask an administrator for access to it (and Kontaktspor for Mail.Read.Shared).';

async function translated<T>(read: () => Promise<T>, shared: boolean): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof MailSourceError)) throw error;
    // In a shared mailbox a refusal is about the mailbox (no grant, no consent), not this one item.
    if (shared && error.code === 'FORBIDDEN') throw new DomainError('SHARED_MAILBOX_DENIED', SHARED_DENIED);
    const message = error.code === 'REJECTED' ? 'Microsoft Graph does not accept this item id.' : error.message;
    throw new DomainError(CODES[error.code], message, error.claims);
  }
}

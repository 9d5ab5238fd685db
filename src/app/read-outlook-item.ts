import { MailSourceError, type CapturedItem, type MailboxAccess, type MailSource } from '../ports/mail-source.js';
import type { Actor } from '../domain/model.js';
import { DomainError, type ErrorCode } from '../domain/errors.js';

/** An Outlook item as the add-in names it. */
export interface ItemRef {
  kind: 'email' | 'meeting';
  itemId: string;
  /** office.js on desktop gives EWS ids; Graph wants REST ids. */
  itemIdType: 'rest' | 'ews';
}

/** The caller's own mailbox, reached on their behalf. */
export function userMailbox(actor: Actor): MailboxAccess {
  if (!actor.userAssertion) throw new DomainError('AUTH_REQUIRED', 'Sign in again so Kontaktspor can read this item.');
  return { kind: 'user', tenantId: actor.tenantId, assertion: actor.userAssertion };
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
  const restId = await translated(() => toRestId(mailSource, access, ref));
  const item = await translated(() =>
    ref.kind === 'email' ? mailSource.getMessage(access, restId) : mailSource.getEvent(access, restId),
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
export const ITEM_READ_ERRORS: readonly ErrorCode[] = [...new Set(Object.values(CODES))];

async function translated<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof MailSourceError)) throw error;
    const message = error.code === 'REJECTED' ? 'Microsoft Graph does not accept this item id.' : error.message;
    throw new DomainError(CODES[error.code], message, error.claims);
  }
}

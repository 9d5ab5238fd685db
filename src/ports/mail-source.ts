import type { Participant } from '../domain/model.js';

/** An email or meeting as read from the user's mailbox, mapped to what the history keeps. */
export interface CapturedItem {
  kind: 'email' | 'meeting';
  /** Graph's REST id in the mailbox it was read from (differs per mailbox). */
  graphId: string;
  /** One shared key per tenant: see domain/source-key.ts. */
  sourceKey: string;
  internetMessageId: string | null;
  iCalUId: string | null;
  /** Received/sent time of an email; start of a meeting (UTC). */
  occurredAt: Date;
  endsAt: Date | null;
  isAllDay: boolean;
  subject: string | null;
  /** Plain text from the body: sanitized and bounded. Never logged. */
  excerpt: string | null;
  attachmentNames: string[];
  participants: Participant[];
  direction: 'inbound' | 'outbound' | null;
  categories: string[];
  isDraft: boolean;
  /** A meeting its organiser cancelled: it did not take place, so it is no contact (emails: false). */
  isCancelled: boolean;
}

export interface MailProfile {
  id: string;
  displayName: string | null;
  mail: string | null;
  userPrincipalName: string | null;
  department: string | null;
}

/**
 * Whose mailbox to read: the signed-in user's (on-behalf-of their token), a shared mailbox they
 * have delegate access to (`sharedMailbox`: its SMTP address; Graph `/users/{address}/…` with
 * Mail.Read.Shared), or, app-only, a mailbox by id.
 */
export type MailboxAccess =
  | { kind: 'user'; tenantId: string; assertion: string; sharedMailbox?: string }
  | { kind: 'app'; tenantId: string; userId: string };

/**
 * Closed set of failures the mail source reports, whatever the provider said. REJECTED: the
 * provider refused the request itself as malformed (Graph 400, e.g. an id it cannot parse); asking
 * again will not help.
 */
export type MailSourceErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'THROTTLED' | 'UNAVAILABLE' | 'AUTH_REQUIRED' | 'REJECTED';

export class MailSourceError extends Error {
  constructor(
    readonly code: MailSourceErrorCode,
    message: string,
    /** For AUTH_REQUIRED: the claims challenge the client passes back when it asks for consent again. */
    readonly claims?: string,
  ) {
    super(message);
    this.name = 'MailSourceError';
  }
}

/** Reads and tags the user's Outlook items (Microsoft Graph in production, the emulator in demo and tests). */
export interface MailSource {
  getMessage(access: MailboxAccess, restId: string): Promise<CapturedItem>;
  getEvent(access: MailboxAccess, restId: string): Promise<CapturedItem>;
  getProfile(access: MailboxAccess): Promise<MailProfile>;
  /** Adds a category without dropping the item's others; creates the master category when missing. */
  addCategory(
    access: MailboxAccess,
    item: { kind: 'email' | 'meeting'; restId: string },
    category: string,
  ): Promise<void>;
  /** EWS ids (from office.js on desktop) -> REST ids. */
  toRestIds(access: MailboxAccess, ewsIds: readonly string[]): Promise<Map<string, string>>;
}

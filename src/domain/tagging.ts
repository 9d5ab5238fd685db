/**
 * The "Kontaktspor" category as a way to log: staff tag an email or meeting in any Outlook client
 * and the service, watching their mailbox, logs it. Pure types and rules; no I/O.
 */

/** Whose mailbox is watched: a staff member's own (they opted in) or a shared one an admin configured. */
export type WatchOwnerKind = 'staff' | 'shared';

/** A mailbox the service watches. Its subscriptions, delta links and tag jobs belong to its owner. */
export interface MailboxWatch {
  /** The staff member's id, or the shared mailbox's id (both UUIDs, so never the same). */
  ownerId: string;
  ownerKind: WatchOwnerKind;
  /** The mailbox's Graph user id (the owner's Entra object id, or the shared mailbox's). */
  graphUserId: string;
  createdAt: Date;
}

export type WatchedResource = 'messages' | 'events';

/** A Graph change-notification subscription the service holds for a watched mailbox. */
export interface GraphSubscriptionRecord {
  id: string;
  /** The watched mailbox's owner (MailboxWatch.ownerId). */
  ownerId: string;
  resource: WatchedResource;
  /** Random per subscription; Graph echoes it in every notification. A secret: never logged. */
  clientState: string;
  expiresAt: Date;
}

/** The delta feeds a catch-up run reads: messages per folder, events through a calendar view. */
export const DELTA_FEEDS = ['inbox', 'sentitems', 'calendar'] as const;
export type DeltaFeed = (typeof DELTA_FEEDS)[number];

export const TAG_JOB_STATUSES = ['queued', 'needs_company', 'logged', 'cancelled', 'failed'] as const;
export type TagJobStatus = (typeof TAG_JOB_STATUSES)[number];

/** One item to look at: ids and state only, never content. */
export interface TagJob {
  id: string;
  /** The watched mailbox's owner (MailboxWatch.ownerId). */
  ownerId: string;
  kind: 'email' | 'meeting';
  /** The item's (immutable) id in the watched mailbox. */
  graphId: string;
  status: TagJobStatus;
  attempts: number;
  errorCode: string | null;
  /** Companies the user may choose from when the sender was ambiguous. */
  candidateIds: string[];
  interactionId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a processed job became. */
export type TagJobOutcome =
  | { status: 'logged'; interactionId: string }
  | { status: 'needs_company'; candidateIds: string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; errorCode: string }
  /** Retry later (throttled, Graph down): back to the queue. */
  | { status: 'queued'; errorCode: string };

/** Whether the item carries the trigger category (Outlook compares category names case-insensitively). */
export function hasCategory(categories: readonly string[], name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return categories.some((category) => category.trim().toLowerCase() === wanted);
}

/** Categories after logging: the trigger replaced by the "logged" marker, the others kept. */
export function replaceCategory(categories: readonly string[], from: string, to: string): string[] {
  const kept = categories.filter((category) => !hasCategory([category], from) && !hasCategory([category], to));
  return [...kept, to];
}

/** The company to log under, when the ranked matches name exactly one; otherwise the user chooses. */
export function unambiguousCompany(ranked: readonly { companyId: string }[]): string | null {
  const ids = new Set(ranked.map((match) => match.companyId));
  return ids.size === 1 ? ranked[0]!.companyId : null;
}

/** Failures worth trying again later rather than giving up on. */
export function isTransient(code: string): boolean {
  return code === 'THROTTLED' || code === 'UNAVAILABLE';
}

/** How often a job is tried before it is marked failed. */
export const MAX_TAG_ATTEMPTS = 5;

import type { MailboxAccess } from './mail-source.js';
import type { DeltaFeed, WatchedResource } from '../domain/tagging.js';

/** One changed item from a delta query: ids and categories only. */
export interface DeltaChange {
  kind: 'email' | 'meeting';
  graphId: string;
  categories: string[];
  /** Deleted or moved out of the feed. */
  removed: boolean;
}

/** App-only mailbox access for a watched mailbox. */
export type AppMailbox = Extract<MailboxAccess, { kind: 'app' }>;

/**
 * Watches mailboxes for the "Kontaktspor" category (Microsoft Graph in production, the emulator in
 * demo and tests): change-notification subscriptions, delta queries, and rewriting an item's
 * categories. Failures are MailSourceError codes (NOT_FOUND when a subscription is gone).
 */
export interface MailboxWatchSource {
  /**
   * The mailbox behind an address (app-only `GET /users/{address}` and its mailbox settings):
   * its Graph user id, display name, and whether it is a shared mailbox (userPurpose 'shared').
   */
  resolveMailbox(access: AppMailbox): Promise<{ id: string; displayName: string | null; shared: boolean }>;
  createSubscription(
    access: AppMailbox,
    input: { resource: WatchedResource; notificationUrl: string; clientState: string; expiresAt: Date },
  ): Promise<{ id: string; expiresAt: Date }>;
  renewSubscription(access: AppMailbox, id: string, expiresAt: Date): Promise<{ expiresAt: Date }>;
  deleteSubscription(access: AppMailbox, id: string): Promise<void>;
  /**
   * Changes since `deltaLink` (everything in the feed when null), all pages followed. The calendar
   * feed is a calendar view over `window` (Graph v1.0 has no unbounded event delta).
   */
  delta(
    access: AppMailbox,
    feed: DeltaFeed,
    deltaLink: string | null,
    window: { start: Date; end: Date },
  ): Promise<{ changes: DeltaChange[]; deltaLink: string }>;
  /** Writes the item's whole category list (Graph's PATCH replaces it). */
  setCategories(
    access: AppMailbox,
    item: { kind: 'email' | 'meeting'; restId: string },
    categories: string[],
  ): Promise<void>;
}

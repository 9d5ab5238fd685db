import type {
  DeltaFeed,
  GraphSubscriptionRecord,
  MailboxWatch,
  TagJob,
  TagJobOutcome,
  TagJobStatus,
} from '../../domain/tagging.js';

export interface NewTagJob {
  ownerId: string;
  kind: 'email' | 'meeting';
  graphId: string;
}

/** The "Kontaktspor" category flow (issue 8): watched mailboxes, Graph subscriptions, delta links, tag jobs. */
export interface TaggingStore {
  /** Starts (or keeps) watching a staff member's mailbox; null when there is no such staff member. */
  upsertMailboxWatch(tenantId: string, staffId: string): Promise<MailboxWatch | null>;
  /** Starts (or keeps) watching a shared mailbox, resolved at Graph to `graphUserId`. */
  upsertSharedMailboxWatch(tenantId: string, sharedMailboxId: string, graphUserId: string): Promise<MailboxWatch>;
  /** The watch of a staff member's or a shared mailbox's mailbox (by its owner id). */
  getMailboxWatch(tenantId: string, ownerId: string): Promise<MailboxWatch | null>;
  listMailboxWatches(tenantId: string): Promise<MailboxWatch[]>;
  /** Stops watching; returns the Graph subscriptions that were held for it (to delete at Graph). */
  deleteMailboxWatch(tenantId: string, ownerId: string): Promise<GraphSubscriptionRecord[]>;
  saveGraphSubscription(tenantId: string, subscription: GraphSubscriptionRecord): Promise<void>;
  getGraphSubscription(tenantId: string, id: string): Promise<GraphSubscriptionRecord | null>;
  listGraphSubscriptions(
    tenantId: string,
    where: { ownerId: string } | { expiringBefore: Date },
  ): Promise<GraphSubscriptionRecord[]>;
  deleteGraphSubscription(tenantId: string, id: string): Promise<void>;
  getDeltaLink(tenantId: string, ownerId: string, feed: DeltaFeed): Promise<string | null>;
  saveDeltaLink(tenantId: string, ownerId: string, feed: DeltaFeed, deltaLink: string, at: Date): Promise<void>;
  /** Queues an item; a repeat is a no-op unless the earlier job was cancelled or failed. */
  enqueueTagJob(tenantId: string, job: NewTagJob, now: Date): Promise<void>;
  /** Leases up to `limit` queued jobs (SKIP LOCKED; an expired lease may be taken again). */
  claimTagJobs(tenantId: string, now: Date, leaseUntil: Date, limit: number): Promise<TagJob[]>;
  finishTagJob(tenantId: string, id: string, outcome: TagJobOutcome, now: Date): Promise<void>;
  deleteTagJob(tenantId: string, id: string): Promise<void>;
  getTagJob(tenantId: string, id: string): Promise<TagJob | null>;
  /** An owner's jobs in the given states, newest first (a staff member's, or a shared mailbox's). */
  listTagJobs(tenantId: string, ownerId: string, statuses: readonly TagJobStatus[], limit: number): Promise<TagJob[]>;
}

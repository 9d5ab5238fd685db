import type {
  DeltaFeed,
  GraphSubscriptionRecord,
  MailboxWatch,
  TagJob,
  TagJobOutcome,
  TagJobStatus,
} from '../../domain/tagging.js';

export interface NewTagJob {
  staffId: string;
  kind: 'email' | 'meeting';
  graphId: string;
}

/** The "Kontaktspor" category flow (issue 8): watched mailboxes, Graph subscriptions, delta links, tag jobs. */
export interface TaggingStore {
  /** Starts (or keeps) watching a staff member's mailbox; null when there is no such staff member. */
  upsertMailboxWatch(tenantId: string, staffId: string): Promise<MailboxWatch | null>;
  getMailboxWatch(tenantId: string, staffId: string): Promise<MailboxWatch | null>;
  listMailboxWatches(tenantId: string): Promise<MailboxWatch[]>;
  /** Stops watching; returns the Graph subscriptions that were held for it (to delete at Graph). */
  deleteMailboxWatch(tenantId: string, staffId: string): Promise<GraphSubscriptionRecord[]>;
  saveGraphSubscription(tenantId: string, subscription: GraphSubscriptionRecord): Promise<void>;
  getGraphSubscription(tenantId: string, id: string): Promise<GraphSubscriptionRecord | null>;
  listGraphSubscriptions(
    tenantId: string,
    where: { staffId: string } | { expiringBefore: Date },
  ): Promise<GraphSubscriptionRecord[]>;
  deleteGraphSubscription(tenantId: string, id: string): Promise<void>;
  getDeltaLink(tenantId: string, staffId: string, feed: DeltaFeed): Promise<string | null>;
  saveDeltaLink(tenantId: string, staffId: string, feed: DeltaFeed, deltaLink: string, at: Date): Promise<void>;
  /** Queues an item; a repeat is a no-op unless the earlier job was cancelled or failed. */
  enqueueTagJob(tenantId: string, job: NewTagJob, now: Date): Promise<void>;
  /** Leases up to `limit` queued jobs (SKIP LOCKED; an expired lease may be taken again). */
  claimTagJobs(tenantId: string, now: Date, leaseUntil: Date, limit: number): Promise<TagJob[]>;
  finishTagJob(tenantId: string, id: string, outcome: TagJobOutcome, now: Date): Promise<void>;
  deleteTagJob(tenantId: string, id: string): Promise<void>;
  getTagJob(tenantId: string, id: string): Promise<TagJob | null>;
  listTagJobs(tenantId: string, staffId: string, statuses: readonly TagJobStatus[], limit: number): Promise<TagJob[]>;
}

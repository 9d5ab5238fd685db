import type { JobordreMessage } from '../../domain/jobordre.js';

export const STAR_MESSAGE_STATUSES = ['queued', 'done', 'skipped', 'dead'] as const;
export type StarMessageStatus = (typeof STAR_MESSAGE_STATUSES)[number];

/** A stored STAR message as the inbox worker leases it: ids and state only. */
export interface StarMessageJob extends JobordreMessage {
  id: string;
  attempts: number;
  receivedAt: Date;
}

/** How a message ended: applied to a vacancy, skipped (older, other municipality, …), or dead-lettered. */
export type StarMessageOutcome =
  | { status: 'done'; vacancyId: string; outcome: 'created' | 'updated' | 'unchanged' }
  | { status: 'skipped'; outcome: 'stale' | 'other_municipality' | 'company_unknown' }
  | { status: 'dead'; errorCode: string };

/** The inbox as an administrator sees it: counts and the newest failures (ids and codes only). */
export interface StarInboxStatus {
  queued: number;
  done: number;
  skipped: number;
  dead: number;
  /** The oldest queued message's receipt time; null when the queue is empty. */
  oldestQueuedAt: Date | null;
  lastReceivedAt: Date | null;
  recentFailures: { jobordreId: string; errorCode: string; attempts: number; at: Date }[];
}

/**
 * The durable inbox of STAR's WSB messages (issue 17): written before the endpoint answers, so an
 * accepted message survives a crash; leased by the worker (SKIP LOCKED, an expired lease is taken
 * again), retried with backoff, dead-lettered when its attempts run out.
 */
export interface StarInboxStore {
  /** Stores the message once per STAR message id; `stored: false` for a repeat (answered like the first). */
  enqueueStarMessage(tenantId: string, message: JobordreMessage, now: Date): Promise<{ id: string; stored: boolean }>;
  /** Leases up to `limit` due messages, oldest change first. */
  claimStarMessages(tenantId: string, now: Date, leaseUntil: Date, limit: number): Promise<StarMessageJob[]>;
  finishStarMessage(tenantId: string, id: string, outcome: StarMessageOutcome, now: Date): Promise<void>;
  /** Back to the queue after a failure that may pass (STAR answered 503, a timeout): counts as an attempt. */
  retryStarMessage(tenantId: string, id: string, failure: { errorCode: string; retryAt: Date }): Promise<void>;
  starInboxStatus(tenantId: string): Promise<StarInboxStatus>;
  /** When the earliest queued message falls due (a retry's time); null when none waits. */
  nextStarMessageDue(tenantId: string): Promise<Date | null>;
}

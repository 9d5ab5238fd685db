import type { Vacancy } from '../../domain/model.js';

export type AlertKind = 'post' | 'update';
export type AlertStatus = 'pending' | 'sent' | 'dead';

export interface AlertOutboxRow {
  id: string;
  vacancyId: string;
  conversationId: string;
  kind: AlertKind;
  status: AlertStatus;
  attempts: number;
  nextAttemptAt: Date;
  /** A short error code of the last failure; never content. */
  lastError: string | null;
  activityId: string | null;
  postedConversationId: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export interface AlertLease {
  id: string;
  token: string;
}

export interface ClaimedAlert extends AlertOutboxRow {
  lease: AlertLease;
  /** Not before this instant may it be sent: its reserved slot under both rate limits. */
  slotAt: Date;
}

export interface AlertClaimOptions {
  now: Date;
  limit: number;
  leaseMs: number;
  /** Minimum gap between two sends to one conversation, and between any two sends of the app. */
  conversationSpacingMs: number;
  appSpacingMs: number;
  /** Rows whose slot would lie further ahead than this stay for a later claim. */
  maxAheadMs: number;
}

export interface AlertFailure {
  error: string;
  /** Null: dead-letter. */
  retryAt: Date | null;
  countsAsAttempt: boolean;
  pauseConversationUntil?: Date | null;
}

export interface AlertSent {
  activityId: string | null;
  postedConversationId: string | null;
}

export interface AlertVacancy {
  vacancy: Vacancy;
  companyName: string;
  industryCode: string | null;
  companyPostcode: string | null;
  claimedByName: string | null;
}

/** Vacancy alerts (issue 7): the outbox of channel posts and card updates, and the shared send pacing. */
export interface AlertStore {
  /** Queues one post per channel; a channel that already has this vacancy's post is skipped. Returns how many were queued. */
  enqueueAlertPosts(
    tenantId: string,
    vacancyId: string,
    conversationIds: readonly string[],
    now: Date,
  ): Promise<number>;
  /** Queues a card update for every channel the vacancy was (or is being) posted to. Returns how many. */
  enqueueAlertUpdates(tenantId: string, vacancyId: string, now: Date): Promise<number>;
  /**
   * Leases due rows (FOR UPDATE SKIP LOCKED, in a short transaction of its own) and reserves each a
   * send slot under the shared pacing rows. A leased row is not handed out again until its lease ends.
   */
  claimDueAlerts(tenantId: string, options: AlertClaimOptions): Promise<ClaimedAlert[]>;
  /** Marks a leased row sent; false when the lease was lost (another instance took the row over). */
  completeAlert(tenantId: string, lease: AlertLease, sent: AlertSent, now: Date): Promise<boolean>;
  /** Ends a failed attempt: retry at `retryAt`, or dead-letter; `pauseConversationUntil` honours a 429. */
  failAlert(tenantId: string, lease: AlertLease, failure: AlertFailure, now: Date): Promise<void>;
  /** Until when Teams asked (429 Retry-After) not to send to the conversation, or null. */
  conversationPausedUntil(tenantId: string, conversationId: string): Promise<Date | null>;
  /** Gives a leased row back without counting an attempt (its post is not out yet). */
  deferAlert(tenantId: string, lease: AlertLease, until: Date): Promise<void>;
  /** The post row of a vacancy in a channel, or null. */
  getAlertPost(tenantId: string, vacancyId: string, conversationId: string): Promise<AlertOutboxRow | null>;
  listAlerts(
    tenantId: string,
    filter: { status?: AlertStatus; vacancyId?: string; limit: number },
  ): Promise<AlertOutboxRow[]>;
  /** Puts a dead-lettered row back in the queue with fresh attempts; null when there is no such dead row. */
  retryDeadAlert(tenantId: string, id: string, now: Date): Promise<AlertOutboxRow | null>;
  /** What an alert card shows: the vacancy, its company's name, industry and postcode, and who claimed it. */
  getAlertVacancy(tenantId: string, vacancyId: string): Promise<AlertVacancy | null>;
}

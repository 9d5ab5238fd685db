import type { ConversationRef } from '../domain/model.js';

/** A message the bot posted: where the new thread is and the activity to update later. */
export interface PostedMessage {
  activityId: string | null;
  /** The thread's conversation id ("<channel>;messageid=<id>"). */
  conversationId: string | null;
}

/** Posts Adaptive Cards to Teams channels and replaces them later. Implementations translate failures to ChannelPostError. */
export interface ChannelPoster {
  /** Starts a new thread in the channel with the card. */
  post(ref: ConversationRef, card: object): Promise<PostedMessage>;
  /** Replaces the card of a message posted earlier. */
  update(ref: ConversationRef, message: { conversationId: string; activityId: string }, card: object): Promise<void>;
}

/**
 * Why a send failed, in the service's own terms: throttled (429, wait `retryAfterMs`), transient
 * (5xx, network, timeout: try again later) or permanent (the channel refuses: 4xx).
 */
export class ChannelPostError extends Error {
  override name = 'ChannelPostError';
  constructor(
    readonly kind: 'throttled' | 'transient' | 'permanent',
    /** A short code for the outbox row, e.g. HTTP_503; never content. */
    readonly code: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(`${kind}: ${code}`);
  }
}

import type { ChannelSubscription, ConversationRef, SubscriptionFilters } from '../../domain/model.js';

export type NewChannelSubscription = SubscriptionFilters & { conversationId: string; createdBy: string };

/** Where the bot can write (conversation references) and what each channel subscribed to. */
export interface TeamsStore {
  /** Stores (or refreshes) where the bot can write; keyed by conversation id. */
  saveConversationRef(tenantId: string, ref: ConversationRef): Promise<void>;
  getConversationRef(tenantId: string, conversationId: string): Promise<ConversationRef | null>;
  /** The user's personal bot conversation, by their Entra object id. */
  findPersonalConversationRef(tenantId: string, userOid: string): Promise<ConversationRef | null>;
  /** Forgets a conversation, or every conversation of a team (the app was removed); returns how many. */
  deleteConversationRefs(tenantId: string, where: { conversationId: string } | { teamId: string }): Promise<number>;

  listSubscriptions(tenantId: string, conversationId?: string): Promise<ChannelSubscription[]>;
  insertSubscription(tenantId: string, subscription: NewChannelSubscription): Promise<ChannelSubscription>;
  /** Removes one subscription, or all of a conversation's; returns how many. */
  deleteSubscriptions(tenantId: string, where: { id: string } | { conversationId: string }): Promise<number>;
}

import type { Store } from '../ports/store.js';
import type { ConversationRef } from '../domain/model.js';

/** Where the bot may write later (vacancy alerts, tag choices): kept on install and on every message. */
export async function rememberConversation(
  { store }: { store: Pick<Store, 'saveConversationRef'> },
  tenantId: string,
  ref: ConversationRef,
): Promise<void> {
  await store.saveConversationRef(tenantId, ref);
}

/** The bot left a conversation or a whole team: its references go; returns how many. */
export async function forgetConversations(
  { store }: { store: Pick<Store, 'deleteConversationRefs'> },
  tenantId: string,
  where: { conversationId: string } | { teamId: string },
): Promise<number> {
  return store.deleteConversationRefs(tenantId, where);
}

/** The user's personal chat with the bot, or null when they have not installed the app for themselves. */
export async function personalConversationOf(
  { store }: { store: Pick<Store, 'findPersonalConversationRef'> },
  tenantId: string,
  userOid: string,
): Promise<ConversationRef | null> {
  return store.findPersonalConversationRef(tenantId, userOid);
}

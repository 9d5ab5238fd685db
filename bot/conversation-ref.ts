import { TurnContext } from 'botbuilder';
import type { ConversationRef } from '../src/domain/model.js';

/**
 * The key a conversation is stored under. A channel is keyed by its bare channel id: a message in a
 * reply thread carries "<channel id>;messageid=<thread>", and alerts go to the channel, not the thread.
 */
export function conversationKey(context: TurnContext): string {
  const activity = context.activity;
  if (activity.conversation?.conversationType !== 'channel') return activity.conversation.id;
  const channelId = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return channelId ?? activity.conversation.id.split(';')[0]!;
}

/** Where the bot can write later (vacancy alerts), from any activity in that conversation. */
export function conversationRefOf(context: TurnContext): ConversationRef | null {
  const activity = context.activity;
  if (!activity.conversation?.id || !activity.serviceUrl) return null;
  const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
  const type = activity.conversation.conversationType;
  const kind = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const reference = TurnContext.getConversationReference(activity);
  return {
    conversationId: conversationKey(context),
    kind,
    teamId: channelData.team?.id ?? null,
    channelId: channelData.channel?.id ?? null,
    serviceUrl: activity.serviceUrl,
    userOid: kind === 'personal' ? (activity.from?.aadObjectId ?? null) : null,
    // The reference names the user in personal chats only: no message content is kept.
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
  };
}

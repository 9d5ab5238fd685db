import {
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ConversationRef } from '../../src/domain/model.js';
import { ChannelPostError, type ChannelPoster, type PostedMessage } from '../../src/ports/channel-poster.js';
import { inProactiveTurn } from './proactive-turn.js';

/**
 * Channel posts through botbuilder: CloudAdapter.continueConversationAsync with the stored
 * conversation reference (so the stored serviceUrl and the bot's credentials are used), then the
 * Bot Connector's createConversation (a new thread in the channel) or updateActivity.
 *
 * The connector client's own retry policy is removed: it would sleep through 429s and retry 5xx
 * inside one call, out of sight of the shared pacing. Retrying is the outbox's job.
 */
export function botChannelPoster(options: {
  adapter: CloudAdapter;
  botAppId: string;
  timeoutMs: number;
}): ChannelPoster {
  async function withConnector<T>(ref: ConversationRef, work: (client: ConnectorClient) => Promise<T>): Promise<T> {
    const reference = { ...(ref.reference as Partial<ConversationReference>), serviceUrl: ref.serviceUrl };
    try {
      return await withTimeout(
        inProactiveTurn(options.adapter, options.botAppId, reference, (context: TurnContext) => {
          const client = context.turnState.get<ConnectorClient>(options.adapter.ConnectorClientKey);
          withoutRetries(client);
          return work(client);
        }),
        options.timeoutMs,
      );
    } catch (error) {
      throw toChannelPostError(error);
    }
  }

  return {
    post(ref, card): Promise<PostedMessage> {
      return withConnector(ref, async (client) => {
        const response = await client.conversations.createConversation({
          isGroup: true,
          bot: (ref.reference as Partial<ConversationReference>).bot ?? undefined,
          channelData: { channel: { id: ref.channelId ?? ref.conversationId } },
          activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
        } as Parameters<ConnectorClient['conversations']['createConversation']>[0]);
        return { activityId: response.activityId ?? null, conversationId: response.id ?? null };
      });
    },
    update(ref, message, card) {
      return withConnector(ref, async (client) => {
        const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: message.activityId };
        await client.conversations.updateActivity(message.conversationId, message.activityId, activity as never);
      });
    },
  };
}

function withoutRetries(client: ConnectorClient): void {
  const inner = (client as unknown as { client?: { pipeline?: { removePolicy(options: { phase: string }): unknown } } })
    .client;
  inner?.pipeline?.removePolicy({ phase: 'Retry' });
}

/** botbuilder / Azure core errors become the outbox's three kinds; only status codes are kept. */
export function toChannelPostError(error: unknown): ChannelPostError {
  if (error instanceof ChannelPostError) return error;
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status !== 'number') return new ChannelPostError('transient', 'NETWORK');
  const code = `HTTP_${status}`;
  if (status === 429) return new ChannelPostError('throttled', code, retryAfterMs(error) ?? 1_000);
  if (status >= 500 || status === 408 || status === 401)
    return new ChannelPostError('transient', code, retryAfterMs(error));
  return new ChannelPostError('permanent', code);
}

function retryAfterMs(error: unknown): number | null {
  const headers = (error as { response?: { headers?: { get?(name: string): string | undefined } } })?.response?.headers;
  const value = headers?.get?.('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ChannelPostError('transient', 'TIMEOUT')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

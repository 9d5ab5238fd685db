import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/**
 * Runs `work` in a proactive turn (CloudAdapter.continueConversationAsync) and hands its result or
 * its error back to the caller. botbuilder routes an error thrown in a turn to the adapter's
 * onTurnError; a proactive sender must see it instead, since it decides to retry or dead-letter.
 */
export async function inProactiveTurn<T>(
  adapter: CloudAdapter,
  botAppId: string,
  reference: Partial<ConversationReference>,
  work: (context: TurnContext) => Promise<T>,
): Promise<T> {
  let outcome: { value: T } | { error: unknown } | undefined;
  await adapter.continueConversationAsync(botAppId, reference, async (context) => {
    try {
      outcome = { value: await work(context) };
    } catch (error) {
      outcome = { error };
    }
  });
  if (!outcome) throw new Error('The proactive turn ended before its work ran.');
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

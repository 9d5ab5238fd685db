import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Store } from '../../src/ports/store.js';
import type { TagChoiceNotice, UserNotifier } from '../../src/ports/user-notifier.js';
import { inProactiveTurn } from './proactive-turn.js';
import { tagChoiceCard } from '../cards/tag-choice.card.js';
import { personalConversationOf } from '../../src/app/conversation-refs.js';

/**
 * Writes the tag choice card into the user's personal chat with the bot: the conversation
 * reference saved when they installed the app, continued with CloudAdapter (its stored serviceUrl,
 * the bot's credentials). False when the user has no personal conversation.
 */
export function botPersonalTagNotifier(options: {
  adapter: CloudAdapter;
  botAppId: string;
  store: Pick<Store, 'findPersonalConversationRef'>;
}): UserNotifier {
  return {
    async sendTagChoice(tenantId: string, userOid: string, notice: TagChoiceNotice): Promise<boolean> {
      const ref = await personalConversationOf(options, tenantId, userOid);
      if (!ref) return false;
      const reference = { ...(ref.reference as Partial<ConversationReference>), serviceUrl: ref.serviceUrl };
      const referenceLocale = String((ref.reference as { locale?: unknown }).locale ?? '');
      const locale = referenceLocale.toLowerCase().startsWith('en') ? 'en' : 'da';
      const card = tagChoiceCard({ ...notice, locale });
      await inProactiveTurn(options.adapter, options.botAppId, reference, async (context) => {
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      });
      return true;
    },
  };
}

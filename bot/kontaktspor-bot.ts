import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AppBasedLinkQuery,
  type ChannelAccount,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type AdaptiveCardInvokeValue,
  type AdaptiveCardInvokeResponse,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../src/ports/store.js';
import type { Clock } from '../src/ports/clock.js';
import type { Actor } from '../src/domain/model.js';
import { getCompanyWithContext } from '../src/app/company-context.js';
import { getCompanyHistory } from '../src/app/company-history.js';
import { findCompanyByText } from '../src/app/find-company-by-text.js';
import { vacanciesForText } from '../src/app/vacancies-for-text.js';
import { subscribeChannelOnce, unsubscribeChannel } from '../src/app/channel-subscriptions.js';
import { forgetConversations, rememberConversation } from '../src/app/conversation-refs.js';
import { tenantTopics } from '../src/app/tenant-topics.js';
import { tenantSections } from '../src/app/tenant-sections.js';
import type { TagDeps } from '../src/app/tag-deps.js';
import { parseCommand, parseSubscriptionFilters, type ParsedCommand } from './commands/parse-command.js';
import { cleanMessageText } from './commands/clean-text.js';
import { companyCard } from './cards/company.card.js';
import { historyCard } from './cards/history.card.js';
import { choiceCard } from './cards/choice.card.js';
import { notFoundCard, helpCard, errorCard, channelOnlyCard } from './cards/simple.cards.js';
import { vacanciesCard } from './cards/vacancies.card.js';
import { welcomeCard } from './cards/welcome.card.js';
import { subscriptionCard, subscriptionsRemovedCard } from './cards/subscription.card.js';
import { parseCardSubmit, parseClaim, CLAIM_VERB } from './cards/card-actions.js';
import { parseTagChoiceSubmit } from './cards/tag-choice.card.js';
import type { Locale } from './i18n/strings.js';
import { companyDeepLink } from './deep-link.js';
import { tenantOf, type BotIdentity } from './bot-identity.js';
import { conversationKey, conversationRefOf } from './conversation-ref.js';
import { answerTagChoiceCard } from './tag-choice.js';
import { defaultLocaleOf, inChannel, isPersonal, localeOf } from './activity-locale.js';
import { companyLinkResult, companySearchResults } from './message-extension.js';
import { claimReplyCard } from './claim-reply.js';
import { failureCard } from './failure-card.js';

export interface BotDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  identify: BotIdentity;
  /** Tenants this service serves; activities from others get no answer. */
  tenantAllowed(tenantId: string): boolean;
  teamsAppId: string;
  publicUrl: string;
  /** Jobnet's page of a jobordre (config.jobnetJobordreUrl), for the "Åbn i Jobnet" button on alert cards. */
  jobnetJobordreUrl?: string | undefined;
  /** The "Kontaktspor" category flow (issue 8): answers to its choice card. */
  tagging?: TagDeps | undefined;
}

type Command = ParsedCommand & { companyId?: string; cursor?: string };

const HISTORY_PAGE = 10;
const CHOICES = 10;
const VACANCIES_SHOWN = 15;

/**
 * The Teams bot: answers "what is our history with X?" with cards, in personal chat, group chats
 * and channels, and keeps the conversation references the vacancy alerts are sent with.
 * Command parsing and cards are pure (commands/, cards/), the decisions are use cases (src/app);
 * this class only routes.
 */
export class KontaktsporBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forget(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (botIsAmong(context, context.activity.membersAdded)) {
        await this.remember(context);
        // Welcomed here and not on installationUpdate: Teams sends both on a personal install, and
        // the Agents Playground only this one.
        if (isPersonal(context)) await this.reply(context, welcomeCard(localeOf(context)));
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (botIsAmong(context, context.activity.membersRemoved)) await this.forget(context);
      await next();
    });
  }

  /** Refuses activities from tenants we do not serve before any handler sees them. */
  override async run(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    if (!tenantId || !this.deps.tenantAllowed(tenantId)) {
      const log = { type: context.activity.type, tenant: tenantId ?? 'none' };
      this.deps.logger.warn(log, 'activity from a tenant not served: ignored');
      return;
    }
    await super.run(context);
  }

  // --- messages --------------------------------------------------------------------------------

  private async answer(context: TurnContext): Promise<void> {
    if (isOnlyInsertedCard(context)) return;
    const claim = parseClaim(context.activity.value);
    if (claim) {
      // Action.Submit fallback of "Jeg tager den" (clients without Universal Actions): answer with the card.
      const card = await claimReplyCard(this.deps, context, claim);
      await this.reply(context, card);
      return;
    }
    const actor = await this.deps.identify(context);
    const command = this.commandOf(context);
    if (!actor) {
      await this.reply(context, errorCard('FORBIDDEN', command.locale));
      return;
    }
    await this.remember(context);
    try {
      // Teams shows no typing indicator in channels (and the Playground then drops the reply).
      if (!inChannel(context)) await context.sendActivity({ type: ActivityTypes.Typing });
      const tagChoice = this.deps.tagging ? parseTagChoiceSubmit(context.activity.value) : null;
      const tagLocale = tagChoice?.lang ?? command.locale;
      if (tagChoice) await answerTagChoiceCard(this.deps.tagging!, context, actor, tagChoice, tagLocale);
      else await this.execute(context, actor, command);
    } catch (error) {
      await this.reply(context, failureCard(this.deps.logger, error, command.locale, 'bot command failed'));
    }
  }

  /** A typed message, or the data of a card button (Action.Submit), which answers in its card's language. */
  private commandOf(context: TurnContext): Command {
    const locale = defaultLocaleOf(context);
    const submitted = parseCardSubmit(context.activity.value);
    if (submitted) {
      return {
        kind: submitted.kontaktspor,
        argument: '',
        locale: submitted.lang ?? locale,
        companyId: submitted.companyId,
        ...('cursor' in submitted && submitted.cursor && { cursor: submitted.cursor }),
      };
    }
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const parsed = parseCommand(text);
    // A recognised command answers in the language it was asked in; anything else in the default.
    return { ...parsed, locale: parsed.kind === 'help' && !/hj(æ|ae)lp/i.test(text) ? locale : parsed.locale };
  }

  private async execute(context: TurnContext, actor: Actor, command: Command): Promise<void> {
    const { locale } = command;
    switch (command.kind) {
      case 'history':
      case 'company':
        await this.company(context, actor, command);
        return;
      case 'vacancies':
        await this.vacancies(context, actor, command.argument, locale);
        return;
      case 'subscribe':
      case 'unsubscribe':
        await this.subscription(context, actor, command);
        return;
      default:
        await this.reply(context, helpCard(locale, { inChannel: inChannel(context) }));
    }
  }

  /** The company card, and for "historik" (or "show more") a page of its history. */
  private async company(context: TurnContext, actor: Actor, command: Command): Promise<void> {
    const { locale, cursor } = command;
    const companyId = command.companyId ?? (await this.resolveCompany(context, actor, command.argument, locale));
    if (!companyId) return;
    const [{ company, context: serviceContext }, topics, sections] = await Promise.all([
      getCompanyWithContext(this.deps, actor, companyId),
      tenantTopics(this.deps.store, actor.tenantId),
      tenantSections(this.deps.store, actor.tenantId),
    ]);
    const openUrl = this.deepLink(companyId, company.name);
    if (!cursor) await this.reply(context, companyCard({ company, context: serviceContext, locale, openUrl, topics }));
    if (command.kind === 'company' && !cursor) return;
    const page = await getCompanyHistory(this.deps, actor, companyId, { filter: {}, cursor, limit: HISTORY_PAGE });
    const { items, nextCursor } = page;
    await this.reply(context, historyCard({ company, items, nextCursor, locale, openUrl, sections, topics }));
  }

  /** One company for the text, or null after answering with a choice or "not found". */
  private async resolveCompany(
    context: TurnContext,
    actor: Actor,
    query: string,
    locale: Locale,
  ): Promise<string | null> {
    if (!query.trim()) {
      await this.reply(context, helpCard(locale, { inChannel: inChannel(context) }));
      return null;
    }
    const found = await findCompanyByText(this.deps, actor, query);
    if (found.kind === 'one') return found.companyId;
    if (found.kind === 'none') await this.reply(context, notFoundCard(query, locale));
    else {
      const { companies } = found;
      const shown = companies.slice(0, CHOICES);
      await this.reply(context, choiceCard({ query, companies: shown, locale, total: companies.length }));
    }
    return null;
  }

  private async vacancies(context: TurnContext, actor: Actor, argument: string, locale: Locale): Promise<void> {
    const { vacancies, section, topic } = await vacanciesForText(this.deps, actor, argument);
    const title = section?.name ?? (topic ? (locale === 'en' ? topic.en : topic.da) : undefined);
    const shown = vacancies.slice(0, VACANCIES_SHOWN);
    await this.reply(context, vacanciesCard({ vacancies: shown, locale, ...(title && { title }) }));
  }

  /** "abonner ..." and "afmeld": a channel's vacancy alerts. */
  private async subscription(context: TurnContext, actor: Actor, command: Command): Promise<void> {
    const { locale } = command;
    if (!inChannel(context)) {
      await this.reply(context, channelOnlyCard(locale));
      return;
    }
    const conversationId = conversationKey(context);
    if (command.kind === 'unsubscribe') {
      const removed = await unsubscribeChannel(this.deps, actor, { conversationId });
      await this.reply(context, subscriptionsRemovedCard(removed, locale));
      return;
    }
    const { unknownWords, ...filters } = parseSubscriptionFilters(command.argument);
    const { created } = await subscribeChannelOnce(this.deps, actor, conversationId, filters);
    await this.reply(context, subscriptionCard({ filters, locale, created, ignored: unknownWords }));
  }

  private deepLink(companyId: string, label: string): string {
    return companyDeepLink({ teamsAppId: this.deps.teamsAppId, publicUrl: this.deps.publicUrl, companyId, label });
  }

  private async reply(context: TurnContext, card: object): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  // --- "Jeg tager den" on a vacancy alert ----------------------------------------------------

  /** Action.Execute (verb "claim"): the invoke's answer is the refreshed card, with the outcome for the clicker. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const claim = invokeValue.action?.verb === CLAIM_VERB ? parseClaim(invokeValue.action.data) : null;
    if (!claim) {
      const value = { code: 'BadRequest', message: 'Unknown action.' } as never;
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value };
    }
    const card = await claimReplyCard(this.deps, context, claim);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never };
  }

  // --- installs ----------------------------------------------------------------------------

  private async remember(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    const ref = conversationRefOf(context);
    if (tenantId && ref) await rememberConversation(this.deps, tenantId, ref);
  }

  private async forget(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    if (!tenantId) return;
    const teamId = (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    const where = teamId ? { teamId } : { conversationId: conversationKey(context) };
    const removed = await forgetConversations(this.deps, tenantId, where);
    this.deps.logger.info({ removed }, 'bot removed from a conversation');
  }

  // --- message extension (message-extension.ts) --------------------------------------------

  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return companySearchResults(this.deps, context, query);
  }

  protected override async handleTeamsAppBasedLinkQuery(
    context: TurnContext,
    query: AppBasedLinkQuery,
  ): Promise<MessagingExtensionResponse> {
    return companyLinkResult(this.deps, context, query);
  }
}

/**
 * A card someone inserted (message extension, a pasted card) with no words for the bot: Teams still
 * delivers it when the bot is in the conversation, but it asks nothing, so it gets no answer.
 */
function isOnlyInsertedCard(context: TurnContext): boolean {
  const { activity } = context;
  if (activity.value !== undefined || (activity.attachments ?? []).length === 0) return false;
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  return cleanMessageText(text) === '';
}

/** Whether the bot itself is among the members an update names (it was added or removed, not someone else). */
function botIsAmong(context: TurnContext, members: ChannelAccount[] | undefined): boolean {
  return members?.some((member) => member.id === context.activity.recipient.id) ?? false;
}

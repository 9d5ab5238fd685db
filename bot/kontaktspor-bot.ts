import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AppBasedLinkQuery,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type AdaptiveCardInvokeValue,
  type AdaptiveCardInvokeResponse,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../src/ports/store.js';
import type { Clock } from '../src/ports/clock.js';
import type { Actor } from '../src/domain/model.js';
import { DomainError } from '../src/domain/errors.js';
import { searchCompanies } from '../src/app/search-companies.js';
import { getCompanyWithContext } from '../src/app/company-context.js';
import { getCompanyHistory } from '../src/app/company-history.js';
import { listVacancies } from '../src/app/vacancies.js';
import { subscribeChannel, unsubscribeChannel } from '../src/app/channel-subscriptions.js';
import { tenantTopics } from '../src/app/tenant-topics.js';
import { OPEN_STATUSES } from '../src/domain/vacancy-lifecycle.js';
import { toSearchKey } from '../src/domain/search-key.js';
import { parseCommand, parseSubscriptionFilters, type ParsedCommand } from './commands/parse-command.js';
import { companyCard } from './cards/company.card.js';
import { historyCard } from './cards/history.card.js';
import { choiceCard } from './cards/choice.card.js';
import { notFoundCard, helpCard, errorCard, channelOnlyCard } from './cards/simple.cards.js';
import { vacanciesCard } from './cards/vacancies.card.js';
import { subscriptionCard, subscriptionsRemovedCard } from './cards/subscription.card.js';
import { companyPreview } from './cards/company-preview.js';
import { parseCardSubmit, parseClaim, CLAIM_VERB } from './cards/card-actions.js';
import { claimVacancy } from '../src/app/claim-vacancy.js';
import { statusLabel } from '../src/domain/vacancy-lifecycle.js';
import { strings } from './i18n/strings.js';
import { alertCardRenderer } from './alert-card-renderer.js';
import { companyDeepLink, companyIdFromLink } from './deep-link.js';
import { tenantOf, type BotIdentity } from './bot-identity.js';
import { conversationKey, conversationRefOf } from './conversation-ref.js';
import type { TagDeps } from '../src/app/tag-deps.js';
import { parseTagChoiceSubmit } from './cards/tag-choice.card.js';
import { answerTagChoice } from './tag-choice.js';

type Locale = 'da' | 'en';

export interface BotDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  identify: BotIdentity;
  /** Tenants this service serves; activities from others get no answer. */
  tenantAllowed(tenantId: string): boolean;
  teamsAppId: string;
  publicUrl: string;
  /** The "Kontaktspor" category flow (issue 8): answers to its choice card. */
  tagging?: TagDeps | undefined;
}

const HISTORY_PAGE = 10;
const CHOICES = 10;
const SEARCH_LIMIT = 100;

/**
 * The Teams bot: answers "what is our history with X?" with cards, in personal chat, group chats
 * and channels, and keeps the conversation references the vacancy alerts are sent with.
 * Command parsing and cards are pure (commands/, cards/); this class only routes.
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
      if (context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id)) await this.remember(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (context.activity.membersRemoved?.some((member) => member.id === context.activity.recipient.id)) await this.forget(context);
      await next();
    });
  }

  /** Refuses activities from tenants we do not serve before any handler sees them. */
  override async run(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    if (!tenantId || !this.deps.tenantAllowed(tenantId)) {
      this.deps.logger.warn({ type: context.activity.type, tenant: tenantId ?? 'none' }, 'activity from a tenant not served: ignored');
      return;
    }
    await super.run(context);
  }

  // --- messages --------------------------------------------------------------------------------

  private async answer(context: TurnContext): Promise<void> {
    const claim = parseClaim(context.activity.value);
    if (claim) {
      // Action.Submit fallback of "Jeg tager den" (clients without Universal Actions): answer with the card.
      const card = await this.claimCard(context, claim.vacancyId);
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
      await context.sendActivity({ type: ActivityTypes.Typing });
      const tagChoice = this.deps.tagging ? parseTagChoiceSubmit(context.activity.value) : null;
      if (tagChoice) await answerTagChoice(this.deps.tagging!, context, actor, tagChoice, command.locale);
      else await this.execute(context, actor, command);
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      if (code === 'INTERNAL') this.deps.logger.error({ type: (error as Error).name }, 'bot command failed');
      await this.reply(context, errorCard(code, command.locale));
    }
  }

  /** A typed message, or the data of a card button (Action.Submit). */
  private commandOf(context: TurnContext): ParsedCommand & { companyId?: string; cursor?: string } {
    const locale = localeOf(context);
    const submitted = parseCardSubmit(context.activity.value);
    if (submitted) {
      return {
        kind: submitted.kontaktspor,
        argument: '',
        locale,
        companyId: submitted.companyId,
        ...('cursor' in submitted && submitted.cursor && { cursor: submitted.cursor }),
      };
    }
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const parsed = parseCommand(text);
    // A recognised command answers in the language it was asked in; anything else in the client's.
    return { ...parsed, locale: parsed.kind === 'help' && !/hj(æ|ae)lp/i.test(text) ? locale : parsed.locale };
  }

  private async execute(context: TurnContext, actor: Actor, command: ReturnType<KontaktsporBot['commandOf']>): Promise<void> {
    const { locale } = command;
    const inChannel = context.activity.conversation?.conversationType === 'channel';
    switch (command.kind) {
      case 'history':
      case 'company': {
        const companyId = command.companyId ?? (await this.resolveCompany(context, actor, command.argument, locale));
        if (!companyId) return;
        const [{ company, context: serviceContext }, topics, sections] = await Promise.all([
          getCompanyWithContext(this.deps, actor, companyId),
          tenantTopics(this.deps.store, actor.tenantId),
          this.deps.store.listSections(actor.tenantId),
        ]);
        const openUrl = this.deepLink(companyId, company.name);
        if (!command.cursor) await this.reply(context, companyCard({ company, context: serviceContext, locale, openUrl, topics }));
        if (command.kind === 'company' && !command.cursor) return;
        const page = await getCompanyHistory(this.deps, actor, companyId, { filter: {}, cursor: command.cursor, limit: HISTORY_PAGE });
        await this.reply(context, historyCard({ company, items: page.items, nextCursor: page.nextCursor, locale, openUrl, sections, topics }));
        return;
      }
      case 'vacancies':
        await this.vacancies(context, actor, command.argument, locale);
        return;
      case 'subscribe':
      case 'unsubscribe': {
        if (!inChannel) {
          await this.reply(context, channelOnlyCard(locale));
          return;
        }
        const conversationId = conversationKey(context);
        if (command.kind === 'unsubscribe') {
          const removed = await unsubscribeChannel(this.deps, actor, { conversationId });
          await this.reply(context, subscriptionsRemovedCard(removed, locale));
          return;
        }
        const filters = parseSubscriptionFilters(command.argument);
        await subscribeChannel(this.deps, actor, conversationId, filters);
        await this.reply(context, subscriptionCard({ filters, locale, created: true }));
        return;
      }
      default:
        await this.reply(context, helpCard(locale, { inChannel }));
    }
  }

  /** One company for the text, or null after answering with a choice or "not found". */
  private async resolveCompany(context: TurnContext, actor: Actor, query: string, locale: Locale): Promise<string | null> {
    if (!query.trim()) {
      await this.reply(context, helpCard(locale, { inChannel: context.activity.conversation?.conversationType === 'channel' }));
      return null;
    }
    const { items } = await searchCompanies(this.deps, actor, { q: query, limit: SEARCH_LIMIT });
    const exact = items.filter((company) => toSearchKey(company.name) === toSearchKey(query));
    const hits = exact.length === 1 ? exact : items;
    if (hits.length === 1) return hits[0]!.id;
    if (hits.length === 0) await this.reply(context, notFoundCard(query, locale));
    else await this.reply(context, choiceCard({ query, companies: hits.slice(0, CHOICES), locale, total: hits.length }));
    return null;
  }

  private async vacancies(context: TurnContext, actor: Actor, argument: string, locale: Locale): Promise<void> {
    const wanted = toSearchKey(argument);
    const [sections, topics] = await Promise.all([this.deps.store.listSections(actor.tenantId), tenantTopics(this.deps.store, actor.tenantId)]);
    const section = wanted ? sections.find((s) => toSearchKey(s.name).includes(wanted) || s.id === wanted) : undefined;
    const topic = wanted && !section ? topics.find((t) => [t.key, toSearchKey(t.da), toSearchKey(t.en)].includes(wanted)) : undefined;
    const open = await listVacancies(this.deps, actor, { statuses: [...OPEN_STATUSES], sectionId: section?.id, limit: 50 });
    const shown = topic ? open.filter((vacancy) => vacancy.topics.includes(topic.key)) : open;
    const title = section?.name ?? (topic ? (locale === 'en' ? topic.en : topic.da) : undefined);
    await this.reply(context, vacanciesCard({ vacancies: shown.slice(0, 15), locale, ...(title && { title }) }));
  }

  private deepLink(companyId: string, label: string): string {
    return companyDeepLink({ teamsAppId: this.deps.teamsAppId, publicUrl: this.deps.publicUrl, companyId, label });
  }

  private async reply(context: TurnContext, card: object): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  // --- "Jeg tager den" on a vacancy alert ----------------------------------------------------

  /** Action.Execute (verb "claim"): the invoke's answer is the refreshed card, with the outcome for the clicker. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const claim = invokeValue.action?.verb === CLAIM_VERB ? parseClaim(invokeValue.action.data) : null;
    if (!claim) return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Unknown action.' } as never };
    const card = await this.claimCard(context, claim.vacancyId);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never };
  }

  private async claimCard(context: TurnContext, vacancyId: string): Promise<object> {
    const locale = localeOf(context);
    const actor = await this.deps.identify(context);
    if (!actor) return errorCard('FORBIDDEN', locale);
    try {
      const { outcome, alert } = await claimVacancy(this.deps, actor, vacancyId);
      const s = strings(locale);
      const notice =
        outcome === 'claimed'
          ? { text: s.claimWon, tone: 'good' as const }
          : outcome === 'taken'
            ? { text: s.claimLost(alert.claimedByName ?? '—'), tone: 'attention' as const }
            : { text: s.claimNotOpen(statusLabel(alert.vacancy.status, locale)), tone: 'attention' as const };
      return await this.renderAlert(actor.tenantId, alert, { locale, notice });
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      if (code === 'INTERNAL') this.deps.logger.error({ type: (error as Error).name }, 'claim failed');
      return errorCard(code, locale);
    }
  }

  private get renderAlert() {
    return alertCardRenderer({ store: this.deps.store, teamsAppId: this.deps.teamsAppId, publicUrl: this.deps.publicUrl });
  }

  // --- installs ----------------------------------------------------------------------------

  private async remember(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    const ref = conversationRefOf(context);
    if (tenantId && ref) await this.deps.store.saveConversationRef(tenantId, ref);
  }

  private async forget(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    if (!tenantId) return;
    const teamId = (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    const where = teamId ? { teamId } : { conversationId: conversationKey(context) };
    const removed = await this.deps.store.deleteConversationRefs(tenantId, where);
    this.deps.logger.info({ removed }, 'bot removed from a conversation');
  }

  // --- message extension -------------------------------------------------------------------

  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const actor = await this.deps.identify(context);
    const locale = localeOf(context);
    const text = String(query.parameters?.find((p) => p.name !== 'initialRun')?.value ?? '').slice(0, 200);
    if (!actor || !text.trim()) return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
    const { items } = await searchCompanies(this.deps, actor, { q: text, limit: 10 });
    // The contexts are independent reads: in parallel, so the compose box waits for the slowest only.
    const attachments: MessagingExtensionAttachment[] = await Promise.all(
      items.map(async (summary) => {
        const { company, context: serviceContext } = await getCompanyWithContext(this.deps, actor, summary.id);
        const card = companyCard({ company, context: serviceContext, locale, openUrl: this.deepLink(company.id, company.name), forCompose: true });
        return { ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(...previewArgs(summary)) };
      }),
    );
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

  protected override async handleTeamsAppBasedLinkQuery(context: TurnContext, query: AppBasedLinkQuery): Promise<MessagingExtensionResponse> {
    const actor = await this.deps.identify(context);
    const companyId = query.url ? companyIdFromLink(query.url) : null;
    if (!actor || !companyId) return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
    const { company, context: serviceContext } = await getCompanyWithContext(this.deps, actor, companyId);
    const card = companyCard({ company, context: serviceContext, locale: localeOf(context), openUrl: this.deepLink(company.id, company.name), forCompose: true });
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [{ ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(...previewArgs(company)) }],
      },
    };
  }
}

function previewArgs(company: Parameters<typeof companyPreview>[0]): [string, string] {
  const preview = companyPreview(company);
  return [preview.title, [preview.subtitle, preview.text].filter(Boolean).join(' · ')];
}

/** Danish unless the Teams client speaks English. */
function localeOf(context: TurnContext): Locale {
  return (context.activity.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'da';
}

import { DEFAULT_TOPICS, topicLabel, type Topic } from '../../src/domain/topics.js';
import { strings, type Locale } from '../i18n/strings.js';
import { historySubmit } from './card-actions.js';
import {
  adaptiveCard,
  container,
  formatDate,
  heading,
  joinParts,
  openUrlAction,
  subtle,
  submitAction,
  textBlock,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './card-parts.js';
import type { CardCompany, CardInteraction, CardSection } from './card-types.js';

export interface HistoryCardInput {
  company: Pick<CardCompany, 'id' | 'name'>;
  /** Already cut to what the asking user may see; the card shows what is there. */
  items: readonly CardInteraction[];
  nextCursor: string | null;
  locale: Locale;
  openUrl: string;
  /** Section names by id; an unknown section shows its id. */
  sections?: readonly CardSection[];
  topics?: readonly Topic[];
}

export const HISTORY_PAGE_SIZE = 10;
// Ten summaries of this length stay well inside Teams' 28 KB message limit.
const SUMMARY_MAX = 1000;
const EXCERPT_MAX = 500;

/** The company's latest contacts, newest first as given, with "show more" when there are more. */
export function historyCard(input: HistoryCardInput): AdaptiveCardJson {
  const { company, locale } = input;
  const s = strings(locale);
  const body: CardElement[] = [heading(s.historyTitle(company.name), 'medium')];
  if (input.items.length === 0) body.push(textBlock(s.noHistory, { isSubtle: true }));
  for (const item of input.items.slice(0, HISTORY_PAGE_SIZE)) body.push(contactBlock(item, input));

  const actions: CardAction[] = [];
  if (input.nextCursor)
    actions.push(submitAction(s.showMore, historySubmit(company.id, input.locale, input.nextCursor)));
  actions.push(...openUrlAction(s.openInKontaktspor, input.openUrl));
  return adaptiveCard(locale, body, actions);
}

function contactBlock(item: CardInteraction, input: HistoryCardInput): CardElement {
  const { locale } = input;
  const s = strings(locale);
  const topics = input.topics ?? DEFAULT_TOPICS;
  const section = item.sectionId
    ? (input.sections?.find((entry) => entry.id === item.sectionId)?.name ?? item.sectionId)
    : null;
  const who = item.loggedBy
    ? (item.loggedBy.name ?? s.unknownPerson)
    : item.sharedMailbox
      ? s.fromSharedMailbox(item.sharedMailbox, section)
      : s.unknownPerson;
  const others = Math.max(0, item.loggerCount - 1);

  const meta = joinParts([
    section ? `${s.section}: ${section}` : null,
    item.topics.length > 0
      ? `${s.topics}: ${item.topics.map((key) => topicLabel(topics, key, locale)).join(', ')}`
      : null,
  ]);
  const headline = joinParts([
    formatDate(item.occurredAt, locale),
    s.kinds[item.kind] ?? item.kind,
    others > 0 ? s.andOthers(who, others) : who,
  ]);
  const items: CardElement[] = [textBlock(headline, { weight: 'bolder' })];
  if (meta) items.push(subtle(meta));
  if (item.subject) items.push(textBlock(item.subject, { spacing: 'small', max: 300 }));
  items.push(textBlock(item.summary ?? '—', { spacing: 'small', multiline: true, max: SUMMARY_MAX }));
  // Present only for a reader who took part (or a 'full' contact): the service cut it already.
  if (item.excerpt)
    items.push(textBlock(item.excerpt, { spacing: 'small', isSubtle: true, multiline: true, max: EXCERPT_MAX }));
  return container(items, { separator: true, spacing: 'medium' });
}

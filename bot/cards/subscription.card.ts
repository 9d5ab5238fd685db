import { DEFAULT_TOPICS, topicLabel, type Topic } from '../../src/domain/topics.js';
import type { SubscriptionFilters } from '../commands/subscription-filters.js';
import { strings, type Locale } from '../i18n/strings.js';
import {
  adaptiveCard,
  factSet,
  heading,
  subtle,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
} from './card-parts.js';

export interface SubscriptionCardInput {
  filters: SubscriptionFilters;
  locale: Locale;
  /** False when the channel already had exactly this subscription. */
  created: boolean;
  /** Words of the command that were not understood, shown so the user can correct them. */
  ignored?: readonly string[];
  topics?: readonly Topic[];
}

/** What this channel now receives. */
export function subscriptionCard(input: SubscriptionCardInput): AdaptiveCardJson {
  const { filters, locale } = input;
  const s = strings(locale);
  const topics = input.topics ?? DEFAULT_TOPICS;
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : null);
  const criteria = factSet([
    [s.filterTopics, list(filters.topics.map((key) => topicLabel(topics, key, locale)))],
    [s.filterIndustry, list(filters.industryPrefixes)],
    [s.filterPostcodes, list(filters.postcodes)],
    [s.filterKeywords, list(filters.keywords)],
  ]);
  const body: CardElement[] = [heading(input.created ? s.subscriptionCreated : s.subscriptionExisted, 'medium')];
  if (criteria.length === 0) body.push(textBlock(s.subscriptionAll));
  else body.push(textBlock(s.subscriptionMatches), ...criteria);
  if (input.ignored && input.ignored.length > 0) {
    body.push(textBlock(`${s.filterIgnored}: ${input.ignored.join(', ')}`, { color: 'warning', spacing: 'small' }));
  }
  body.push(subtle(s.subscriptionPrivacy, { spacing: 'medium' }), subtle(s.subscriptionStopHint));
  return adaptiveCard(locale, body);
}

/** The channel's subscriptions were removed (`count` of them, perhaps none). */
export function subscriptionsRemovedCard(count: number, locale: Locale): AdaptiveCardJson {
  const s = strings(locale);
  return adaptiveCard(locale, [
    heading(s.subscriptionsRemovedTitle, 'medium'),
    textBlock(s.subscriptionsRemoved(Math.max(0, Math.trunc(count)))),
  ]);
}

/** Which section channels hear of a vacancy: pure matching of vacancy facts against subscription filters. */
import type { SubscriptionFilters } from './model.js';
import { toSearchKey } from './search-key.js';

/** The facts a subscription can filter on: the vacancy's own, plus its company's industry and postcode. */
export interface AlertFacts {
  topics: readonly string[];
  /** DB07 code of the company, 6 digits, or null when unknown. */
  industryCode: string | null;
  /** The vacancy's postcode, else the company's. */
  postcode: string | null;
  /** Free text keywords are looked for in: the title and the place of work. */
  text: string;
}

/**
 * A subscription matches when every filter list it sets matches (AND across lists) and, within a
 * list, any one value does (OR). An empty list does not filter, so a subscription with no filters
 * matches every vacancy.
 */
export function subscriptionMatches(filters: SubscriptionFilters, facts: AlertFacts): boolean {
  if (filters.topics.length > 0 && !filters.topics.some((topic) => facts.topics.includes(topic))) return false;
  if (filters.industryPrefixes.length > 0) {
    const code = (facts.industryCode ?? '').replace(/\D/g, '');
    if (!code || !filters.industryPrefixes.some((prefix) => code.startsWith(prefix.replace(/\D/g, '')))) return false;
  }
  if (filters.postcodes.length > 0 && !(facts.postcode && filters.postcodes.includes(facts.postcode.trim())))
    return false;
  if (filters.keywords.length > 0) {
    const words = ` ${toSearchKey(facts.text)} `;
    if (!filters.keywords.some((keyword) => keywordIn(words, keyword))) return false;
  }
  return true;
}

/** A keyword matches a whole word or the start of one ("lager" finds "lagermedarbejder"). */
function keywordIn(paddedWords: string, keyword: string): boolean {
  const key = toSearchKey(keyword);
  return key.length > 0 && paddedWords.includes(` ${key}`);
}

/** The distinct channels (conversation ids) with at least one matching subscription, in first-seen order. */
export function matchingChannels(
  subscriptions: readonly (SubscriptionFilters & { conversationId: string })[],
  facts: AlertFacts,
): string[] {
  const channels = new Set<string>();
  for (const subscription of subscriptions) {
    if (!channels.has(subscription.conversationId) && subscriptionMatches(subscription, facts))
      channels.add(subscription.conversationId);
  }
  return [...channels];
}

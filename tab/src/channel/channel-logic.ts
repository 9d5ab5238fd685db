/** The channel tab's decisions as pure functions: the alert form's checks and how a subscription reads. */
import { topicLabel } from '../../../web-shared/format.js';
import { stringsFor, type Lang } from '../common/i18n.js';
import type { NewSubscription, Subscription, Topic } from '../../../web-shared/api-types.js';

export interface SubscriptionFormValues {
  topics: string[];
  postcodes: string;
  industries: string;
  keywords: string;
}

export type SubscriptionFormErrors = Partial<Record<'postcodes' | 'industries' | 'keywords', string>>;

export const EMPTY_SUBSCRIPTION_FORM: SubscriptionFormValues = Object.freeze({
  topics: [],
  postcodes: '',
  industries: '',
  keywords: '',
}) as SubscriptionFormValues;

/** Comma-separated entries, trimmed, each once. */
export function commaList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]+/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

export function validateSubscriptionForm(
  conversationId: string,
  values: SubscriptionFormValues,
  lang: Lang,
): { ok: true; body: NewSubscription } | { ok: false; errors: SubscriptionFormErrors } {
  const t = stringsFor(lang).channel.invalid;
  const errors: SubscriptionFormErrors = {};
  const postcodes = commaList(values.postcodes);
  const industryPrefixes = commaList(values.industries);
  const keywords = commaList(values.keywords);
  const badPostcode = postcodes.find((p) => !/^\d{4}$/.test(p));
  if (badPostcode) errors.postcodes = t.postcode(badPostcode);
  const badIndustry = industryPrefixes.find((p) => !/^\d{2,6}$/.test(p));
  if (badIndustry) errors.industries = t.industry(badIndustry);
  const badKeyword = keywords.find((k) => k.length < 2 || k.length > 60);
  if (badKeyword) errors.keywords = t.keyword(badKeyword);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: { conversationId, topics: [...new Set(values.topics)], industryPrefixes, postcodes, keywords },
  };
}

/** "Emner: Rekruttering, Fleksjob · Postnumre: 4000" or "alle nye jobordrer". */
export function subscriptionText(
  subscription: Pick<Subscription, 'topics' | 'postcodes' | 'industryPrefixes' | 'keywords'>,
  topics: readonly Topic[],
  lang: Lang,
): string {
  const t = stringsFor(lang).channel;
  const parts = [
    subscription.topics.length
      ? `${t.topics}: ${subscription.topics.map((key) => topicLabel(key, topics, lang)).join(', ')}`
      : null,
    subscription.postcodes.length ? `${t.postcodes}: ${subscription.postcodes.join(', ')}` : null,
    subscription.industryPrefixes.length ? `${t.industries}: ${subscription.industryPrefixes.join(', ')}` : null,
    subscription.keywords.length ? `${t.keywords}: ${subscription.keywords.join(', ')}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t.everything;
}

import { DEFAULT_TOPICS, topicLabel, type Topic } from '../../src/domain/topics.js';
import { registerStatusNotice } from '../../src/domain/register-status-words.js';
import { strings, type Locale } from '../i18n/strings.js';
import { historySubmit } from './card-actions.js';
import {
  adaptiveCard,
  container,
  factSet,
  heading,
  openUrlAction,
  submitAction,
  textBlock,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './card-parts.js';
import type { CardCompany, CardServiceContext } from './card-types.js';
import { vacancyLines } from './vacancy-lines.js';

export interface CompanyCardInput {
  company: CardCompany;
  context: CardServiceContext;
  locale: Locale;
  /** A Teams deep link to the company in the tab, built by the caller. */
  openUrl: string;
  /** For a card a user inserts from the compose box: no Action.Submit, which only works in a bot's own message. */
  forCompose?: boolean;
  /** The tenant's topics; the defaults when not given. */
  topics?: readonly Topic[];
}

const VACANCIES_SHOWN = 5;
const TOPICS_SHOWN = 13;

/** The company's service context: who it is, what to watch out for, what we do with it. */
export function companyCard(input: CompanyCardInput): AdaptiveCardJson {
  const { company, context, locale } = input;
  const s = strings(locale);
  const topics = input.topics ?? DEFAULT_TOPICS;

  const body: CardElement[] = [heading(company.name), ...flags(input), ...facts(input)];

  body.push(textBlock(s.contactsPerTopic, { weight: 'bolder', spacing: 'medium', separator: true }));
  const counts = context.topicCounts.filter((row) => row.count > 0).slice(0, TOPICS_SHOWN);
  if (counts.length === 0) body.push(textBlock(s.noContactsLastYear, { isSubtle: true }));
  else body.push(...factSet(counts.map((row) => [topicLabel(topics, row.topic, locale), String(row.count)] as const)));

  body.push(
    textBlock(s.openVacancies(context.openVacancies.length), { weight: 'bolder', spacing: 'medium', separator: true }),
  );
  if (context.openVacancies.length === 0) body.push(textBlock(s.noOpenVacancies, { isSubtle: true }));
  else
    body.push(...vacancyLines(context.openVacancies, { locale, shown: VACANCIES_SHOWN, withCompany: false, topics }));

  const actions: CardAction[] = [];
  if (!input.forCompose) actions.push(submitAction(s.showHistory, historySubmit(company.id, input.locale)));
  actions.push(...openUrlAction(s.openInKontaktspor, input.openUrl));
  return adaptiveCard(locale, body, actions);
}

function flags({ company, context, locale }: CompanyCardInput): CardElement[] {
  const s = strings(locale);
  const lines: CardElement[] = [];
  // The register first: a bankrupt or dissolved company makes every other flag moot.
  const register = registerStatusNotice(context.flags.registerStatus ?? company.registerStatus, locale);
  if (register) {
    lines.push(textBlock(`⚠ ${register.title}`, { weight: 'bolder', color: 'attention' }));
    lines.push(textBlock(register.text, { color: 'attention', spacing: 'none', size: 'small' }));
  }
  if (company.blockade || context.flags.blockade)
    lines.push(textBlock(s.blockade, { weight: 'bolder', color: 'attention', spacing: 'small' }));
  if (company.doNotContact || context.flags.doNotContact) {
    lines.push(textBlock(s.doNotContact, { weight: 'bolder', color: 'attention', spacing: 'small' }));
  }
  return lines.length > 0 ? [container(lines, { style: 'attention', spacing: 'small' })] : [];
}

function facts({ company, context, locale }: CompanyCardInput): CardElement[] {
  const s = strings(locale);
  const place = [company.postcode, company.city].filter(Boolean).join(' ');
  return factSet([
    [s.cvr, company.cvr],
    [s.city, place],
    [s.responsible, context.responsible?.name ?? s.noResponsible],
  ]);
}

import { strings, type Locale } from '../i18n/strings.js';
import { companySubmit } from './card-actions.js';
import {
  adaptiveCard,
  cleanLine,
  heading,
  joinParts,
  submitAction,
  subtle,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
  type ColumnSetJson,
} from './card-parts.js';
import type { CardCompany } from './card-types.js';
import { flagLine } from './company-preview.js';

export interface ChoiceCardInput {
  query: string;
  companies: readonly CardCompany[];
  locale: Locale;
  /** How many matched in all, when the search was cut before `companies`; else `companies.length`. */
  total?: number;
}

export const CHOICES_SHOWN = 10;

/** Several companies matched: one row per hit with a button that opens its company card. */
export function choiceCard(input: ChoiceCardInput): AdaptiveCardJson {
  const { locale } = input;
  const s = strings(locale);
  const shown = input.companies.slice(0, CHOICES_SHOWN);
  const body: CardElement[] = [heading(s.choiceTitle(cleanLine(input.query, 100)), 'medium')];
  for (const company of shown) body.push(choiceRow(company, locale));
  const hidden = Math.max(input.total ?? 0, input.companies.length) - shown.length;
  if (hidden > 0) body.push(textBlock(s.moreHits(hidden), { isSubtle: true, spacing: 'medium' }));
  return adaptiveCard(locale, body);
}

function choiceRow(company: CardCompany, locale: Locale): ColumnSetJson {
  const s = strings(locale);
  const details = joinParts([
    company.cvr ? `${s.cvr} ${company.cvr}` : null,
    [company.postcode, company.city].filter(Boolean).join(' '),
  ]);
  const flags = flagLine(company, locale);
  const text: CardElement[] = [textBlock(company.name, { weight: 'bolder', max: 200 })];
  if (details) text.push(subtle(details));
  if (flags) text.push(textBlock(flags, { color: 'attention', spacing: 'none', size: 'small' }));
  return {
    type: 'ColumnSet',
    separator: true,
    spacing: 'small',
    columns: [
      { type: 'Column', width: 'stretch', items: text, verticalContentAlignment: 'center' },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'center',
        items: [{ type: 'ActionSet', actions: [submitAction(s.choose, companySubmit(company.id, locale))] }],
      },
    ],
  };
}

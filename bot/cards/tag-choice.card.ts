import type { Locale } from '../i18n/strings.js';
import { langOf } from './card-actions.js';
import {
  adaptiveCard,
  cleanLine,
  factSet,
  formatDate,
  heading,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
} from './card-parts.js';

/** What the choice card's button sends back: the job, and the chosen company (or a CVR typed in). */
export interface TagChoiceSubmit {
  kontaktspor: 'tag-company';
  jobId: string;
  companyId?: string;
  cvr?: string;
  /** The card's language, so the answer follows the card and not the client. */
  lang?: Locale;
}

export interface TagChoiceCardInput {
  jobId: string;
  kind: 'email' | 'meeting';
  /** CPR already removed by the use case; cleaned again here. */
  subject: string | null;
  occurredAt: Date | string;
  choices: readonly { id: string; name: string; cvr: string | null }[];
  locale: Locale;
}

const TEXT = {
  da: {
    title: 'Hvilken virksomhed?',
    intro: (kind: 'email' | 'meeting', many: boolean) =>
      `Du har mærket ${kind === 'email' ? 'en mail' : 'et møde'} med "Kontaktspor". ${many ? 'Afsenderen passer på flere virksomheder' : 'Vi kender ikke afsenderen'}: vælg virksomheden, så logger vi den.`,
    subject: 'Emne',
    when: 'Dato',
    noSubject: '(intet emne)',
    pick: 'Virksomhed',
    cvr: 'Eller CVR-nummer (8 cifre)',
    log: 'Log på virksomheden',
  },
  en: {
    title: 'Which company?',
    intro: (kind: 'email' | 'meeting', many: boolean) =>
      `You tagged ${kind === 'email' ? 'an email' : 'a meeting'} "Kontaktspor". ${many ? 'The sender matches several companies' : 'We do not know the sender'}: choose the company and we log it.`,
    subject: 'Subject',
    when: 'Date',
    noSubject: '(no subject)',
    pick: 'Company',
    cvr: 'Or CVR number (8 digits)',
    log: 'Log to the company',
  },
} as const;

type InputJson =
  | {
      type: 'Input.ChoiceSet';
      id: string;
      label: string;
      style: 'compact' | 'expanded';
      isRequired: boolean;
      choices: { title: string; value: string }[];
    }
  | { type: 'Input.Text'; id: string; label: string; maxLength: number; regex: string; errorMessage: string };

/** Sent in the tagging user's personal chat when a tagged item's company was ambiguous or unknown (Adaptive Cards 1.5). */
export function tagChoiceCard(input: TagChoiceCardInput): AdaptiveCardJson {
  const t = TEXT[input.locale];
  const choices = input.choices.slice(0, 10);
  const inputs: InputJson[] = [];
  if (choices.length > 0) {
    inputs.push({
      type: 'Input.ChoiceSet',
      id: 'companyId',
      label: t.pick,
      style: 'expanded',
      isRequired: false,
      choices: choices.map((company) => ({
        title: cleanLine(company.cvr ? `${company.name} (CVR ${company.cvr})` : company.name, 120),
        value: company.id,
      })),
    });
  }
  inputs.push({
    type: 'Input.Text',
    id: 'cvr',
    label: t.cvr,
    maxLength: 12,
    regex: '^\\s*(DK)?\\s*\\d{8}\\s*$',
    errorMessage: t.cvr,
  });
  const body = [
    heading(t.title, 'medium'),
    textBlock(t.intro(input.kind, choices.length > 0)),
    ...factSet([
      [t.subject, input.subject ? cleanLine(input.subject, 200) : t.noSubject],
      [t.when, formatDate(input.occurredAt, input.locale)],
    ]),
    ...(inputs as unknown as CardElement[]),
  ];
  const submit: TagChoiceSubmit = { kontaktspor: 'tag-company', jobId: input.jobId, lang: input.locale };
  return adaptiveCard(input.locale, body, [{ type: 'Action.Submit', title: t.log, data: { ...submit } }]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The card's submit value (with its inputs merged in; neither when the user chose nothing), or null when it is not one. */
export function parseTagChoiceSubmit(value: unknown): TagChoiceSubmit | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  if (data['kontaktspor'] !== 'tag-company') return null;
  const jobId = data['jobId'];
  if (typeof jobId !== 'string' || !UUID.test(jobId)) return null;
  const companyId = data['companyId'];
  const cvr = typeof data['cvr'] === 'string' ? data['cvr'].replace(/^\s*DK/i, '').replace(/\s+/g, '') : '';
  const result: TagChoiceSubmit = { kontaktspor: 'tag-company', jobId: jobId.toLowerCase() };
  if (typeof companyId === 'string' && UUID.test(companyId)) result.companyId = companyId.toLowerCase();
  if (/^\d{8}$/.test(cvr)) result.cvr = cvr;
  const lang = langOf(data);
  if (lang) result.lang = lang;
  return result;
}

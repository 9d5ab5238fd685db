import { DEFAULT_TOPICS, type Topic } from '../../src/domain/topics.js';
import { strings, type Locale } from '../i18n/strings.js';
import {
  adaptiveCard,
  heading,
  openUrlAction,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
} from './card-parts.js';
import type { CardVacancy } from './card-types.js';
import { vacancyLines } from './vacancy-lines.js';

export interface VacanciesCardInput {
  vacancies: readonly CardVacancy[];
  locale: Locale;
  /** The heading, e.g. "Virksomhedsservice" (shown as text); "Ledige stillinger" when not given. */
  title?: string;
  /** A deep link to the vacancy list in the tab, when the caller has one. */
  openUrl?: string | null;
  topics?: readonly Topic[];
}

export const VACANCIES_SHOWN = 15;

/** A list of vacancies with company, positions, deadline and status. */
export function vacanciesCard(input: VacanciesCardInput): AdaptiveCardJson {
  const { locale } = input;
  const s = strings(locale);
  const body: CardElement[] = [
    heading(input.title?.trim() ? input.title : s.openVacancies(input.vacancies.length), 'medium'),
  ];
  if (input.vacancies.length === 0) body.push(textBlock(s.noVacancies, { isSubtle: true }));
  else
    body.push(
      ...vacancyLines(input.vacancies, {
        locale,
        shown: VACANCIES_SHOWN,
        withCompany: true,
        topics: input.topics ?? DEFAULT_TOPICS,
      }),
    );
  return adaptiveCard(locale, body, openUrlAction(s.openInKontaktspor, input.openUrl));
}

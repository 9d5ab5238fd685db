import { topicLabel, type Topic } from '../../src/domain/topics.js';
import { statusLabel } from '../../src/domain/vacancy-lifecycle.js';
import { strings, type Locale } from '../i18n/strings.js';
import { container, formatDay, joinParts, subtle, textBlock, type CardElement } from './card-parts.js';
import type { CardVacancy } from './card-types.js';

/** Vacancies as short blocks (title, then facts on one line), the first `shown`, then "N more". */
export function vacancyLines(
  vacancies: readonly CardVacancy[],
  options: { locale: Locale; shown: number; withCompany: boolean; topics: readonly Topic[] },
): CardElement[] {
  const { locale, shown, withCompany, topics } = options;
  const s = strings(locale);
  const blocks: CardElement[] = vacancies.slice(0, shown).map((vacancy) =>
    container(
      [
        textBlock(withCompany && vacancy.companyName ? `${vacancy.title} – ${vacancy.companyName}` : vacancy.title, {
          weight: 'bolder',
          max: 200,
        }),
        subtle(
          joinParts([
            s.positions(vacancy.positions),
            vacancy.deadline ? s.deadline(formatDay(vacancy.deadline, locale)) : s.noDeadline,
            [vacancy.postcode, vacancy.location].filter(Boolean).join(' '),
            statusLabel(vacancy.status, locale),
          ]),
        ),
        ...(vacancy.topics.length > 0
          ? [subtle(vacancy.topics.map((key) => topicLabel(topics, key, locale)).join(', '))]
          : []),
      ],
      { spacing: 'small' },
    ),
  );
  const hidden = vacancies.length - shown;
  if (hidden > 0) blocks.push(textBlock(s.moreVacancies(hidden), { isSubtle: true, spacing: 'small' }));
  return blocks;
}

import { DEFAULT_TOPICS, topicLabel, type Topic } from '../../src/domain/topics.js';
import { statusLabel } from '../../src/domain/vacancy-lifecycle.js';
import type { AlertVacancy } from '../../src/ports/store.js';
import { strings, type Locale } from '../i18n/strings.js';
import {
  actionTitle,
  adaptiveCard,
  factSet,
  formatDay,
  heading,
  openUrlAction,
  subtle,
  textBlock,
  type CardAction,
  type CardElement,
} from './card-parts.js';
import { claimSubmit, CLAIM_VERB } from './card-actions.js';

export interface VacancyAlertCardInput {
  alert: AlertVacancy;
  locale: Locale;
  /** Deep link to the company in the Kontaktspor tab. */
  openUrl?: string | null;
  /** The jobordre in Jobnet, for a vacancy that came from there. */
  jobnetUrl?: string | null;
  topics?: readonly Topic[];
  /** A line for the one who pressed the button ("you have it" / "X was first"). */
  notice?: { text: string; tone: 'good' | 'attention' } | null;
}

/**
 * The alert a section channel gets for a vacancy, and the same card updated as its status changes.
 * Company and vacancy facts only: never citizen data. All text goes through the card parts, which
 * redact CPR numbers; the claimer is a staff member, named once the vacancy is taken.
 */
export function vacancyAlertCard(input: VacancyAlertCardInput): ReturnType<typeof adaptiveCard> {
  const { alert, locale } = input;
  const { vacancy } = alert;
  const s = strings(locale);
  const topics = input.topics ?? DEFAULT_TOPICS;
  const area = [vacancy.postcode ?? alert.companyPostcode, vacancy.location].filter(Boolean).join(' ');
  const body: CardElement[] = [
    subtle(s.alertHeading, { spacing: 'none' }),
    heading(vacancy.title, 'medium'),
    textBlock(alert.companyName, { weight: 'bolder', spacing: 'none' }),
    ...factSet([
      [s.alertPositions, String(vacancy.positions)],
      [s.alertDeadline, vacancy.deadline ? formatDay(vacancy.deadline, locale) : s.noDeadline],
      [s.alertArea, area],
      [s.alertType, vacancy.jobnet?.type.label],
      [s.alertTopics, vacancy.topics.map((key) => topicLabel(topics, key, locale)).join(', ')],
      [s.alertStatus, statusLabel(vacancy.status, locale)],
    ]),
  ];
  // Who may be referred depends on special terms (løntilskud, flexjob, …): they must not be missed.
  if (vacancy.jobnet?.type.specialTerms) {
    body.push(textBlock(s.alertSpecialTerms(vacancy.jobnet.type.label), { color: 'attention', weight: 'bolder' }));
  }
  if (vacancy.status === 'in_progress' && alert.claimedByName) {
    body.push(textBlock(s.alertTakenBy(alert.claimedByName), { color: 'good', weight: 'bolder' }));
  }
  if (input.notice) body.push(textBlock(input.notice.text, { color: input.notice.tone, spacing: 'medium' }));
  const actions: CardAction[] = [];
  if (vacancy.status === 'received' || vacancy.status === 'paused') {
    const data = claimSubmit(vacancy.id, locale);
    actions.push({
      type: 'Action.Execute',
      title: actionTitle(s.alertClaim),
      verb: CLAIM_VERB,
      data,
      fallback: { type: 'Action.Submit', title: actionTitle(s.alertClaim), data },
    });
  }
  actions.push(...openUrlAction(s.openInKontaktspor, input.openUrl));
  actions.push(...openUrlAction(s.openInJobnet, input.jobnetUrl));
  return adaptiveCard(locale, body, actions);
}

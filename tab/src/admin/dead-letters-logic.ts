/** The dead-letter list as a view model: which channel, which vacancy, how often tried, why, and when given up. */
import { formatDateTime } from '../../../web-shared/format.js';
import { stringsFor, type Lang } from '../common/i18n.js';
import type { AlertDelivery, Vacancy } from '../../../web-shared/api-types.js';

export interface DeadLetterRow {
  id: string;
  /** The channel's conversation id, shortened for reading (the full id is kept for a tooltip). */
  channel: string;
  channelFull: string;
  vacancy: string;
  kind: string;
  attempts: number;
  lastError: string;
  when: string;
}

const CHANNEL_MAX = 36;

/** "19:a1b2c3d4e5…@thread.tacv2": Teams conversation ids are long; their start and kind tell them apart. */
export function shortChannelId(conversationId: string): string {
  if (conversationId.length <= CHANNEL_MAX) return conversationId;
  const at = conversationId.lastIndexOf('@');
  const tail = at > 0 && conversationId.length - at <= 20 ? conversationId.slice(at) : '';
  return `${conversationId.slice(0, CHANNEL_MAX - tail.length - 1)}…${tail}`;
}

/** The vacancy's title and company when the tab knows it, else a short id (closed long ago, or beyond the list). */
export function vacancyLabel(
  vacancyId: string,
  vacancies: readonly Pick<Vacancy, 'id' | 'title' | 'companyName'>[],
  lang: Lang,
): string {
  const vacancy = vacancies.find((v) => v.id === vacancyId);
  if (!vacancy) return stringsFor(lang).deadLetters.unknownVacancy(vacancyId.slice(0, 8));
  return vacancy.companyName ? `${vacancy.title} (${vacancy.companyName})` : vacancy.title;
}

export function deadLetterRows(
  alerts: readonly AlertDelivery[],
  vacancies: readonly Pick<Vacancy, 'id' | 'title' | 'companyName'>[],
  lang: Lang,
): DeadLetterRow[] {
  const t = stringsFor(lang).deadLetters;
  return alerts
    .filter((alert) => alert.status === 'dead')
    .map((alert) => ({
      id: alert.id,
      channel: shortChannelId(alert.conversationId),
      channelFull: alert.conversationId,
      vacancy: vacancyLabel(alert.vacancyId, vacancies, lang),
      kind: t.kinds[alert.kind],
      attempts: alert.attempts,
      lastError: alert.lastError ?? t.noError,
      // The row's last change is when it was given up on.
      when: formatDateTime(alert.updatedAt, lang),
    }));
}

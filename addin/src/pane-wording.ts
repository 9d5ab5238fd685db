/** How the pane's lines read in the UI language: names, collisions, contacts, vacancies, log results. */
import type { LastContact, LogResult, OpenVacancy, RecentColleagueContact, Topic } from '../../web-shared/api-types.js';
import { formatDate, midSentence, relativeTime, topicLabel } from '../../web-shared/format.js';
import { stringsFor, type ContactKind, type Lang } from './i18n.js';

/** "A", "A og B", "A, B og C"; unknown names read as "en kollega". */
export function namesList(names: readonly (string | null)[], lang: Lang): string {
  const t = stringsFor(lang);
  const unique = [...new Set(names.map((n) => n?.trim() || t.aColleague))];
  if (unique.length <= 1) return unique[0] ?? t.aColleague;
  return `${unique.slice(0, -1).join(', ')} ${t.and} ${unique.at(-1)}`;
}

export function alreadyLoggedText(loggedBy: readonly { name: string | null }[], lang: Lang): string {
  return stringsFor(lang).alreadyLoggedBy(namesList(loggedBy.map((l) => l.name), lang));
}

/** The collision warning: "Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse". */
export function collisionText(entry: RecentColleagueContact, topics: readonly Topic[], now: Date, lang: Lang): string {
  const t = stringsFor(lang);
  const who = entry.name?.trim() || t.aColleague.charAt(0).toUpperCase() + t.aColleague.slice(1);
  const head = [who, entry.sectionName?.trim(), relativeTime(entry.occurredAt, now, lang)].filter(Boolean).join(', ');
  const what = entry.topics.length
    ? entry.topics.map((key) => midSentence(topicLabel(key, topics, lang))).join(', ')
    : t.kinds[entry.kind as ContactKind];
  return `${head}: ${what}`;
}

/** "e-mail · Mette Hansen · for 3 dage siden" above a last contact's subject. */
export function contactMeta(contact: Pick<LastContact, 'kind' | 'loggedBy' | 'occurredAt'>, now: Date, lang: Lang): string {
  const t = stringsFor(lang);
  const kind = t.kinds[contact.kind as ContactKind];
  return [kind.charAt(0).toUpperCase() + kind.slice(1), contact.loggedBy.name || t.aColleague, relativeTime(contact.occurredAt, now, lang)].join(' · ');
}

/** "Lagerarbejder · 2 stillinger · frist 1. apr. 2026". */
export function vacancyLine(vacancy: Pick<OpenVacancy, 'title' | 'positions' | 'deadline'>, lang: Lang): string {
  const t = stringsFor(lang);
  const parts = [vacancy.title, t.company.positions(vacancy.positions)];
  if (vacancy.deadline) parts.push(t.company.deadline(formatDate(vacancy.deadline, lang)));
  return parts.join(' · ');
}

/** The status line after logging: "Logget" or "Allerede logget af X". */
export function logResultText(result: Pick<LogResult, 'status' | 'loggedBy'>, lang: Lang): string {
  return result.status === 'logged' ? stringsFor(lang).logged : alreadyLoggedText(result.loggedBy, lang);
}

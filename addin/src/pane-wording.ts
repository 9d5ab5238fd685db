/**
 * How the pane's lines read in the UI language: names, last contacts, vacancies, log results
 * (the collision warning: web-shared/collision-text.ts).
 */
import type { CompanySummary, LastContact, LogResult, OpenVacancy } from '../../web-shared/api-types.js';
import { registerStatusWord } from '../../web-shared/company-flag-notices.js';
import { formatDate, relativeTime } from '../../web-shared/format.js';
import { stringsFor, type Lang } from './i18n.js';

/** "A", "A og B", "A, B og C"; unknown names read as "en kollega". */
export function namesList(names: readonly (string | null)[], lang: Lang): string {
  const t = stringsFor(lang);
  const unique = [...new Set(names.map((n) => n?.trim() || t.aColleague))];
  if (unique.length <= 1) return unique[0] ?? t.aColleague;
  return `${unique.slice(0, -1).join(', ')} ${t.and} ${unique.at(-1)}`;
}

export function alreadyLoggedText(loggedBy: readonly { name: string | null }[], lang: Lang): string {
  return stringsFor(lang).alreadyLoggedBy(
    namesList(
      loggedBy.map((l) => l.name),
      lang,
    ),
  );
}

/**
 * A company's flags mid-sentence, most serious first: "under konkurs, blokade". A status the register
 * uses that Kontaktspor does not know stays as the register writes it.
 */
export function flagWords(
  company: Pick<CompanySummary, 'blockade' | 'doNotContact' | 'registerStatus'>,
  lang: Lang,
): string[] {
  const t = stringsFor(lang);
  const status = registerStatusWord(company.registerStatus, lang);
  const statusWord = status && status !== status.toUpperCase() ? status[0]!.toLowerCase() + status.slice(1) : status;
  return [
    statusWord,
    company.blockade ? t.blockadeShort : null,
    company.doNotContact ? t.doNotContactShort : null,
  ].filter((word): word is string => word !== null);
}

/** "e-mail · Mette Hansen · for 3 dage siden" above a last contact's subject. */
export function contactMeta(
  contact: Pick<LastContact, 'kind' | 'loggedBy' | 'occurredAt'>,
  now: Date,
  lang: Lang,
): string {
  const t = stringsFor(lang);
  const kind = t.contactKinds[contact.kind];
  return [
    kind.charAt(0).toUpperCase() + kind.slice(1),
    contact.loggedBy?.name || t.aColleague,
    relativeTime(contact.occurredAt, now, lang),
  ].join(' · ');
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

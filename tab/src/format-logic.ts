/** How the tab's names, collisions and failures read, in the UI language. No React, no Teams. */
import { midSentence, relativeTime, topicLabel } from '../../web-shared/format.js';
import type { RecentColleagueContact, Section, StaffMember, Topic } from '../../web-shared/api-types.js';
import { failureText, type FailureLike } from '../../web-shared/failure.js';
import { stringsFor, type Lang } from './i18n.js';

/** The text, or "—" when the service sent nothing (null or blank). */
export function orDash(value: string | null | undefined): string {
  return value?.trim() ? value : '—';
}

export function sectionName(id: string | null | undefined, sections: readonly Section[]): string | null {
  if (!id) return null;
  return sections.find((s) => s.id === id)?.name ?? id;
}

export function staffName(id: string | null | undefined, staff: readonly StaffMember[]): string | null {
  if (!id) return null;
  return staff.find((s) => s.id === id)?.name ?? null;
}

/** The collision warning: "Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse". */
export function collisionText(entry: RecentColleagueContact, topics: readonly Topic[], now: Date, lang: Lang): string {
  const t = stringsFor(lang);
  const who = entry.name?.trim() || t.aColleague.charAt(0).toUpperCase() + t.aColleague.slice(1);
  const head = [who, entry.sectionName?.trim(), relativeTime(entry.occurredAt, now, lang)].filter(Boolean).join(', ');
  const what = entry.topics.length
    ? entry.topics.map((key) => midSentence(topicLabel(key, topics, lang))).join(', ')
    : t.kinds[entry.kind].toLowerCase();
  return `${head}: ${what}`;
}

// --- failures ------------------------------------------------------------------------------

/** The codes whose words lead into the service's message; every other code in the table reads alone. */
const PREFIXED_CODES = ['VALIDATION_FAILED', 'CONFLICT', 'ILLEGAL_TRANSITION'] as const;

/** The message the user reads for a failure, in the UI language. */
export function errorMessage(error: FailureLike, lang: Lang): string {
  return failureText(error, stringsFor(lang).errors, PREFIXED_CODES);
}

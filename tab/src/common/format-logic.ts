/** How the tab's names, collisions and failures read, in the UI language. No React, no Teams. */
import { midSentence, relativeTime, topicLabel } from '../../../web-shared/format.js';
import type { RecentColleagueContact, Section, StaffMember, Topic } from './api-types.js';
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

/** A failure as the tab knows it: the service's code, or NETWORK / AUTH_REQUIRED / UNEXPECTED from here. */
export interface FailureLike {
  code: string;
  message: string;
}

/** The message the user reads for a failure, in the UI language. */
export function errorMessage(error: FailureLike, lang: Lang): string {
  const e = stringsFor(lang).errors;
  switch (error.code) {
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'THROTTLED':
    case 'UNAVAILABLE':
    case 'BAD_GATEWAY':
    case 'NETWORK':
    case 'INTERNAL':
    case 'CONFIG':
      return e[error.code];
    case 'VALIDATION_FAILED':
    case 'INVALID_JSON':
      return e.VALIDATION_FAILED + error.message;
    case 'CONFLICT':
      return e.CONFLICT + error.message;
    case 'ILLEGAL_TRANSITION':
      return e.ILLEGAL_TRANSITION + error.message;
  }
  if (error.code === 'AUTH_REQUIRED' || error.code === 'UNAUTHENTICATED' || error.code.startsWith('TOKEN_')) return e.AUTH;
  return e.OTHER(error.code);
}

/** Any thrown value as a failure the banner can word: a service code, or UNEXPECTED. */
export function toFailure(error: unknown): FailureLike {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && code) return { code, message: typeof message === 'string' ? message : '' };
  return { code: 'UNEXPECTED', message: typeof message === 'string' ? message : String(error) };
}

/** How things read: dates, names, topics and failures, in the UI language. No React, no Teams. */
import type { RecentColleagueContact, Section, StaffMember, Topic } from './api-types.js';
import { stringsFor, type Lang } from './i18n.js';

const DAY_MS = 86_400_000;
const localeOf = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');

function localDayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** "for 3 dage siden", "i går", "for 2 timer siden" (Danish) or "3 days ago" (English), by calendar day. */
export function relativeTime(iso: string, now: Date, lang: Lang): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const r = stringsFor(lang).relative;
  const days = localDayNumber(now) - localDayNumber(then);
  if (days < 0) return days === -1 ? r.tomorrow : r.inDays(-days);
  if (days === 0) {
    const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
    if (minutes < 1) return r.now;
    if (minutes < 60) return r.minutesAgo(minutes);
    return r.hoursAgo(Math.floor(minutes / 60));
  }
  if (days === 1) return r.yesterday;
  if (days < 14) return r.daysAgo(days);
  if (days < 60) return r.weeksAgo(Math.floor(days / 7));
  if (days < 365) return r.monthsAgo(Math.floor(days / 30));
  return r.yearsAgo(Math.floor(days / 365));
}

/** A calendar date ('YYYY-MM-DD' or an instant) as "12. mar. 2026" / "12 Mar 2026". */
export function formatDate(value: string, lang: Lang): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** An instant as "12. mar. 2026 14.05" / "12 Mar 2026, 14:05" in the reader's time zone. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** 'YYYY-MM' as "mar. 2026" / "Mar 2026". */
export function formatMonth(month: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(localeOf(lang), { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A number in the UI language: "1.234" / "1,234". */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** The text, or "—" when the service sent nothing (null or blank). */
export function orDash(value: string | null | undefined): string {
  return value?.trim() ? value : '—';
}

/** The topic's label in the UI language; the key itself when the taxonomy does not know it. */
export function topicLabel(key: string, topics: readonly Topic[], lang: Lang): string {
  return topics.find((t) => t.key === key)?.[lang] ?? key;
}

export function sectionName(id: string | null | undefined, sections: readonly Section[]): string | null {
  if (!id) return null;
  return sections.find((s) => s.id === id)?.name ?? id;
}

export function staffName(id: string | null | undefined, staff: readonly StaffMember[]): string | null {
  if (!id) return null;
  return staff.find((s) => s.id === id)?.name ?? null;
}

/** Mid-sentence a label starts in lower case, unless it is an acronym ("IGU"). */
function midSentence(label: string): string {
  const second = label.charAt(1);
  return second && second !== second.toUpperCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
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

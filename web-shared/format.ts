/**
 * How dates, numbers and topic labels read in the UI language, for the Teams tab and the Outlook
 * add-in alike. Pure: no React, no host SDK, no Node.
 */
import type { Lang } from './lang.js';

const DAY_MS = 86_400_000;
const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
/** "1 stilling", "3 stillinger": the count and the word in its number. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const RELATIVE = {
  da: {
    now: 'lige nu',
    minutesAgo: (n: number) => `for ${plural(n, 'minut', 'minutter')} siden`,
    hoursAgo: (n: number) => `for ${plural(n, 'time', 'timer')} siden`,
    yesterday: 'i går',
    daysAgo: (n: number) => `for ${plural(n, 'dag', 'dage')} siden`,
    weeksAgo: (n: number) => `for ${plural(n, 'uge', 'uger')} siden`,
    monthsAgo: (n: number) => `for ${plural(n, 'måned', 'måneder')} siden`,
    yearsAgo: (n: number) => `for ${plural(n, 'år', 'år')} siden`,
    tomorrow: 'i morgen',
    inDays: (n: number) => `om ${plural(n, 'dag', 'dage')}`,
  },
  en: {
    now: 'just now',
    minutesAgo: (n: number) => `${plural(n, 'minute', 'minutes')} ago`,
    hoursAgo: (n: number) => `${plural(n, 'hour', 'hours')} ago`,
    yesterday: 'yesterday',
    daysAgo: (n: number) => `${plural(n, 'day', 'days')} ago`,
    weeksAgo: (n: number) => `${plural(n, 'week', 'weeks')} ago`,
    monthsAgo: (n: number) => `${plural(n, 'month', 'months')} ago`,
    yearsAgo: (n: number) => `${plural(n, 'year', 'years')} ago`,
    tomorrow: 'tomorrow',
    inDays: (n: number) => `in ${plural(n, 'day', 'days')}`,
  },
} satisfies Record<Lang, unknown>;

function localDayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** "for 3 dage siden", "i går", "for 2 timer siden" (Danish) or "3 days ago" (English), by calendar day. */
export function relativeTime(iso: string, now: Date, lang: Lang): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const r = RELATIVE[lang];
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
  return new Intl.DateTimeFormat(LOCALES[lang], {
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
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** 'YYYY-MM' as "mar. 2026" / "Mar 2026". */
export function formatMonth(month: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A number in the UI language: "1.234" / "1,234". */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** The topic's label in the UI language; the key itself when the taxonomy does not know it. */
export function topicLabel(
  key: string,
  topics: readonly ({ key: string } & Record<Lang, string>)[],
  lang: Lang,
): string {
  return topics.find((t) => t.key === key)?.[lang] ?? key;
}

/** Mid-sentence a label starts in lower case, unless it is an acronym ("IGU"). */
export function midSentence(label: string): string {
  const second = label.charAt(1);
  return second && second !== second.toUpperCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

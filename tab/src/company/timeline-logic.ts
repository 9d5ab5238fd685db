/**
 * The company timeline's decisions as pure functions: what a filter asks the service, whether an
 * item passes it, how pages and a freshly logged contact join the list, what the visibility tier
 * hides, and the log form's checks.
 */
import { stringsFor, type Lang } from '../common/i18n.js';
import { NO_FILTER, isCalendarDate, type TimelineFilter } from '../shell/route-logic.js';
import type { Interaction, ManualContactRequest, TimelineQuery, Visibility } from '../../../web-shared/api-types.js';

export const MAX_TOPICS = 10;
const SUMMARY_MAX = 4000;
const SUBJECT_MAX = 300;

/** Local midnight of a calendar day, as an instant: the reader's "from 1 March" starts there. */
export function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Local midnight after a calendar day: "to 31 March" includes the whole day (the service's `to` is exclusive). */
export function dayEnd(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1);
}

export function isFiltered(filter: TimelineFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

/** False when both dates are set and from lies after to. */
export function periodValid(filter: Pick<TimelineFilter, 'from' | 'to'>): boolean {
  return !(filter.from && filter.to && filter.from > filter.to);
}

/** The query for one page of the filtered timeline. */
export function timelineQuery(filter: TimelineFilter, cursor: string | null, limit = 25): TimelineQuery {
  return {
    limit,
    ...(cursor ? { cursor } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.topic ? { topic: filter.topic } : {}),
    ...(filter.staff ? { staff: filter.staff } : {}),
    ...(filter.section ? { section: filter.section } : {}),
    ...(isCalendarDate(filter.from) ? { from: dayStart(filter.from).toISOString() } : {}),
    ...(isCalendarDate(filter.to) ? { to: dayEnd(filter.to).toISOString() } : {}),
  };
}

/** A stable key for a filter: a new key means a new list from the first page. */
export function filterKey(companyId: string, filter: TimelineFilter): string {
  return JSON.stringify([companyId, filter.kind, filter.topic, filter.staff, filter.section, filter.from, filter.to]);
}

/** Who logged a contact: a colleague, or a shared mailbox (then Graph does not say who set the category). */
export function loggedByLine(
  item: Pick<Interaction, 'loggedBy' | 'sharedMailbox'>,
  section: string | null,
  words: { loggedBy: string; fromSharedMailbox: (address: string, section: string | null) => string },
): string {
  if (item.loggedBy) return `${words.loggedBy} ${item.loggedBy.name ?? '—'}`;
  return item.sharedMailbox ? words.fromSharedMailbox(item.sharedMailbox, section) : `${words.loggedBy} —`;
}

/** Whether the service would list the item under the filter. */
export function matchesFilter(
  item: Pick<Interaction, 'kind' | 'topics' | 'loggedBy' | 'sectionId' | 'occurredAt'>,
  filter: TimelineFilter,
): boolean {
  if (filter.kind && item.kind !== filter.kind) return false;
  if (filter.topic && !item.topics.includes(filter.topic)) return false;
  if (filter.staff && item.loggedBy?.id !== filter.staff) return false;
  if (filter.section && item.sectionId !== filter.section) return false;
  const at = new Date(item.occurredAt).getTime();
  if (isCalendarDate(filter.from) && at < dayStart(filter.from).getTime()) return false;
  if (isCalendarDate(filter.to) && at >= dayEnd(filter.to).getTime()) return false;
  return true;
}

/** The list after the next page arrives: appended, each id once (a fresh item may come again). */
export function mergePage(items: readonly Interaction[], page: readonly Interaction[]): Interaction[] {
  const seen = new Set(items.map((item) => item.id));
  return [...items, ...page.filter((item) => !seen.has(item.id))];
}

/**
 * Where a freshly logged contact goes: on top when the filters would show it; otherwise the
 * filters are dropped (the caller reloads without them) so that it is seen on top.
 */
export function afterLogged(
  items: readonly Interaction[],
  logged: Interaction,
  filter: TimelineFilter,
): { items: Interaction[]; filter: TimelineFilter; filtersReset: boolean } {
  if (matchesFilter(logged, filter)) {
    return { items: [logged, ...items.filter((item) => item.id !== logged.id)], filter, filtersReset: false };
  }
  return { items: [logged], filter: NO_FILTER, filtersReset: true };
}

/** The note under an item: the tier it is shared with, and whether the reader sees less. */
export function visibilityNote(item: Pick<Interaction, 'visibility' | 'insider'>, lang: Lang): string {
  const t = stringsFor(lang);
  const shared = t.timeline.tierShared(t.visibility[item.visibility].toLowerCase());
  if (item.insider) return `${t.timeline.tierInsider} ${shared}`;
  return item.visibility === 'full' ? shared : `${shared} ${t.timeline.tierHidden}`;
}

// --- the log form --------------------------------------------------------------------------

export interface LogFormValues {
  kind: ManualContactRequest['kind'];
  /** A datetime-local value ('YYYY-MM-DDTHH:mm', the reader's time) or '' for now. */
  occurredAt: string;
  subject: string;
  summary: string;
  topics: string[];
  direction: '' | 'inbound' | 'outbound';
  visibility: Visibility;
}

export type LogFormField = 'summary' | 'topics' | 'occurredAt' | 'subject';
export type LogFormErrors = Partial<Record<LogFormField, string>>;

export function emptyLogForm(): LogFormValues {
  return { kind: 'call', occurredAt: '', subject: '', summary: '', topics: [], direction: '', visibility: 'summary' };
}

/** A datetime-local value as a local instant; null when malformed. */
export function parseLocalDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || date.getHours() !== h)
    return null;
  return date;
}

/** Checks the form the way the service will, and shapes the request body. */
export function validateLogForm(
  values: LogFormValues,
  now: Date,
  lang: Lang,
): { ok: true; body: ManualContactRequest } | { ok: false; errors: LogFormErrors } {
  const t = stringsFor(lang).log.invalid;
  const errors: LogFormErrors = {};
  const summary = values.summary.trim();
  const subject = values.subject.trim();
  const topics = [...new Set(values.topics)];
  if (!summary) errors.summary = t.summary;
  else if (summary.length > SUMMARY_MAX) errors.summary = t.summaryLength;
  if (subject.length > SUBJECT_MAX) errors.subject = t.subject;
  if (topics.length > MAX_TOPICS) errors.topics = t.topics;
  let occurredAt: Date | null = null;
  if (values.occurredAt.trim()) {
    occurredAt = parseLocalDateTime(values.occurredAt);
    // The service allows five minutes of clock skew; the form allows one.
    if (!occurredAt || occurredAt.getTime() > now.getTime() + 60_000 || occurredAt.getFullYear() < 1900)
      errors.occurredAt = t.occurredAt;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      kind: values.kind,
      summary,
      topics,
      visibility: values.visibility,
      ...(subject ? { subject } : {}),
      ...(occurredAt ? { occurredAt: occurredAt.toISOString() } : {}),
      ...(values.direction ? { direction: values.direction } : {}),
    },
  };
}

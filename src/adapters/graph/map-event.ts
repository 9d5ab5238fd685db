/** A Graph event (GET /me/events/{id}) as the history's CapturedItem. */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { CapturedItem } from '../../ports/mail-source.js';
import { meetingSourceKey } from '../../domain/source-key.js';
import { normalizeEmail } from '../../domain/email-address.js';
import { DEFAULT_MAX_EXCERPT_CHARS, htmlToExcerpt } from './html-to-excerpt.js';
import {
  attachmentNames,
  cleanCategories,
  cleanId,
  cleanSubject,
  collectParticipants,
  requireId,
  type GraphMapOptions,
} from './map-common.js';
import {
  graphDateTimeToUtc,
  parseGraphInstant,
  parseWallTime,
  resolveTimeZone,
  utcToWallTime,
  type WallTime,
} from './time-zones.js';

export type { GraphMapOptions };

type DateTimeTimeZone = MicrosoftGraph.DateTimeTimeZone | null | undefined;

/**
 * An all-day event is a calendar date, not an instant: Outlook stores midnight-to-midnight in the
 * event's zone. It is kept as 00:00 UTC of that date so it shows on the same date for every reader.
 * Read in another zone (`Prefer: outlook.timezone="UTC"`) the midnight can arrive shifted, e.g.
 * 22:00 the day before; it is then seen from the event's original zone, or rounded to the nearest
 * midnight when that zone is unknown.
 */
function calendarDate(value: DateTimeTimeZone, originalTimeZone: string | null | undefined): Date | null {
  let wall = parseWallTime(value?.dateTime);
  if (wall === null) return null;
  const original = resolveTimeZone(originalTimeZone);
  const instant = graphDateTimeToUtc(value);
  if (!isMidnight(wall) && originalTimeZone && original !== null && instant !== null) {
    wall = utcToWallTime(instant, original);
  }
  const date = Date.UTC(wall.year, wall.month - 1, wall.day);
  return new Date(isMidnight(wall) ? date : Math.round((date + wallMillisOfDay(wall)) / DAY) * DAY);
}

const DAY = 86_400_000;

function isMidnight(wall: WallTime): boolean {
  return wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
}

function wallMillisOfDay(wall: WallTime): number {
  return ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000 + wall.millisecond;
}

function isPartOfSeries(event: MicrosoftGraph.Event): boolean {
  return event.type === 'occurrence' || event.type === 'exception' || cleanId(event.seriesMasterId) !== null;
}

// Rooms booked by typing their address arrive as ordinary attendees; the locations say they are rooms.
function locationAddresses(event: MicrosoftGraph.Event): Set<string> {
  const addresses = new Set<string>();
  for (const location of [event.location, ...(event.locations ?? [])]) {
    const address = location?.locationEmailAddress;
    const email = typeof address === 'string' ? normalizeEmail(address) : null;
    if (email !== null) addresses.add(email);
  }
  return addresses;
}

/**
 * The time-zone names on the event that no table knows: they are read as UTC, so the adapter logs
 * them (names only) rather than let a wrong hour pass silently.
 */
export function unknownTimeZones(event: MicrosoftGraph.Event): string[] {
  const names = [event.start?.timeZone, event.end?.timeZone, event.originalStartTimeZone, event.originalEndTimeZone];
  const unknown = names.filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '' && resolveTimeZone(name) === null,
  );
  return [...new Set(unknown)];
}

/**
 * Pure: maps one event payload; throws TypeError only for a payload without id or start.
 * Start and end may be in any zone (Graph sends UTC unless asked for another with
 * `Prefer: outlook.timezone`); an unknown zone is read as UTC (see unknownTimeZones).
 */
export function mapGraphEvent(event: MicrosoftGraph.Event, options: GraphMapOptions): CapturedItem {
  const graphId = requireId(event.id, 'event');
  const isAllDay = event.isAllDay === true;
  const occurredAt = isAllDay
    ? calendarDate(event.start, event.originalStartTimeZone)
    : graphDateTimeToUtc(event.start);
  if (occurredAt === null) throw new TypeError('Graph event payload has no usable start');
  const endsAt = isAllDay ? calendarDate(event.end, event.originalEndTimeZone) : graphDateTimeToUtc(event.end);

  const iCalUId = cleanId(event.iCalUId);
  // One meeting of a series is iCalUId + the slot it was created for. originalStart is that slot
  // (equal to start for an ordinary occurrence); preferring it keeps an exception's key when the
  // organiser moves it after a colleague logged it. Without it, the occurrence's own start.
  const occurrenceStart = isPartOfSeries(event) ? (parseGraphInstant(event.originalStart) ?? occurredAt) : undefined;
  // Graph always sends iCalUId for calendar events; without one (a $select that left it out) only
  // the mailbox-local id is left, which cannot be shared with colleagues' copies.
  const sourceKey = iCalUId !== null ? meetingSourceKey(iCalUId, occurrenceStart) : `event:${graphId}`;

  const rooms = locationAddresses(event);
  const people = (event.attendees ?? []).filter((attendee) => {
    if (attendee.type === 'resource') return false; // rooms and equipment are not people
    const email = normalizeEmail(attendee.emailAddress?.address ?? '');
    return email === null || !rooms.has(email);
  });
  const participants = collectParticipants(
    [
      [event.organizer ? [event.organizer] : [], 'organizer'],
      [people, 'attendee'],
    ],
    options.ownDomains,
  );

  const maxChars = options.maxExcerptChars ?? DEFAULT_MAX_EXCERPT_CHARS;
  return {
    kind: 'meeting',
    graphId,
    sourceKey,
    internetMessageId: null,
    iCalUId,
    occurredAt,
    endsAt,
    isAllDay,
    subject: cleanSubject(event.subject),
    excerpt:
      htmlToExcerpt(event.body, maxChars) ??
      htmlToExcerpt({ contentType: 'text', content: event.bodyPreview }, maxChars),
    attachmentNames: attachmentNames(event.attachments),
    participants,
    direction: null,
    categories: cleanCategories(event.categories),
    isDraft: false,
    isCancelled: event.isCancelled === true,
  };
}

/**
 * Graph date-times to UTC instants, without a time-zone library: Intl (the ICU data in Node) knows
 * the IANA zones and their daylight-saving rules; Windows zone names are mapped to IANA first.
 */
import { WINDOWS_ZONES } from './windows-zones.js';

// Windows zone names Outlook and Graph use (event `start.timeZone` under a `Prefer:
// outlook.timezone` header, `originalStartTimeZone`, mailbox settings) -> IANA: CLDR's whole table.
const WINDOWS_BY_LOWER_NAME = new Map(Object.entries(WINDOWS_ZONES).map(([name, iana]) => [name.toLowerCase(), iana]));

// Exchange's own spellings of UTC; 'tzone://Microsoft/Custom' (a legacy desktop zone) stays unknown.
const UTC_ALIASES: ReadonlySet<string> = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'tzone://microsoft/utc']);

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null; // RangeError: not a zone this runtime knows
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The IANA zone for a Graph time-zone name ('UTC' for the UTC spellings), or null when the name is
 * neither a Windows name CLDR knows nor an IANA zone. Callers treat null as UTC: an hour off beats
 * losing the item; the adapter logs such a name (see unknownTimeZones in map-event.ts).
 */
export function resolveTimeZone(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') return 'UTC'; // Graph's documented default for start/end
  const lower = trimmed.toLowerCase();
  if (UTC_ALIASES.has(lower)) return 'UTC';
  const windows = WINDOWS_BY_LOWER_NAME.get(lower);
  if (windows !== undefined) return windows;
  return trimmed.includes('/') && formatterFor(trimmed) !== null ? trimmed : null;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface ParsedDateTime {
  wall: WallTime;
  /** Offset from UTC in minutes when the string carried one ('Z' = 0), else null. */
  offsetMinutes: number | null;
}

function parseDateTime(value: string): ParsedDateTime | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const wall: WallTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    // Graph writes seven fractional digits ("09:00:00.0000000"); milliseconds are enough.
    millisecond: Number(fraction.slice(0, 3).padEnd(3, '0')),
  };
  if (!isValidWallTime(wall)) return null;
  return { wall, offsetMinutes: zone === undefined ? null : parseOffset(zone) };
}

function parseOffset(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function wallAsUtcMillis(wall: WallTime): number {
  const millis = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  // Date.UTC maps years 0-99 to 1900-1999; Graph never sends those, but be exact anyway.
  return wall.year < 100 ? new Date(millis).setUTCFullYear(wall.year) : millis;
}

function isValidWallTime(wall: WallTime): boolean {
  if (wall.month < 1 || wall.month > 12 || wall.hour > 23 || wall.minute > 59 || wall.second > 59) return false;
  const probe = new Date(wallAsUtcMillis(wall));
  return probe.getUTCDate() === wall.day && probe.getUTCMonth() === wall.month - 1;
}

/** An instant from a Graph DateTimeOffset ("2026-03-03T09:12:44Z"); no designator means UTC. */
export function parseGraphInstant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const parsed = parseDateTime(value);
  if (parsed === null) return null;
  return new Date(wallAsUtcMillis(parsed.wall) - (parsed.offsetMinutes ?? 0) * 60_000);
}

/** The calendar date and clock time written in a Graph dateTime, whatever zone it is in. */
export function parseWallTime(value: string | null | undefined): WallTime | null {
  return typeof value === 'string' ? (parseDateTime(value)?.wall ?? null) : null;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(whole))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asWall = wallAsUtcMillis({
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
    millisecond: 0,
  });
  return asWall - whole;
}

const DAY = 86_400_000;

/** The wall-clock time an instant shows in an IANA zone (UTC for an unknown zone). */
export function utcToWallTime(instant: Date, zone: string): WallTime {
  const formatter = zone === 'UTC' ? null : formatterFor(zone);
  const shifted = new Date(instant.getTime() + (formatter === null ? 0 : offsetAt(formatter, instant.getTime())));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/**
 * The instant a wall-clock time in an IANA zone denotes. Ambiguous times (the repeated hour when
 * DST ends) take the earlier instant and skipped times (the hour lost when DST starts) move forward
 * by the gap, as Temporal's 'compatible' disambiguation does, so a meeting never disappears.
 */
export function wallTimeToUtc(wall: WallTime, zone: string): Date {
  const local = wallAsUtcMillis(wall);
  const formatter = zone === 'UTC' ? null : formatterFor(zone);
  if (formatter === null) return new Date(local);
  // Offsets on either side of any transition near this time; at most two differ in practice.
  const before = offsetAt(formatter, local - DAY);
  const after = offsetAt(formatter, local + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((instant) => offsetAt(formatter, instant) === local - instant)
    .sort((a, b) => a - b);
  const first = candidates[0];
  // No candidate: the wall time falls in a gap; read it with the offset in force before the gap.
  return new Date(first ?? local - before);
}

/**
 * A Graph dateTimeTimeZone ({ dateTime: "2026-03-29T10:00:00.0000000", timeZone: "Romance
 * Standard Time" }) as a UTC instant. An unknown zone is read as UTC (resolveTimeZone tells which
 * names those are); a dateTime that carries its own offset wins over the zone name.
 */
export function graphDateTimeToUtc(
  value: { dateTime?: string | null; timeZone?: string | null } | null | undefined,
): Date | null {
  if (typeof value?.dateTime !== 'string') return null;
  const parsed = parseDateTime(value.dateTime);
  if (parsed === null) return null;
  if (parsed.offsetMinutes !== null) {
    return new Date(wallAsUtcMillis(parsed.wall) - parsed.offsetMinutes * 60_000);
  }
  return wallTimeToUtc(parsed.wall, resolveTimeZone(value.timeZone) ?? 'UTC');
}

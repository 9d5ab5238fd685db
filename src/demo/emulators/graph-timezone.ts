/**
 * Time-zone handling as Outlook does it: events are kept in UTC; `Prefer: outlook.timezone="..."`
 * (a Windows or an IANA name) turns start/end into that zone's wall clock, DST included (via Intl).
 * Graph writes local date-times without offset and with seven fractional digits.
 */
import { WINDOWS_ZONES } from '../../adapters/graph/windows-zones.js';

// The service's own table (CLDR's windowsZones), so the emulator knows every name Graph does.
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  ...WINDOWS_ZONES,
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone for a Windows or IANA name, or null when Intl does not know it. */
export function resolveTimeZone(name: string): string | null {
  const candidate = WINDOWS_TO_IANA[name] ?? name;
  try {
    formatterFor(candidate);
    return candidate;
  } catch {
    return null;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DDTHH:mm:ss` of an instant in a zone. */
function wallClock(instant: number, zone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Milliseconds of a Graph local date-time read as if it were UTC (fractions beyond ms dropped). */
export function parseGraphDateTime(dateTime: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(\.\d{1,3})?\d*(Z|[+-]\d{2}:\d{2})?$/.exec(dateTime.trim());
  if (!match) throw new Error(`Not a Graph date-time: ${dateTime}`);
  return Date.parse(`${match[1]}${match[2] ?? ':00'}${match[3] ?? ''}${match[4] ?? 'Z'}`);
}

/** Graph's local date-time format: `2025-06-19T08:00:00.0000000`. */
export function formatGraphDateTime(instant: number, zone = 'UTC'): string {
  return `${wallClock(instant, zone)}.0000000`;
}

/** The instant of a wall-clock time in a zone (the earlier one when DST makes it ambiguous). */
export function zonedToInstant(dateTime: string, zone: string): number {
  const asUtc = parseGraphDateTime(dateTime);
  const offset = (instant: number) => parseGraphDateTime(wallClock(instant, zone)) - instant;
  let guess = asUtc - offset(asUtc);
  guess = asUtc - offset(guess);
  return guess;
}

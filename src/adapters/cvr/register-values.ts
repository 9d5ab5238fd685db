/**
 * Reading the register's historised values. Documents come from JSON the service does not control,
 * so every helper accepts anything and returns null (or []) for what is missing or of the wrong type.
 */
import type { RegisterPeriod } from '../../domain/register-company.js';
import type { Historised } from './register-documents.js';

/** A trimmed, non-empty string, or null. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** The digits of a number or a digit string (the distribution gives numbers, exports sometimes strings). */
export function digits(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  const trimmed = text(value);
  return trimmed !== null && /^\d+$/.test(trimmed) ? trimmed : null;
}

/** Digits padded with leading zeros to `width`, or null when there are none or too many. */
export function paddedDigits(value: unknown, width: number): string | null {
  const raw = digits(value);
  return raw !== null && raw.length <= width ? raw.padStart(width, '0') : null;
}

/** The objects of an array field (a real document may hold null entries or no array at all). */
export function entries<T>(value: readonly T[] | null | undefined): T[] {
  return Array.isArray(value) ? value.filter((entry): entry is T => typeof entry === 'object' && entry !== null) : [];
}

function startOf(entry: Historised): string {
  // ISO dates compare as strings; an unknown start sorts as the oldest.
  return text(entry.periode?.gyldigFra) ?? '';
}

/** In force now: no end date. A missing `periode` also means no end is known, as hand-made exports omit it. */
export function isCurrent(entry: Historised): boolean {
  return text(entry.periode?.gyldigTil) === null;
}

/** Oldest first, by `gyldigFra`; entries with the same start keep the document's order. */
export function inHistoryOrder<T extends Historised>(list: readonly T[] | null | undefined): T[] {
  return entries(list).sort((a, b) => startOf(a).localeCompare(startOf(b)));
}

/**
 * The current entry (no end date; the newest start when several), else the metadata's `nyeste*`
 * object, which the register fills even when every period has ended (a ceased company).
 */
export function currentOf<T extends Historised>(list: readonly T[] | null | undefined, newest: unknown): T | null {
  const current = inHistoryOrder(list).filter(isCurrent);
  const last = current[current.length - 1];
  if (last !== undefined) return last;
  return typeof newest === 'object' && newest !== null ? (newest as T) : null;
}

export function periodOf(entry: Historised): RegisterPeriod {
  return { from: text(entry.periode?.gyldigFra), to: text(entry.periode?.gyldigTil) };
}

/** An ISO timestamp (UTC) from the register's `sidstOpdateret` ("2024-03-05T09:12:33.000+01:00"), or null. */
export function timestamp(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const millis = Date.parse(raw);
  return Number.isNaN(millis) ? null : new Date(millis).toISOString();
}

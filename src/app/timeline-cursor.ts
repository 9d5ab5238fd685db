import { DomainError } from '../domain/errors.js';
import type { TimelinePosition } from '../ports/store.js';

/**
 * Opaque keyset cursor for a company's timeline. It names its company, so a cursor from one
 * company's timeline is refused on another's instead of silently paging the wrong history.
 */
export function encodeCursor(companyId: string, position: TimelinePosition): string {
  const payload = { c: companyId, t: position.occurredAt.toISOString(), i: position.id };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(companyId: string, cursor: string): TimelinePosition {
  const invalid = new DomainError('INVALID_CURSOR', 'The cursor is not valid for this timeline.');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof payload !== 'object' || payload === null) throw invalid;
  const { c, t, i } = payload as Record<string, unknown>;
  if (c !== companyId || typeof t !== 'string' || typeof i !== 'string' || !UUID.test(i)) throw invalid;
  const occurredAt = new Date(t);
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.getUTCFullYear() < 1900 || occurredAt.getUTCFullYear() >= 9000)
    throw invalid;
  return { occurredAt, id: i };
}

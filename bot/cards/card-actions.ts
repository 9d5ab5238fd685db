/**
 * What the cards' Action.Submit buttons send back (as `activity.value`). The handler reads it with
 * `parseCardSubmit`, so the payload shape lives in one place.
 */
export type CardSubmitData =
  { kontaktspor: 'history'; companyId: string; cursor?: string } | { kontaktspor: 'company'; companyId: string };

/** "Jeg tager den" on a vacancy alert: Action.Execute's data (verb CLAIM_VERB), and its Submit fallback's. */
export interface ClaimData {
  kontaktspor: 'claim';
  vacancyId: string;
}
export const CLAIM_VERB = 'claim';

export function claimSubmit(vacancyId: string): ClaimData & Record<string, unknown> {
  return { kontaktspor: 'claim', vacancyId };
}

/** A claim button's data, or null when it is not one (or was tampered with). */
export function parseClaim(value: unknown): ClaimData | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  const vacancyId = data['vacancyId'];
  if (data['kontaktspor'] !== 'claim' || typeof vacancyId !== 'string' || !UUID.test(vacancyId)) return null;
  return { kontaktspor: 'claim', vacancyId: vacancyId.toLowerCase() };
}

export function historySubmit(companyId: string, cursor?: string | null): CardSubmitData {
  return cursor ? { kontaktspor: 'history', companyId, cursor } : { kontaktspor: 'history', companyId };
}

export function companySubmit(companyId: string): CardSubmitData {
  return { kontaktspor: 'company', companyId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CURSOR = 500;

/** A card's submit value, or null when it is not one of ours (or was tampered with). */
export function parseCardSubmit(value: unknown): CardSubmitData | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  const companyId = data['companyId'];
  if (typeof companyId !== 'string' || !UUID.test(companyId)) return null;
  if (data['kontaktspor'] === 'company') return companySubmit(companyId.toLowerCase());
  if (data['kontaktspor'] !== 'history') return null;
  const cursor = data['cursor'];
  if (cursor === undefined || cursor === null) return historySubmit(companyId.toLowerCase());
  if (typeof cursor !== 'string' || cursor === '' || cursor.length > MAX_CURSOR) return null;
  return historySubmit(companyId.toLowerCase(), cursor);
}

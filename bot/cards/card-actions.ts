import type { Locale } from '../i18n/strings.js';

/**
 * What the cards' Action.Submit buttons send back (as `activity.value`). The handler reads it with
 * `parseCardSubmit`, so the payload shape lives in one place. Every button carries its card's
 * language (`lang`): the answer follows the card, not the client that pressed it.
 */
export type CardSubmitData = { lang?: Locale } & (
  { kontaktspor: 'history'; companyId: string; cursor?: string } | { kontaktspor: 'company'; companyId: string }
);

/** "Jeg tager den" on a vacancy alert: Action.Execute's data (verb CLAIM_VERB), and its Submit fallback's. */
export interface ClaimData {
  kontaktspor: 'claim';
  vacancyId: string;
  lang?: Locale;
}
export const CLAIM_VERB = 'claim';

export function claimSubmit(vacancyId: string, lang: Locale): ClaimData & Record<string, unknown> {
  return { kontaktspor: 'claim', vacancyId, lang };
}

/** A claim button's data, or null when it is not one (or was tampered with). */
export function parseClaim(value: unknown): ClaimData | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  const vacancyId = data['vacancyId'];
  if (data['kontaktspor'] !== 'claim' || typeof vacancyId !== 'string' || !UUID.test(vacancyId)) return null;
  return withLang({ kontaktspor: 'claim', vacancyId: vacancyId.toLowerCase() }, data);
}

export function historySubmit(companyId: string, lang: Locale, cursor?: string | null): CardSubmitData {
  return cursor ? { kontaktspor: 'history', companyId, cursor, lang } : { kontaktspor: 'history', companyId, lang };
}

export function companySubmit(companyId: string, lang: Locale): CardSubmitData {
  return { kontaktspor: 'company', companyId, lang };
}

/** The language a button's data names, or undefined (older cards, tampered data): the caller picks a default. */
export function langOf(data: Record<string, unknown>): Locale | undefined {
  const lang = data['lang'];
  return lang === 'da' || lang === 'en' ? lang : undefined;
}

function withLang<const T extends object>(parsed: T, data: Record<string, unknown>): T & { lang?: Locale } {
  const lang = langOf(data);
  return lang ? { ...parsed, lang } : parsed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CURSOR = 500;

/** A card's submit value, or null when it is not one of ours (or was tampered with). */
export function parseCardSubmit(value: unknown): CardSubmitData | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  const companyId = data['companyId'];
  if (typeof companyId !== 'string' || !UUID.test(companyId)) return null;
  const id = companyId.toLowerCase();
  if (data['kontaktspor'] === 'company') return withLang({ kontaktspor: 'company', companyId: id }, data);
  if (data['kontaktspor'] !== 'history') return null;
  const cursor = data['cursor'];
  if (cursor === undefined || cursor === null) return withLang({ kontaktspor: 'history', companyId: id }, data);
  if (typeof cursor !== 'string' || cursor === '' || cursor.length > MAX_CURSOR) return null;
  return withLang({ kontaktspor: 'history', companyId: id, cursor }, data);
}

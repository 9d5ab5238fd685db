/** The never-log lists' decisions as pure functions: what may be added, the purge's two steps, and how results read. */
import { stringsFor, type Lang } from '../common/i18n.js';
import type { NeverLogEntry, NeverLogScope, PurgeRequest, PurgeResult } from '../../../web-shared/api-types.js';

// The same shapes the service accepts (src/domain/never-log.ts); the service stays the judge.
const DOMAIN = /^(?=.{4,253}$)([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/;
const ADDRESS = /^[^\s@]{1,64}@[^\s@]+$/;

/** An entry as typed ("Laege@Klinik.dk", "@klinik.dk", "klinik.dk") in the form the list shows it, or null. */
export function normalizeNeverLogValue(input: string): string | null {
  const value = input.trim().toLowerCase();
  if (value.length < 3 || value.length > 320) return null;
  if (value.includes('@') && !value.startsWith('@')) {
    return ADDRESS.test(value) && DOMAIN.test(value.slice(value.indexOf('@') + 1)) ? value : null;
  }
  const domain = value.replace(/^@/, '');
  return DOMAIN.test(domain) ? domain : null;
}

/** Checks the add form: a valid address or domain that is not on the list yet. */
export function checkNeverLogValue(
  input: string,
  existing: readonly Pick<NeverLogEntry, 'value'>[],
  lang: Lang,
): { ok: true; value: string } | { ok: false; error: string } {
  const t = stringsFor(lang).neverLog;
  const value = normalizeNeverLogValue(input);
  if (!value) return { ok: false, error: t.invalid };
  if (existing.some((entry) => entry.value === value)) return { ok: false, error: t.duplicate(value) };
  return { ok: true, value };
}

/** The purge's two requests: count first (nothing is deleted), then delete on an explicit confirm. */
export function purgeRequest(step: 'count' | 'delete'): PurgeRequest {
  return step === 'count' ? { dryRun: true } : { confirm: true };
}

/** Contact persons are purged from the jobcentre's list only; a user's purge touches what they logged. */
export function purgeCountsContacts(scope: NeverLogScope): boolean {
  return scope === 'tenant';
}

/** How many rows a purge covers (what the confirm button names). */
export function purgeTotal(result: PurgeResult, scope: NeverLogScope): number {
  return result.interactions + (purgeCountsContacts(scope) ? result.contacts : 0);
}

/** "Listen dækker 3 gemte kontakter …" after the count; "Slettet: …" after the delete. */
export function purgeMessage(result: PurgeResult, scope: NeverLogScope, lang: Lang): string {
  const t = stringsFor(lang).purge;
  const withContacts = purgeCountsContacts(scope);
  if (!result.dryRun) return t.done(result.interactions, result.contacts, withContacts);
  return purgeTotal(result, scope) === 0 ? t.nothing : t.found(result.interactions, result.contacts, withContacts);
}

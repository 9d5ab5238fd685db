/** Search-as-you-type decisions: when to ask, how the arrow keys move through the results, what a row flags. */
import type { CompanySummary } from '../../../web-shared/api-types.js';
import { registerStatusWord } from '../../../web-shared/company-flag-notices.js';
import { stringsFor, type Lang } from '../common/i18n.js';

export const SEARCH_MIN_CHARS = 2;

/** The query to send, or null while it is too short to be worth a request. */
export function searchable(query: string): string | null {
  const q = query.trim();
  return q.length >= SEARCH_MIN_CHARS ? q.slice(0, 200) : null;
}

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';
}

/**
 * The highlighted result after a key (-1: none). Down from the box goes to the first result, up from
 * the first goes back to the box; both ends wrap no further.
 */
export function moveActive(active: number, key: NavigationKey, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, count - 1);
    case 'ArrowUp':
      return active <= 0 ? -1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

/** What Enter opens: the highlighted result, else the first one; null when there is none. */
export function chosenIndex(active: number, count: number): number | null {
  if (count <= 0) return null;
  return active >= 0 && active < count ? active : 0;
}

/** A result row's flags, most serious first: "Under konkurs, Blokade/konflikt". */
export function resultFlags(
  company: Pick<CompanySummary, 'blockade' | 'doNotContact' | 'registerStatus'>,
  lang: Lang,
): string[] {
  const t = stringsFor(lang).flags;
  return [
    registerStatusWord(company.registerStatus, lang),
    company.blockade ? t.blockadeTitle : null,
    company.doNotContact ? t.doNotContactTitle : null,
  ].filter((word): word is string => word !== null);
}

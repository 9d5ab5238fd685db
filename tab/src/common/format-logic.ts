/** How the tab's names and failures read, in the UI language. No React, no Teams. */
import type { Section, StaffMember } from '../../../web-shared/api-types.js';
import { failureText, type FailureLike } from '../../../web-shared/failure.js';
import { stringsFor, type Lang } from './i18n.js';

/** The text, or "—" when the service sent nothing (null or blank). */
export function orDash(value: string | null | undefined): string {
  return value?.trim() ? value : '—';
}

export function sectionName(id: string | null | undefined, sections: readonly Section[]): string | null {
  if (!id) return null;
  return sections.find((s) => s.id === id)?.name ?? id;
}

export function staffName(id: string | null | undefined, staff: readonly StaffMember[]): string | null {
  if (!id) return null;
  return staff.find((s) => s.id === id)?.name ?? null;
}

// --- failures ------------------------------------------------------------------------------

/** The codes whose words lead into the service's message; every other code in the table reads alone. */
const PREFIXED_CODES = ['VALIDATION_FAILED', 'CONFLICT', 'ILLEGAL_TRANSITION'] as const;

/** The message the user reads for a failure, in the UI language. */
export function errorMessage(error: FailureLike, lang: Lang): string {
  return failureText(error, stringsFor(lang).errors, PREFIXED_CODES);
}

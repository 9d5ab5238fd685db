/** Failures in the pane's words: the service's codes, and HOST when office.js fails. No React, no Office. */
import { failureText, isRetryable, toFailure, type FailureLike } from '../../web-shared/failure.js';
import { stringsFor, type Lang } from './i18n.js';

/** The codes whose words lead into the message (HOST: office.js's); every other code in the table reads alone. */
const PREFIXED_CODES = ['VALIDATION_FAILED', 'HOST'] as const;

/** The message the user reads for a failure, in the UI language; a never-log refusal names its rule. */
export function errorMessage(error: FailureLike, lang: Lang): string {
  if (error.code === 'NEVER_LOG') return stringsFor(lang).neverLog(error.rule);
  return failureText(error, stringsFor(lang).errors, PREFIXED_CODES);
}

/** Any thrown value as a failure the banner can word: HOST (office.js), or as web-shared's toFailure reads it. */
export function toPaneFailure(error: unknown): FailureLike {
  if (error instanceof Error && error.name === 'HostError') return { code: 'HOST', message: error.message };
  return toFailure(error);
}

/**
 * Whether "Prøv igen" can help the log call: what can pass on a second try anywhere, and NOT_FOUND,
 * which here means the mailbox has not synchronised the item yet.
 */
export function logRetryHelps(error: FailureLike): boolean {
  return isRetryable(error) || error.code === 'NOT_FOUND';
}

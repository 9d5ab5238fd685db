import type { Logger } from 'pino';
import { DomainError } from '../src/domain/errors.js';
import { errorCard } from './cards/simple.cards.js';
import type { Locale } from './i18n/strings.js';

/** The error card for a failure: a service error by its code; anything else is logged (its kind only) as `what`. */
export function failureCard(logger: Pick<Logger, 'error'>, error: unknown, locale: Locale, what: string): object {
  const code = error instanceof DomainError ? error.code : 'INTERNAL';
  if (code === 'INTERNAL') logger.error({ type: (error as Error).name }, what);
  return errorCard(code, locale);
}

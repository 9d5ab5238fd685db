import type { ErrorCode } from '../../src/domain/errors.js';
import { strings, type ErrorKind, type Locale } from '../i18n/strings.js';
import { adaptiveCard, cleanLine, heading, subtle, textBlock, type AdaptiveCardJson } from './card-parts.js';

/** The short answer cards: nothing found, an error, a channel-only command outside a channel. */

export { helpCard } from './help.card.js';

/** No company matched what the user asked about. */
export function notFoundCard(query: string, locale: Locale): AdaptiveCardJson {
  const s = strings(locale);
  return adaptiveCard(locale, [
    heading(s.notFoundTitle, 'medium'),
    textBlock(s.notFound(cleanLine(query, 100))),
    textBlock(s.notFoundHint, { isSubtle: true }),
  ]);
}

const KIND_OF: Readonly<Partial<Record<ErrorCode, ErrorKind>>> = {
  NOT_FOUND: 'notFound',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'signIn',
  AUTH_REQUIRED: 'signIn',
  UNAVAILABLE: 'unavailable',
  BAD_GATEWAY: 'unavailable',
  THROTTLED: 'throttled',
  VALIDATION_FAILED: 'invalid',
  INVALID_JSON: 'invalid',
  INVALID_CURSOR: 'invalid',
  PAYLOAD_TOO_LARGE: 'invalid',
  UNSUPPORTED_MEDIA_TYPE: 'invalid',
  CONFLICT: 'conflict',
  ILLEGAL_TRANSITION: 'conflict',
  INTERNAL: 'internal',
};

/** The friendly kind of an error code; the TOKEN_* family is a sign-in problem, anything unknown internal. */
export function errorKind(code: string): ErrorKind {
  if (code.startsWith('TOKEN_')) return 'signIn';
  return KIND_OF[code as ErrorCode] ?? 'internal';
}

/** A failure told kindly, with the code for support. Never the error's message: it may quote input. */
export function errorCard(code: ErrorCode | (string & {}), locale: Locale): AdaptiveCardJson {
  const s = strings(locale);
  const shownCode = /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'INTERNAL';
  return adaptiveCard(locale, [
    heading(s.errorTitle, 'medium'),
    textBlock(s.errors[errorKind(code)]),
    subtle(s.errorCode(shownCode), { size: 'small', spacing: 'medium' }),
  ]);
}

/** Subscribe or unsubscribe asked outside a channel. */
export function channelOnlyCard(locale: Locale): AdaptiveCardJson {
  const s = strings(locale);
  return adaptiveCard(locale, [heading(s.channelOnlyTitle, 'medium'), textBlock(s.channelOnly)]);
}

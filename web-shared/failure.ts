/**
 * Failures as both front ends word them: the service's error code (or one named on the client side,
 * like NETWORK) and its message, worded from the front end's own table. No React, no host SDK.
 */

import type { NeverLogRuleDetail } from '../src/domain/errors.js';

/** A failure as a front end knows it: the service's code, or NETWORK / AUTH_REQUIRED / UNEXPECTED from here. */
export interface FailureLike {
  code: string;
  message: string;
  /** NEVER_LOG: the rule that refused, so the words can name it. */
  rule?: NeverLogRule;
}

/** The service's NEVER_LOG detail: whose list, and the address or domain it holds. */
export type NeverLogRule = NeverLogRuleDetail;

/** The rule detail from an answer, when it has the promised shape; anything else reads as none. */
export function asNeverLogRule(value: unknown): NeverLogRule | undefined {
  const rule = (value ?? {}) as Partial<Record<keyof NeverLogRule, unknown>>;
  const scopeOk = rule.scope === 'tenant' || rule.scope === 'user';
  const kindOk = rule.kind === 'address' || rule.kind === 'domain';
  return scopeOk && kindOk && typeof rule.value === 'string'
    ? { scope: rule.scope as NeverLogRule['scope'], kind: rule.kind as NeverLogRule['kind'], value: rule.value }
    : undefined;
}

/** Any thrown value as a failure a banner can word: a service code, or UNEXPECTED. */
export function toFailure(error: unknown): FailureLike {
  const { code, message, rule } = (error ?? {}) as { code?: unknown; message?: unknown; rule?: unknown };
  if (typeof code === 'string' && code) {
    const detail = asNeverLogRule(rule);
    return { code, message: typeof message === 'string' ? message : '', ...(detail ? { rule: detail } : {}) };
  }
  return { code: 'UNEXPECTED', message: typeof message === 'string' ? message : String(error) };
}

/**
 * Whether trying the same call again can succeed: the network, a busy or failing service (5xx,
 * THROTTLED, UNAVAILABLE). A refusal (NEVER_LOG, VALIDATION_FAILED, FORBIDDEN, …) answers the same again.
 */
export function isRetryable(error: FailureLike): boolean {
  return RETRYABLE.has(error.code) || /^HTTP_5\d\d$/.test(error.code);
}
const RETRYABLE: ReadonlySet<string> = new Set([
  'NETWORK',
  'THROTTLED',
  'UNAVAILABLE',
  'BAD_GATEWAY',
  'INTERNAL',
  'REGISTER_UNAVAILABLE',
]);

/**
 * A front end's failure words: a sentence per code it names (its own entry is the list of those
 * codes), AUTH for any sign-in failure and OTHER for any other code.
 */
export interface FailureWords {
  readonly AUTH: string;
  readonly OTHER: (code: string) => string;
}

/** Tokens and sessions the service refused: the user must sign in (again). */
function isSignInFailure(code: string): boolean {
  return code === 'AUTH_REQUIRED' || code === 'UNAUTHENTICATED' || code.startsWith('TOKEN_');
}

/**
 * The message the user reads for a failure, from a front end's words. Codes in `prefixed` lead into
 * the service's own message ("Formularen blev afvist: " + message).
 */
export function failureText<Prefixed extends string>(
  error: FailureLike,
  words: FailureWords & Readonly<Record<Prefixed, string>>,
  prefixed: readonly Prefixed[],
): string {
  // Malformed JSON is a refused request like any other validation failure.
  const code = error.code === 'INVALID_JSON' ? 'VALIDATION_FAILED' : error.code;
  if (code !== 'AUTH' && code !== 'OTHER' && Object.hasOwn(words, code)) {
    const own = (words as unknown as Record<string, string>)[code]!;
    return (prefixed as readonly string[]).includes(code) ? own + error.message : own;
  }
  if (isSignInFailure(error.code)) return words.AUTH;
  return words.OTHER(error.code);
}

/**
 * Failures as both front ends word them: the service's error code (or one named on the client side,
 * like NETWORK) and its message, worded from the front end's own table. No React, no host SDK.
 */

/** A failure as a front end knows it: the service's code, or NETWORK / AUTH_REQUIRED / UNEXPECTED from here. */
export interface FailureLike {
  code: string;
  message: string;
}

/** Any thrown value as a failure a banner can word: a service code, or UNEXPECTED. */
export function toFailure(error: unknown): FailureLike {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && code) return { code, message: typeof message === 'string' ? message : '' };
  return { code: 'UNEXPECTED', message: typeof message === 'string' ? message : String(error) };
}

/** A front end's failure words: one per code it names, a sign-in message, and one for any other code. */
export type FailureWords<Code extends string> = Readonly<Record<Code | 'AUTH', string>> & {
  readonly OTHER: (code: string) => string;
};

/** Which codes read as their own sentence, and which lead into the service's message ("Formularen blev afvist: …"). */
export interface FailureCodes<Whole extends string, Prefixed extends string> {
  whole: readonly Whole[];
  prefixed: readonly Prefixed[];
}

const isOneOf = <T extends string>(codes: readonly T[], code: string): code is T => (codes as readonly string[]).includes(code);

/** Tokens and sessions the service refused: the user must sign in (again). */
function isSignInFailure(code: string): boolean {
  return code === 'AUTH_REQUIRED' || code === 'UNAUTHENTICATED' || code.startsWith('TOKEN_');
}

/** The message the user reads for a failure, from a front end's words for the codes it names. */
export function failureText<Whole extends string, Prefixed extends string>(
  error: FailureLike,
  words: FailureWords<Whole | Prefixed>,
  codes: FailureCodes<Whole, Prefixed>,
): string {
  // Malformed JSON is a refused request like any other validation failure.
  const code = error.code === 'INVALID_JSON' ? 'VALIDATION_FAILED' : error.code;
  if (isOneOf(codes.whole, code)) return words[code];
  if (isOneOf(codes.prefixed, code)) return words[code] + error.message;
  if (isSignInFailure(error.code)) return words.AUTH;
  return words.OTHER(error.code);
}

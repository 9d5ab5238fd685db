/** When a failed channel post is tried again: exponential backoff with full jitter, capped. */

export interface RetryPolicy {
  /** Delay before the 2nd attempt; doubles per attempt. */
  baseMs: number;
  maxMs: number;
  /** After this many failed attempts the row goes to dead-letter. */
  maxAttempts: number;
}

/**
 * The delay after `failedAttempts` failures (1 = the first failed). "Full jitter": a random point in
 * [half, all] of the exponential step, so many rows failing together do not retry in lockstep.
 * A 429's Retry-After is a floor, never shortened.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failedAttempts: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  const jittered = Math.round(step / 2 + random() * (step / 2));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** True when the row has used up its attempts and goes to dead-letter. */
export function isExhausted(policy: RetryPolicy, failedAttempts: number): boolean {
  return failedAttempts >= policy.maxAttempts;
}

/** Minimum spacing between two sends that keeps under `perSecond` in every one-second window. */
export function spacingMs(perSecond: number): number {
  // n sends spaced by just over 1000/n ms never put n+1 into one second; the margin absorbs
  // network jitter between our clock and the receiver's.
  return Math.ceil((1000 / perSecond) * 1.1);
}

import type { Jobordre } from '../domain/jobordre.js';

/**
 * Closed set of failures reading a jobordre, whatever STAR said. UNAVAILABLE and THROTTLED pass:
 * the inbox tries again later. NOT_FOUND: STAR has no such jobordre (deleted, or not for us).
 * REJECTED: STAR refused the request or answered something that is not a jobordre; asking again
 * will not help. FORBIDDEN: our function certificate was refused (an operator must act).
 */
export type JobordreSourceErrorCode = 'UNAVAILABLE' | 'THROTTLED' | 'NOT_FOUND' | 'REJECTED' | 'FORBIDDEN';

export class JobordreSourceError extends Error {
  constructor(
    readonly code: JobordreSourceErrorCode,
    message: string,
    /** STAR's Retry-After, when it gave one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'JobordreSourceError';
  }
}

/** Reads jobordrer from STAR's DFDG (`GET /v1/Jobordre/{jobordreIdentifier}`) with the municipality's function certificate. */
export interface JobordreSource {
  getJobordre(jobordreId: string, signal?: AbortSignal): Promise<Jobordre>;
}

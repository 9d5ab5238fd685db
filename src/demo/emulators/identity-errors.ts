import { randomUUID } from 'node:crypto';

export type AadErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'invalid_resource';

/** A token-endpoint failure, answered in Entra ID's shape (`error`, `error_description: "AADSTS...: ..."`, `error_codes`, ...). */
export class AadError extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly error: AadErrorCode,
    readonly aadsts: number,
    readonly description: string,
    readonly extra: { suberror?: string; claims?: string } = {},
  ) {
    super(`AADSTS${aadsts}: ${description}`);
    this.name = 'AadError';
  }

  body(correlationId: string | undefined): Record<string, unknown> {
    const traceId = randomUUID();
    const correlation = correlationId ?? randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d{3}Z$/, 'Z');
    return {
      error: this.error,
      error_description: `AADSTS${this.aadsts}: ${this.description} Trace ID: ${traceId} Correlation ID: ${correlation} Timestamp: ${timestamp}`,
      error_codes: [this.aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlation,
      error_uri: `https://login.microsoftonline.com/error?code=${this.aadsts}`,
      ...this.extra,
    };
  }
}

export const missingParameter = (name: string): AadError =>
  new AadError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);

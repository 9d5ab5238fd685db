import type { NeverLogKind, NeverLogScope } from './never-log.js';

/** The closed set of error codes the service answers with; the HTTP layer maps them to statuses. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'INVALID_JSON'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_CURSOR'
  /** The mailbox (Graph) refused the Outlook item id as malformed. */
  | 'ITEM_ID_INVALID'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  /** A participant is on a never-log list: nothing is stored. */
  | 'NEVER_LOG'
  /** The meeting was cancelled: it did not take place, so there is no contact to log. */
  | 'MEETING_CANCELLED'
  | 'UNAUTHENTICATED'
  | 'TOKEN_MISSING'
  | 'TOKEN_MALFORMED'
  | 'TOKEN_SIGNATURE_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'TOKEN_ISSUER_INVALID'
  | 'TOKEN_AUDIENCE_INVALID'
  | 'TOKEN_TENANT_NOT_ALLOWED'
  | 'TOKEN_SCOPE_MISSING'
  | 'TOKEN_NOT_ACCESS_TOKEN'
  | 'FORBIDDEN'
  /** Graph refused the shared mailbox the Outlook item is in: no access granted there, or no consent. */
  | 'SHARED_MAILBOX_DENIED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'AUTH_REQUIRED'
  | 'BAD_GATEWAY'
  | 'THROTTLED'
  | 'UNAVAILABLE'
  /** The CVR register did not answer (network, 5xx, refused credentials): try again later. */
  | 'REGISTER_UNAVAILABLE'
  /** No CVR register is configured for this installation. */
  | 'REGISTER_NOT_CONFIGURED'
  | 'INTERNAL';

/** For NEVER_LOG: the rule that refused, so a front end can name it in the user's language. */
export interface NeverLogRuleDetail {
  scope: NeverLogScope;
  kind: NeverLogKind;
  /** The address or domain the list holds (never the rule's id: the user cannot look that up). */
  value: string;
}

/** A failure the caller can act on. The message is safe to show: it never carries content. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For AUTH_REQUIRED: the claims challenge the client passes when it asks for consent again. */
    readonly claims?: string,
    readonly rule?: NeverLogRuleDetail,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

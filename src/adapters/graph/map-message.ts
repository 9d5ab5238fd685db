/** A Graph message (GET /me/messages/{id}?$expand=attachments(...)) as the history's CapturedItem. */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { CapturedItem } from '../../ports/mail-source.js';
import { emailSourceKey } from '../../domain/source-key.js';
import { DEFAULT_MAX_EXCERPT_CHARS, htmlToExcerpt } from './html-to-excerpt.js';
import {
  attachmentNames,
  cleanCategories,
  cleanId,
  cleanSubject,
  collectParticipants,
  requireId,
  sideOfAddress,
  type GraphMapOptions,
} from './map-common.js';
import { parseGraphInstant } from './time-zones.js';

export type { GraphMapOptions };

/** Pure: maps one message payload; throws TypeError only for a payload without id or any date. */
export function mapGraphMessage(message: MicrosoftGraph.Message, options: GraphMapOptions): CapturedItem {
  const graphId = requireId(message.id, 'message');
  const internetMessageId = cleanId(message.internetMessageId);
  // Drafts get their internetMessageId when sent; until then the mailbox-local id is the only key.
  // A draft lives in one mailbox, so it can never be the same contact as someone else's item.
  const sourceKey = internetMessageId !== null ? emailSourceKey(internetMessageId) : `draft:${graphId}`;

  const occurredAt =
    parseGraphInstant(message.receivedDateTime) ??
    parseGraphInstant(message.sentDateTime) ??
    parseGraphInstant(message.createdDateTime);
  if (occurredAt === null) throw new TypeError('Graph message payload has no usable date');

  // `from` is who the mail is from; `sender` differs only when a delegate sent it on their behalf.
  // A draft may have neither.
  const author = message.from ?? message.sender ?? null;
  const participants = collectParticipants(
    [
      [author ? [author] : [], 'from'],
      [message.toRecipients ?? [], 'to'],
      [message.ccRecipients ?? [], 'cc'],
      // bccRecipients are deliberately ignored: a blind copy is not shared knowledge.
    ],
    options.ownDomains,
  );
  const authorSide = sideOfAddress(author?.emailAddress?.address, options.ownDomains);

  const maxChars = options.maxExcerptChars ?? DEFAULT_MAX_EXCERPT_CHARS;
  return {
    kind: 'email',
    graphId,
    sourceKey,
    internetMessageId,
    iCalUId: null,
    occurredAt,
    endsAt: null,
    isAllDay: false,
    subject: cleanSubject(message.subject),
    excerpt:
      htmlToExcerpt(message.body, maxChars) ??
      htmlToExcerpt({ contentType: 'text', content: message.bodyPreview }, maxChars),
    attachmentNames: attachmentNames(message.attachments),
    participants,
    direction: authorSide === 'ours' ? 'outbound' : authorSide === 'theirs' ? 'inbound' : null,
    categories: cleanCategories(message.categories),
    isDraft: message.isDraft === true,
    isCancelled: false,
  };
}

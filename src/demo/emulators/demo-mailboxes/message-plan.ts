/** A planned demo mail and how it becomes a Graph message in one mailbox (same internetMessageId in each). */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { buildAttachment, buildMessage, graphTimestamp, recipient, type Person } from '../graph-factories.js';
import { hexFor } from '../graph-ids.js';
import { outlookHtml } from '../graph-text.js';
import type { MailboxUser } from '../graph-store.js';
import { HOUR } from './people.js';

export interface MessagePlan {
  key: string;
  from: Person | null;
  to: Person[];
  cc?: Person[];
  subject: string;
  paragraphs: string[];
  /** Hours before `now`. */
  hoursAgo: number;
  attachments?: { name: string; contentType: string; isInline?: boolean }[];
  /** Extra mailboxes (by staff index 1, 2) holding the same message. */
  alsoIn?: number[];
  isDraft?: boolean;
}

export function receivedAt(plan: MessagePlan, now: number): number {
  return Math.floor((now - plan.hoursAgo * HOUR) / 1000) * 1000;
}

export function materialise(plan: MessagePlan, owner: MailboxUser, now: number): MicrosoftGraph.Message {
  const received = new Date(receivedAt(plan, now));
  const domain = plan.from?.address.split('@')[1] ?? 'roskilde.dk';
  const options = { seed: `demo|${owner.id}|${plan.key}`, mailboxId: owner.id, now: new Date(now) };
  const fromMe = plan.from?.address === owner.mail;
  return buildMessage(
    {
      subject: plan.subject,
      from: plan.from ? recipient(plan.from) : null,
      sender: plan.from ? recipient(plan.from) : null,
      toRecipients: plan.to.map(recipient),
      ccRecipients: (plan.cc ?? []).map(recipient),
      receivedDateTime: graphTimestamp(received),
      sentDateTime: plan.isDraft ? null : graphTimestamp(new Date(received.getTime() - 4_000)),
      internetMessageId: `<${hexFor(16, `demo|mid|${plan.key}`)}@${domain.includes('roskilde.dk') ? 'roskilde.dk' : domain}>`,
      body: { contentType: 'html', content: outlookHtml(plan.paragraphs) },
      attachments: (plan.attachments ?? []).map((a) => buildAttachment({ ...a, lastModified: received }, options)),
      isDraft: plan.isDraft ?? false,
      isRead: plan.hoursAgo > 12 || fromMe,
    },
    options,
  );
}

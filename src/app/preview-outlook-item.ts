import type { InteractionStore } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { MailSource } from '../ports/mail-source.js';
import type { Actor, Participant, Visibility } from '../domain/model.js';
import { containsCpr, findHealthWords, redactCpr } from '../domain/cpr.js';
import { readOutlookItem, requireMailSource, userMailbox, type ItemRef } from './read-outlook-item.js';
import { redactedParticipants, sensitiveFinding, type SensitiveFinding } from './log-outlook-item.js';

export interface ItemPreview {
  kind: 'email' | 'meeting';
  subject: string | null;
  occurredAt: string;
  /** The first lines of the body, CPR numbers removed: the logger edits it into the summary. */
  summaryDraft: string | null;
  /** Health words found: the pane then suggests "metadata only" and says why. */
  healthWords: string[];
  cprFound: boolean;
  /** Why the text looks like it is about a citizen; the pane then suggests "metadata only" and says why. */
  sensitive: SensitiveFinding | null;
  suggestedVisibility: Visibility;
  participants: Participant[];
  attachmentCount: number;
  alreadyLogged: { interactionId: string; companyId: string; loggedBy: { id: string; name: string | null }[] } | null;
}

const DRAFT_CHARS = 400;

/** What the log form starts from, read through Graph: nothing is stored. */
export async function previewOutlookItem(
  deps: { store: Pick<InteractionStore, 'findLoggedItem'>; clock: Clock; mailSource?: MailSource | undefined },
  actor: Actor,
  ref: ItemRef,
): Promise<ItemPreview> {
  const { item } = await readOutlookItem(
    requireMailSource(deps.mailSource),
    userMailbox(actor, ref.sharedMailbox),
    ref,
  );
  const now = deps.clock.now();
  const text = [item.subject ?? '', item.excerpt ?? '', ...item.attachmentNames].join('\n');
  const healthWords = findHealthWords(text);
  const sensitive = sensitiveFinding(item);
  return {
    kind: item.kind,
    subject: item.subject === null ? null : redactCpr(item.subject, now),
    occurredAt: item.occurredAt.toISOString(),
    summaryDraft: item.excerpt ? firstLines(redactCpr(item.excerpt, now)) : null,
    healthWords,
    cprFound: containsCpr(text),
    sensitive,
    suggestedVisibility: healthWords.length > 0 || sensitive ? 'metadata' : 'summary',
    participants: redactedParticipants(item.participants, now),
    attachmentCount: item.attachmentNames.length,
    alreadyLogged: await deps.store.findLoggedItem(actor.tenantId, item.sourceKey),
  };
}

function firstLines(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 4)
    .join('\n');
  if (lines.length <= DRAFT_CHARS) return lines;
  const cut = lines.slice(0, DRAFT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DRAFT_CHARS - 40))}…`;
}

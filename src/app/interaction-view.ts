import type { Actor, InteractionEntry } from '../domain/model.js';
import { visibleText } from '../domain/visibility.js';
import { effectiveTier, type DecayTier } from '../domain/privacy-policy.js';

/** One contact as a reader may see it: text cut to the tier unless the reader took part. */
export interface InteractionView {
  id: string;
  companyId: string;
  kind: InteractionEntry['kind'];
  occurredAt: string;
  subject: string | null;
  summary: string | null;
  excerpt: string | null;
  /** Shown with the excerpt: a file name can say as much as a sentence. */
  attachmentNames: string[];
  topics: string[];
  direction: InteractionEntry['direction'];
  visibility: InteractionEntry['visibility'];
  /** Set once the stored text has decayed with age: that text is gone for everyone. */
  decayedTo: DecayTier | null;
  source: string;
  /** Null when no person logged it: tagged in a shared mailbox, where Graph does not say who. */
  loggedBy: { id: string; name: string | null } | null;
  /** The shared mailbox's address it was logged from, or null. */
  sharedMailbox: string | null;
  sectionId: string | null;
  loggerCount: number;
  /** Whether the reader sees the stored text in full because they took part. */
  insider: boolean;
}

export function isInsider(actor: Actor, entry: InteractionEntry): boolean {
  if (entry.loggedBy === actor.staffId || entry.loggers.includes(actor.staffId)) return true;
  const email = actor.email.toLowerCase();
  return entry.participants.some((p) => p.side === 'ours' && p.email?.toLowerCase() === email);
}

export function toInteractionView(actor: Actor, entry: InteractionEntry): InteractionView {
  const insider = isInsider(actor, entry);
  // Tiers apply here, in the service, for every read path (API, bot, cards, export): never in a client.
  const text = visibleText(entry, effectiveTier(entry.visibility, entry.decayedTo), insider);
  return {
    id: entry.id,
    companyId: entry.companyId,
    kind: entry.kind,
    occurredAt: entry.occurredAt.toISOString(),
    subject: text.subject,
    summary: text.summary,
    excerpt: text.excerpt,
    attachmentNames: text.excerpt === null && !insider ? [] : entry.attachmentNames,
    topics: entry.topics,
    direction: entry.direction,
    visibility: entry.visibility,
    decayedTo: entry.decayedTo ?? null,
    source: entry.source,
    loggedBy: entry.loggedBy === null ? null : { id: entry.loggedBy, name: entry.loggedByName },
    sharedMailbox: entry.sharedMailbox ?? null,
    sectionId: entry.sectionId,
    loggerCount: Math.max(1, entry.loggers.length),
    insider,
  };
}

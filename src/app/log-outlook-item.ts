import type {
  AuditStore,
  CompanyStore,
  DirectoryStore,
  InteractionStore,
  PrivacyStore,
  Transactional,
} from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { CapturedItem, MailboxAccess, MailSource } from '../ports/mail-source.js';
import type { Actor, Vacancy, Visibility } from '../domain/model.js';
import type { SharedMailbox } from '../domain/shared-mailbox.js';
import { currentCompanyId } from './current-company.js';
import { DomainError } from '../domain/errors.js';
import { isSharedMailbox, readOutlookItem, requireMailSource, userMailbox, type ItemRef } from './read-outlook-item.js';
import { redactCpr } from '../domain/cpr.js';
import { assertKnownTopics } from './tenant-topics.js';
import { createVacancy, type NewVacancyStore, type VacancyInput } from './vacancies.js';
import { toInteractionView, type InteractionView } from './interaction-view.js';
import { AUDIT } from './audit-actions.js';
import { assertNotNeverLogged } from './never-log.js';
import { detectSensitiveContent, type SensitiveFinding } from '../domain/sensitive-content.js';

/** The Outlook category that marks an item as logged, in every client. */
export const LOGGED_CATEGORY = 'Kontaktspor';
const EXCERPT_KEPT = 1000;
/** Why a cancelled meeting is refused: it never took place, so the history would claim a contact that was not. */
const CANCELLED_MEETING = 'The meeting was cancelled, so it did not take place and cannot be logged.';

/** What storing a logged item writes in its transaction; a vacancy made with it joins that transaction. */
export type LogItemTx = InteractionStore & AuditStore & Transactional<NewVacancyStore>;
export type LogItemStore = Pick<CompanyStore, 'getCompanySummaries' | 'resolveCompanyId'> &
  Pick<DirectoryStore, 'listTopics'> &
  Pick<PrivacyStore, 'neverLogRulesFor'> &
  Transactional<LogItemTx>;
type Deps = { store: LogItemStore; clock: Clock; mailSource?: MailSource | undefined };

/** Why the text looks like it is about a citizen; when no visibility was chosen, it was logged as metadata only. */
export type { SensitiveFinding };

export interface LogItemInput extends ItemRef {
  companyId: string;
  topics: string[];
  summary?: string | null | undefined;
  visibility?: Visibility | undefined;
  vacancy?: Omit<VacancyInput, 'companyId' | 'interactionId' | 'topics'> | undefined;
  /** Whose mailbox to read: the caller's own on their behalf (default), or app-only (a tagged item from a watched mailbox). */
  mailbox?: MailboxAccess | undefined;
  /**
   * Set when the item was tagged in this watched shared mailbox (the actor is then the mailbox's, see
   * sharedMailboxActor): stored with the mailbox as its source and no person as logger. Not to be
   * mixed up with `sharedMailbox`, the mailbox a person has open in the pane (they log as themselves).
   */
  taggedIn?: SharedMailbox | undefined;
}

export interface LogItemResult {
  status: 'logged' | 'already_logged';
  interaction: InteractionView;
  loggedBy: { id: string; name: string | null }[];
  /** Whether the Outlook category was added; logging stands even when tagging failed. */
  categoryApplied: boolean;
  vacancy: Vacancy | null;
  /** Set when the text looks like it is about a citizen (health, a name next to praktik/løntilskud). */
  sensitive: SensitiveFinding | null;
}

/**
 * Logs an email or meeting from the user's own mailbox (or a shared one they have open), read through
 * Graph on their behalf, into the company's shared history: once per tenant (a second logger is
 * recorded as a co-logger), CPR numbers removed before storing, attachment names only, then tagged
 * with our Outlook category (in the user's own mailbox only).
 */
export async function logOutlookItem(deps: Deps, actor: Actor, given: LogItemInput): Promise<LogItemResult> {
  // A pane opened before a merge still sends the merged company's id.
  const input = { ...given, companyId: await currentCompanyId(deps.store, actor, given.companyId) };
  const [company] = await deps.store.getCompanySummaries(actor.tenantId, [input.companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  await assertKnownTopics(deps.store, actor.tenantId, input.topics);

  // An item of a shared mailbox is read there but logged as the caller's own contact (loggedBy, section).
  const access = input.mailbox ?? userMailbox(actor, input.sharedMailbox);

  const mailSource = requireMailSource(deps.mailSource);
  const { restId, item } = await readOutlookItem(mailSource, access, input);
  if (item.isDraft) throw new DomainError('VALIDATION_FAILED', 'A draft cannot be logged: save or send it first.');
  if (item.isCancelled) throw new DomainError('MEETING_CANCELLED', CANCELLED_MEETING);
  // Every capture path (pane, quick action, Outlook category) comes through here: nothing listed is stored.
  await assertNotNeverLogged(
    deps.store,
    actor,
    item.participants.map((p) => p.email),
  );

  const sensitive = sensitiveFinding(item, input.summary);
  // A sensitive text defaults to metadata only; a visibility the logger chose explicitly stands.
  const visibility = input.visibility ?? (sensitive ? 'metadata' : 'summary');
  const stored = await storeOnce(
    deps,
    actor,
    { ...input, visibility },
    redacted(item, deps.clock.now(), input.summary),
  );
  // Nothing is written to a shared mailbox: reading it needs only Mail.Read.Shared (least privilege).
  const categoryApplied = isSharedMailbox(access)
    ? false
    : await mailSource.addCategory(access, { kind: input.kind, restId }, LOGGED_CATEGORY).then(
        () => true,
        () => false,
      );
  return { ...stored, categoryApplied, sensitive };
}

/** The sensitive-content check over everything that would be stored; participants' own names never count. */
export function sensitiveFinding(item: CapturedItem, summary?: string | null): SensitiveFinding | null {
  const text = [item.subject ?? '', item.excerpt ?? '', summary ?? '', ...item.attachmentNames].join('\n');
  return detectSensitiveContent(
    text,
    item.participants.map((p) => p.name),
  );
}

/** What is stored: CPR numbers out of every text, the excerpt bounded. */
function redacted(
  item: CapturedItem,
  now: Date,
  summary: string | null | undefined,
): CapturedItem & { summary: string | null } {
  const clean = (text: string | null) => (text === null ? null : redactCpr(text, now));
  return {
    ...item,
    subject: clean(item.subject),
    excerpt: clean(item.excerpt?.slice(0, EXCERPT_KEPT) ?? null),
    attachmentNames: item.attachmentNames.map((name) => redactCpr(name, now)),
    participants: redactedParticipants(item.participants, now),
    summary: clean(summary?.trim() || null),
  };
}

/** Display names come from the sender's own mail client and may hold anything, a CPR number too. */
export function redactedParticipants(
  participants: CapturedItem['participants'],
  now: Date,
): CapturedItem['participants'] {
  return participants.map((p) => (p.name === null ? p : { ...p, name: redactCpr(p.name, now) }));
}

async function storeOnce(
  deps: Deps,
  actor: Actor,
  input: LogItemInput,
  item: CapturedItem & { summary: string | null },
): Promise<Omit<LogItemResult, 'categoryApplied' | 'sensitive'>> {
  try {
    return await deps.store.withTransaction(async (tx) => {
      if (await tx.findLoggedItem(actor.tenantId, item.sourceKey)) return joinLogged(tx, actor, input, item.sourceKey);
      const interaction = await tx.insertInteraction(actor.tenantId, {
        companyId: input.companyId,
        kind: item.kind,
        occurredAt: item.occurredAt,
        subject: item.subject,
        summary: item.summary,
        excerpt: item.excerpt,
        attachmentNames: item.attachmentNames,
        topics: [...new Set(input.topics)],
        direction: item.direction,
        participants: item.participants,
        source: 'outlook',
        sourceKey: item.sourceKey,
        visibility: input.visibility ?? 'summary',
        loggedBy: input.taggedIn ? null : actor.staffId,
        sectionId: actor.sectionId,
        sharedMailbox: input.taggedIn?.address ?? null,
      });
      const vacancy = input.vacancy
        ? await createVacancy({ store: tx, clock: deps.clock }, actor, {
            ...input.vacancy,
            companyId: input.companyId,
            topics: input.topics,
            interactionId: interaction.id,
          })
        : null;
      await tx.appendAudit(actor.tenantId, {
        actorId: actor.staffId,
        action: AUDIT.interactionCreate,
        companyId: input.companyId,
        targetId: interaction.id,
        criteria: { source: 'outlook', kind: item.kind, sharedMailbox: input.taggedIn?.address ?? null },
      });
      const person = input.taggedIn ? [] : [{ id: actor.staffId, name: actor.name }];
      return {
        status: 'logged' as const,
        interaction: toInteractionView(actor, {
          ...interaction,
          loggedByName: person[0]?.name ?? null,
          loggers: person.map((logger) => logger.id),
        }),
        loggedBy: person,
        vacancy,
      };
    });
  } catch (error) {
    // A colleague stored the same item between our check and our insert: join it instead.
    if (error instanceof DomainError && error.code === 'CONFLICT') {
      return deps.store.withTransaction((tx) => joinLogged(tx, actor, input, item.sourceKey));
    }
    throw error;
  }
}

/** An item stored already: a person joins it as co-logger; a shared mailbox is no person, so it changes nothing. */
async function joinLogged(tx: InteractionStore & AuditStore, actor: Actor, input: LogItemInput, sourceKey: string) {
  if (!input.taggedIn) return addCoLogger(tx, actor, sourceKey);
  const existing = await tx.findLoggedItem(actor.tenantId, sourceKey);
  const entry = existing && (await tx.getInteractionEntry(actor.tenantId, existing.interactionId));
  if (!existing || !entry) throw new DomainError('INTERNAL', 'The logged item vanished.');
  return {
    status: 'already_logged' as const,
    interaction: toInteractionView(actor, entry),
    loggedBy: existing.loggedBy,
    vacancy: null,
  };
}

async function addCoLogger(tx: InteractionStore & AuditStore, actor: Actor, sourceKey: string) {
  const existing = await tx.findLoggedItem(actor.tenantId, sourceKey);
  if (!existing) throw new DomainError('INTERNAL', 'The logged item vanished.');
  await tx.addInteractionLogger(actor.tenantId, existing.interactionId, actor.staffId);
  await tx.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: 'interaction.colog',
    companyId: existing.companyId,
    targetId: existing.interactionId,
  });
  const entry = await tx.getInteractionEntry(actor.tenantId, existing.interactionId);
  if (!entry) throw new DomainError('INTERNAL', 'The logged item vanished.');
  return {
    status: 'already_logged' as const,
    interaction: toInteractionView(actor, entry),
    loggedBy: (await tx.findLoggedItem(actor.tenantId, sourceKey))?.loggedBy ?? existing.loggedBy,
    vacancy: null,
  };
}

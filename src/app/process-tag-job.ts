import type { Actor } from '../domain/model.js';
import { currentCompanyId } from './current-company.js';
import { DomainError } from '../domain/errors.js';
import { redactCpr, findHealthWords } from '../domain/cpr.js';
import { candidateDomains, candidateEmails, rankCompanyMatches } from '../domain/company-matching.js';
import {
  MAX_TAG_ATTEMPTS,
  hasCategory,
  isTransient,
  replaceCategory,
  unambiguousCompany,
  type MailboxWatch,
  type TagJob,
  type TagJobOutcome,
} from '../domain/tagging.js';
import { MailSourceError, type CapturedItem } from '../ports/mail-source.js';
import { logOutlookItem } from './log-outlook-item.js';
import { rememberContact } from './remember-contact.js';
import { appMailbox, type TagDeps } from './tag-deps.js';
import { actorOf } from './identify-staff.js';
import { sharedMailboxActor } from './shared-mailboxes.js';
import type { SharedMailbox } from '../domain/shared-mailbox.js';

const CHOICES_OFFERED = 5;

/** What became of a job: an outcome to record, or `forget` when the item was not (or no longer) tagged. */
export type TagJobResult = TagJobOutcome | { status: 'forget' };

/**
 * Looks at one queued item of a watched mailbox (app-only): still tagged with the category? Then
 * it is logged through the add-in's own use case (dedupe, CPR redaction, co-loggers) when its
 * addresses name one company, and the category becomes the "logged" one; otherwise the user is
 * asked to choose. An untagged item is forgotten: removing the category before this cancels it.
 * A logged job taken again is a re-check (a change arrived for the item): the contact stands
 * whatever the look finds, so it stays logged unless it is to be tried again.
 */
export async function processTagJob(deps: TagDeps, tenantId: string, job: TagJob): Promise<TagJobResult> {
  const result = await examine(deps, tenantId, job);
  const gaveUp = result.status === 'forget' || result.status === 'failed' || result.status === 'cancelled';
  return job.status === 'logged' && job.interactionId && gaveUp
    ? { status: 'logged', interactionId: job.interactionId }
    : result;
}

async function examine(deps: TagDeps, tenantId: string, job: TagJob): Promise<TagJobResult> {
  const context = await jobContext(deps, tenantId, job);
  if (!context) return { status: 'forget' };
  const { actor, watch, sharedMailbox } = context;
  const read = await readTagged(deps, tenantId, watch, job);
  if ('status' in read) return read;
  const { item } = read;
  if (item.isDraft) return { status: 'failed', errorCode: 'DRAFT' };

  const logged = await deps.store.findLoggedItem(tenantId, item.sourceKey);
  // Tagged again after it was logged (or logged from the pane first): only the category is due.
  // A shared mailbox is no co-logger: an item already in the history needs only its category.
  if (logged && (sharedMailbox || logged.loggedBy.some((logger) => logger.id === actor.staffId))) {
    await renameCategory(deps, actor, watch, job, item);
    return { status: 'logged', interactionId: logged.interactionId };
  }
  if (logged) return logUnder(deps, context, job, item, logged.companyId);

  const emails = item.participants.filter((p) => p.side === 'theirs' && p.email).map((p) => p.email!);
  const [contactHits, domainHits] = await Promise.all([
    deps.store.findContactsByEmails(tenantId, candidateEmails(emails, deps.ownDomains)),
    deps.store.findDomainHits(tenantId, candidateDomains(emails, deps.ownDomains)),
  ]);
  const ranked = rankCompanyMatches(emails, contactHits, domainHits, deps.ownDomains);
  const companyId = unambiguousCompany(ranked);
  if (companyId) return logUnder(deps, context, job, item, companyId);

  const candidateIds = ranked.slice(0, CHOICES_OFFERED).map((match) => match.companyId);
  // A shared mailbox has no personal bot chat: the choice waits for its section's staff (GET /api/me/tags).
  if (!sharedMailbox) await askUser(deps, tenantId, watch, job, item, candidateIds);
  return { status: 'needs_company', candidateIds };
}

/**
 * The user's choice for an item waiting for a company (from the bot's card, the pane or the tab):
 * logs it there and remembers the sender as a contact of that company. An item of a shared mailbox
 * is chosen by a staff member of the section that owns it, and is still logged by no person.
 */
export async function chooseTagCompany(deps: TagDeps, actor: Actor, jobId: string, chosenId: string): Promise<TagJob> {
  const companyId = await currentCompanyId(deps.store, actor, chosenId);
  const job = await deps.store.getTagJob(actor.tenantId, jobId);
  const shared = job ? await deps.store.getSharedMailbox(actor.tenantId, job.ownerId) : null;
  const mayChoose = shared ? shared.sectionId === actor.sectionId : job?.ownerId === actor.staffId;
  if (!job || !mayChoose) throw new DomainError('NOT_FOUND', 'No such tagged item of yours.');
  if (job.status !== 'needs_company')
    throw new DomainError('CONFLICT', 'This tagged item is not waiting for a company.');
  const [company] = await deps.store.getCompanySummaries(actor.tenantId, [companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  const context = await jobContext(deps, actor.tenantId, job);
  if (!context)
    throw new DomainError('CONFLICT', 'The mailbox is no longer watched; log the item from Outlook instead.');

  const read = await readTagged(deps, actor.tenantId, context.watch, job);
  const outcome: TagJobOutcome =
    'item' in read
      ? await logUnder(deps, context, job, read.item, companyId)
      : read.status === 'forget'
        ? { status: 'cancelled' }
        : read;
  // A passing failure keeps the item waiting for the user's choice; they may simply choose again.
  if (outcome.status === 'queued')
    throw new DomainError(
      outcome.errorCode === 'THROTTLED' ? 'THROTTLED' : 'UNAVAILABLE',
      'Outlook cannot be reached right now; try again shortly.',
    );
  await deps.store.finishTagJob(actor.tenantId, job.id, outcome, deps.clock.now());
  if (outcome.status === 'cancelled')
    throw new DomainError('CONFLICT', 'The category was removed from this item, so it was not logged.');
  if (outcome.status === 'logged' && 'item' in read) await rememberSender(deps, actor, companyId, read.item);
  return (await deps.store.getTagJob(actor.tenantId, job.id))!;
}

/** Whom a job acts for: the mailbox owner, or a shared mailbox (then no person, only its section). */
interface JobContext {
  actor: Actor;
  watch: MailboxWatch;
  sharedMailbox: SharedMailbox | null;
}

async function jobContext(deps: TagDeps, tenantId: string, job: TagJob): Promise<JobContext | null> {
  const watch = await deps.store.getMailboxWatch(tenantId, job.ownerId);
  if (!watch) return null;
  if (watch.ownerKind === 'shared') {
    const sharedMailbox = await deps.store.getSharedMailbox(tenantId, job.ownerId);
    return sharedMailbox ? { watch, sharedMailbox, actor: sharedMailboxActor(tenantId, sharedMailbox) } : null;
  }
  const [member] = await deps.store.listStaff(tenantId, [job.ownerId]);
  if (!member) return null;
  // The job acts for the mailbox owner, never with admin rights, whatever their role.
  return { watch, sharedMailbox: null, actor: actorOf(tenantId, member, { isAdmin: false }) };
}

/** The item, when it still carries the category; otherwise what to do with the job. */
async function readTagged(
  deps: TagDeps,
  tenantId: string,
  watch: MailboxWatch,
  job: TagJob,
): Promise<{ item: CapturedItem } | TagJobResult> {
  const access = appMailbox(tenantId, watch);
  try {
    const item =
      job.kind === 'email'
        ? await deps.mailSource.getMessage(access, job.graphId)
        : await deps.mailSource.getEvent(access, job.graphId);
    return hasCategory(item.categories, deps.settings.category) ? { item } : { status: 'forget' };
  } catch (error) {
    if (error instanceof MailSourceError && error.code === 'NOT_FOUND') return { status: 'forget' };
    return failure(job, error);
  }
}

async function logUnder(
  deps: TagDeps,
  { actor, watch, sharedMailbox }: JobContext,
  job: TagJob,
  item: CapturedItem,
  companyId: string,
): Promise<TagJobOutcome> {
  const access = appMailbox(actor.tenantId, watch);
  try {
    const text = [item.subject ?? '', item.excerpt ?? '', ...item.attachmentNames].join('\n');
    const result = await logOutlookItem(deps, actor, {
      kind: job.kind,
      itemId: job.graphId,
      itemIdType: 'rest',
      companyId,
      topics: [],
      // The add-in's default: health words keep the excerpt out of colleagues' view.
      visibility: findHealthWords(text).length > 0 ? 'metadata' : 'summary',
      mailbox: access,
      taggedIn: sharedMailbox ?? undefined,
    });
    await renameCategory(deps, actor, watch, job, item);
    return { status: 'logged', interactionId: result.interaction.id };
  } catch (error) {
    return failure(job, error);
  }
}

/** The trigger category becomes the "logged" one; the contact stands even when Outlook refuses. */
async function renameCategory(
  deps: TagDeps,
  actor: Actor,
  watch: MailboxWatch,
  job: TagJob,
  item: CapturedItem,
): Promise<void> {
  const categories = replaceCategory(item.categories, deps.settings.category, deps.settings.loggedCategory);
  await deps.watchSource
    .setCategories(appMailbox(actor.tenantId, watch), { kind: job.kind, restId: job.graphId }, categories)
    .catch((error: unknown) => {
      deps.logger.warn(
        { tenantId: actor.tenantId, jobId: job.id, code: (error as MailSourceError).code },
        'logged, but the category was not renamed',
      );
    });
}

async function askUser(
  deps: TagDeps,
  tenantId: string,
  watch: MailboxWatch,
  job: TagJob,
  item: CapturedItem,
  candidateIds: string[],
): Promise<void> {
  if (!deps.notifier) return;
  const companies = await deps.store.getCompanySummaries(tenantId, candidateIds);
  const byId = new Map(companies.map((company) => [company.id, company]));
  const now = deps.clock.now();
  try {
    const sent = await deps.notifier.sendTagChoice(tenantId, watch.graphUserId, {
      jobId: job.id,
      kind: job.kind,
      subject: item.subject === null ? null : redactCpr(item.subject, now),
      occurredAt: item.occurredAt,
      choices: candidateIds.flatMap((id) => {
        const company = byId.get(id);
        return company ? [{ id, name: company.name, cvr: company.cvr }] : [];
      }),
    });
    if (!sent)
      deps.logger.info(
        { tenantId, jobId: job.id },
        'no personal bot conversation: the choice waits in the pane and tab',
      );
  } catch (error) {
    // The choice still waits in the add-in pane and the tab.
    deps.logger.warn({ tenantId, jobId: job.id, error: (error as Error).name }, 'the choice card could not be sent');
  }
}

async function rememberSender(deps: TagDeps, actor: Actor, companyId: string, item: CapturedItem): Promise<void> {
  const sender = item.participants.find(
    (p) => p.side === 'theirs' && (p.role === 'from' || p.role === 'organizer') && p.email,
  );
  if (!sender?.email) return;
  // The item is logged already; a sender not remembered only means the pane asks next time.
  await rememberContact(deps, actor, companyId, { email: sender.email, name: sender.name }, deps.ownDomains).catch(
    (error: unknown) => {
      deps.logger.warn(
        { tenantId: actor.tenantId, code: error instanceof DomainError ? error.code : (error as Error)?.name },
        'tagged sender not remembered',
      );
    },
  );
}

/** Transient failures go back to the queue until the attempts run out; the rest fail with their code. */
function failure(job: TagJob, error: unknown): TagJobOutcome {
  const code = error instanceof MailSourceError || error instanceof DomainError ? error.code : 'INTERNAL';
  if (isTransient(code) && job.attempts < MAX_TAG_ATTEMPTS) return { status: 'queued', errorCode: code };
  return { status: 'failed', errorCode: code };
}

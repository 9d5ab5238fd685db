import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import type { GraphSubscriptionRecord, MailboxWatch, TagJob, WatchedResource } from '../domain/tagging.js';
import { MailSourceError } from '../ports/mail-source.js';
import { AUDIT } from './audit-actions.js';
import { appMailbox, type TagDeps } from './tag-deps.js';
import { newSecret } from './secrets.js';

const RESOURCES: readonly WatchedResource[] = ['messages', 'events'];
const TAGS_LISTED = 50;

/** A tag as the lists show it: with the shared mailbox it was tagged in, or null for the caller's own. */
export type ListedTag = TagJob & { sharedMailbox: string | null };

export interface WatchStatus {
  enrolled: boolean;
  since: Date | null;
  category: string;
  /** Graph subscriptions held now (two when all is well: messages and events). */
  subscriptions: number;
}

/** Opts the caller's mailbox in: the service then watches it (app-only) for the category. */
export async function enrolMailbox(deps: TagDeps, actor: Actor): Promise<WatchStatus> {
  const watch = await deps.store.upsertMailboxWatch(actor.tenantId, actor.staffId);
  if (!watch) throw new DomainError('NOT_FOUND', 'No staff member for this sign-in.');
  await deps.store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.mailboxWatch,
    targetId: actor.staffId,
  });
  await ensureSubscriptions(deps, actor.tenantId, watch);
  return watchStatus(deps, actor);
}

/** Opts out: the subscriptions are deleted at Graph (best effort) and the watch forgotten. */
export async function leaveMailbox(deps: TagDeps, actor: Actor): Promise<WatchStatus> {
  const watch = await deps.store.getMailboxWatch(actor.tenantId, actor.staffId);
  if (watch) {
    const subscriptions = await deps.store.deleteMailboxWatch(actor.tenantId, actor.staffId);
    await deps.store.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.mailboxUnwatch,
      targetId: actor.staffId,
    });
    await deleteAtGraph(deps, actor.tenantId, watch, subscriptions);
  }
  return watchStatus(deps, actor);
}

/** Deletes a forgotten watch's subscriptions at Graph (best effort). */
export async function deleteAtGraph(
  deps: Pick<TagDeps, 'watchSource' | 'logger'>,
  tenantId: string,
  watch: MailboxWatch,
  subscriptions: readonly GraphSubscriptionRecord[],
): Promise<void> {
  for (const subscription of subscriptions) {
    // The watch is already forgotten, so notifications for it are ignored; an undeleted
    // subscription only runs out at Graph. Said in the log, so an admin can see it.
    await deps.watchSource.deleteSubscription(appMailbox(tenantId, watch), subscription.id).catch((error: unknown) => {
      deps.logger.warn(
        { tenantId, subscriptionId: subscription.id, code: errorCode(error) },
        'graph subscription not deleted; it expires by itself',
      );
    });
  }
}

export async function watchStatus(deps: Pick<TagDeps, 'store' | 'settings'>, actor: Actor): Promise<WatchStatus> {
  const watch = await deps.store.getMailboxWatch(actor.tenantId, actor.staffId);
  const subscriptions = watch
    ? await deps.store.listGraphSubscriptions(actor.tenantId, { ownerId: actor.staffId })
    : [];
  return {
    enrolled: watch !== null,
    since: watch?.createdAt ?? null,
    category: deps.settings.category,
    subscriptions: subscriptions.length,
  };
}

/**
 * The caller's tags still waiting (queued, or for a company choice) and those that failed; with the
 * items of their section's shared mailboxes waiting for a company, which only the section can choose
 * (there is no person to ask: Graph does not say who set the category).
 */
export async function listMyTags(
  deps: Pick<TagDeps, 'store'>,
  actor: Actor,
): Promise<{ pending: ListedTag[]; failed: ListedTag[] }> {
  const shared = (await deps.store.listSharedMailboxes(actor.tenantId)).filter(
    (mailbox) => mailbox.sectionId === actor.sectionId,
  );
  const [own, ...waiting] = await Promise.all([
    deps.store.listTagJobs(actor.tenantId, actor.staffId, ['queued', 'needs_company', 'failed'], TAGS_LISTED * 2),
    ...shared.map(async (mailbox) =>
      (await deps.store.listTagJobs(actor.tenantId, mailbox.id, ['needs_company'], TAGS_LISTED)).map((job) => ({
        ...job,
        sharedMailbox: mailbox.address,
      })),
    ),
  ]);
  const jobs = [...own!.map((job) => ({ ...job, sharedMailbox: null })), ...waiting.flat()].sort(
    (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
  );
  return {
    pending: jobs.filter((job) => job.status !== 'failed').slice(0, TAGS_LISTED),
    failed: jobs.filter((job) => job.status === 'failed').slice(0, TAGS_LISTED),
  };
}

/**
 * Makes sure the watched mailbox has a live subscription for messages and for events: creates what
 * is missing. Graph validates the notification URL while creating (the handshake).
 */
export async function ensureSubscriptions(deps: TagDeps, tenantId: string, watch: MailboxWatch): Promise<void> {
  const held = await deps.store.listGraphSubscriptions(tenantId, { ownerId: watch.ownerId });
  for (const resource of RESOURCES) {
    if (held.some((subscription) => subscription.resource === resource)) continue;
    await createSubscription(deps, tenantId, watch, resource);
  }
}

export async function createSubscription(
  deps: TagDeps,
  tenantId: string,
  watch: MailboxWatch,
  resource: WatchedResource,
): Promise<void> {
  const clientState = newSecret();
  const expiresAt = new Date(deps.clock.now().getTime() + deps.settings.subscriptionMinutes * 60_000);
  try {
    const created = await deps.watchSource.createSubscription(appMailbox(tenantId, watch), {
      resource,
      notificationUrl: deps.settings.notificationUrl,
      clientState,
      expiresAt,
    });
    await deps.store.saveGraphSubscription(tenantId, {
      id: created.id,
      ownerId: watch.ownerId,
      resource,
      clientState,
      expiresAt: created.expiresAt,
    });
    deps.logger.info(
      { tenantId, ownerId: watch.ownerId, resource, subscriptionId: created.id },
      'graph subscription created',
    );
  } catch (error) {
    if (!(error instanceof MailSourceError)) throw error;
    // The delta catch-up still finds the tags; the next renewal run tries again.
    deps.logger.warn(
      { tenantId, ownerId: watch.ownerId, resource, code: error.code },
      'graph subscription could not be created',
    );
  }
}

function errorCode(error: unknown): string {
  return (error as { code?: unknown })?.code
    ? String((error as { code: unknown }).code)
    : ((error as Error)?.name ?? 'UNKNOWN');
}

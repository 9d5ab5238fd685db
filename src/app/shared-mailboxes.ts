import type { Actor } from '../domain/model.js';
import type { SharedMailbox } from '../domain/shared-mailbox.js';
import { DomainError } from '../domain/errors.js';
import { normalizeEmail } from '../domain/email-address.js';
import { MailSourceError } from '../ports/mail-source.js';
import { assertAdmin } from './admin.js';
import { AUDIT } from './audit-actions.js';
import { deleteAtGraph, ensureSubscriptions } from './mailbox-watch.js';
import { catchUpMailbox } from './mailbox-sync.js';
import type { TagDeps } from './tag-deps.js';

/** A configured shared mailbox as an admin sees it, with how many Graph subscriptions watch it now. */
export interface SharedMailboxView extends SharedMailbox {
  subscriptions: number;
}

/**
 * Who a tagged item of a shared mailbox is logged as: the mailbox itself, never a person. Its id
 * stands where a staff id would (the audit trail; never-log rules are then the tenant's only), its
 * section is the contact's section, and logOutlookItem stores no logger for it.
 */
export function sharedMailboxActor(tenantId: string, mailbox: SharedMailbox): Actor {
  return {
    tenantId,
    staffId: mailbox.id,
    name: mailbox.displayName ?? mailbox.address,
    email: mailbox.address,
    sectionId: mailbox.sectionId,
    isAdmin: false,
  };
}

export async function listSharedMailboxes(deps: Pick<TagDeps, 'store'>, actor: Actor): Promise<SharedMailboxView[]> {
  assertAdmin(actor);
  const mailboxes = await deps.store.listSharedMailboxes(actor.tenantId);
  return Promise.all(
    mailboxes.map(async (mailbox) => ({
      ...mailbox,
      subscriptions: (await deps.store.listGraphSubscriptions(actor.tenantId, { ownerId: mailbox.id })).length,
    })),
  );
}

/**
 * Adds a shared mailbox for a section: resolved at Graph (app-only), then watched like a personal
 * mailbox (subscriptions for messages and events, a delta catch-up for what is tagged already).
 * Only a shared mailbox: a person's own is watched only when they opt in themselves.
 */
export async function addSharedMailbox(
  deps: TagDeps,
  actor: Actor,
  input: { address: string; sectionId: string },
): Promise<SharedMailboxView> {
  assertAdmin(actor);
  const address = normalizeEmail(input.address);
  if (!address) throw new DomainError('VALIDATION_FAILED', 'address: not an email address.');
  const sections = await deps.store.listSections(actor.tenantId);
  if (!sections.some((section) => section.id === input.sectionId))
    throw new DomainError('VALIDATION_FAILED', 'sectionId: no such section.');
  const configured = await deps.store.listSharedMailboxes(actor.tenantId);
  if (configured.some((mailbox) => mailbox.address === address))
    throw new DomainError('CONFLICT', 'That shared mailbox is configured already.');

  const resolved = await resolve(deps, actor.tenantId, address);
  const { mailbox, watch } = await deps.store.withTransaction(async (tx) => {
    const mailbox = await tx.insertSharedMailbox(actor.tenantId, {
      address,
      displayName: resolved.displayName,
      sectionId: input.sectionId,
      graphUserId: resolved.id,
      createdBy: actor.staffId,
    });
    const watch = await tx.upsertSharedMailboxWatch(actor.tenantId, mailbox.id, resolved.id);
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.sharedMailboxAdd,
      targetId: mailbox.id,
      criteria: { sectionId: mailbox.sectionId },
    });
    return { mailbox, watch };
  });
  await ensureSubscriptions(deps, actor.tenantId, watch);
  await catchUpMailbox(deps, actor.tenantId, watch);
  const subscriptions = await deps.store.listGraphSubscriptions(actor.tenantId, { ownerId: mailbox.id });
  return { ...mailbox, subscriptions: subscriptions.length };
}

/**
 * Removes a shared mailbox: the watch stops (its Graph subscriptions are deleted); its logged
 * contacts stay. Without a watch source (mailbox watching not configured) nothing can be watched,
 * so there is nothing to delete at Graph either.
 */
export async function removeSharedMailbox(
  deps: Pick<TagDeps, 'store' | 'logger'> & Partial<Pick<TagDeps, 'watchSource'>>,
  actor: Actor,
  id: string,
): Promise<void> {
  assertAdmin(actor);
  const watch = await deps.store.getMailboxWatch(actor.tenantId, id);
  const subscriptions = await deps.store.withTransaction(async (tx) => {
    if (!(await tx.deleteSharedMailbox(actor.tenantId, id)))
      throw new DomainError('NOT_FOUND', 'No such shared mailbox.');
    const held = await tx.deleteMailboxWatch(actor.tenantId, id);
    await tx.appendAudit(actor.tenantId, { actorId: actor.staffId, action: AUDIT.sharedMailboxRemove, targetId: id });
    return held;
  });
  if (watch && deps.watchSource)
    await deleteAtGraph({ ...deps, watchSource: deps.watchSource }, actor.tenantId, watch, subscriptions);
}

async function resolve(deps: TagDeps, tenantId: string, address: string) {
  try {
    const resolved = await deps.watchSource.resolveMailbox({ kind: 'app', tenantId, userId: address });
    if (!resolved.shared)
      throw new DomainError(
        'VALIDATION_FAILED',
        "address: not a shared mailbox; a person's own mailbox is watched only when they opt in.",
      );
    return resolved;
  } catch (error) {
    if (!(error instanceof MailSourceError)) throw error;
    if (error.code === 'NOT_FOUND')
      throw new DomainError('VALIDATION_FAILED', 'address: no mailbox with that address.');
    // Nothing is stored: the admin adds it again once Graph answers (or grants the app its permission).
    throw new DomainError(
      error.code === 'THROTTLED' ? 'THROTTLED' : 'UNAVAILABLE',
      'Microsoft Graph could not look the mailbox up; try again shortly.',
    );
  }
}

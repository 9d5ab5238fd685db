import type { AuditStore, NeverLogEntry, NeverLogOwner, PrivacyStore, Transactional } from '../ports/store.js';

type NeverLogDeps = { store: Transactional<PrivacyStore & AuditStore> };
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { findNeverLogHit, parseNeverLogValue, ruleValues, type NeverLogScope } from '../domain/never-log.js';
import { AUDIT } from './audit-actions.js';
import { assertAdmin } from './admin.js';

/**
 * Refuses a capture when any address is on the tenant's never-log list or the actor's own. Every
 * capture use case calls this before it writes anything (add-in, Outlook category, API).
 */
export async function assertNotNeverLogged(
  store: Pick<PrivacyStore, 'neverLogRulesFor'>,
  actor: Actor,
  addresses: readonly (string | null | undefined)[],
): Promise<void> {
  const rules = await store.neverLogRulesFor(actor.tenantId, actor.staffId);
  const hit = findNeverLogHit(addresses, rules);
  if (!hit) return;
  const list = hit.rule.scope === 'user' ? 'your never-log list' : "the jobcenter's never-log list";
  throw new DomainError(
    'NEVER_LOG',
    `Not logged: ${list} holds ${hit.rule.kind === 'domain' ? 'the domain' : 'the address'} ${hit.rule.value} (rule ${hit.rule.id}).`,
    undefined,
    { scope: hit.rule.scope, kind: hit.rule.kind, value: hit.rule.value },
  );
}

/** Whose list a request names: the caller's own, or the tenant's (admins). */
function ownerOf(actor: Actor, scope: NeverLogScope): NeverLogOwner {
  if (scope === 'tenant') {
    assertAdmin(actor);
    return { staffId: null };
  }
  return { staffId: actor.staffId };
}

export async function listNeverLog(
  { store }: { store: Pick<PrivacyStore, 'listNeverLogEntries'> },
  actor: Actor,
  scope: NeverLogScope,
): Promise<NeverLogEntry[]> {
  return store.listNeverLogEntries(actor.tenantId, ownerOf(actor, scope));
}

export async function addNeverLog(
  { store }: NeverLogDeps,
  actor: Actor,
  scope: NeverLogScope,
  input: string,
): Promise<NeverLogEntry> {
  const owner = ownerOf(actor, scope);
  const parsed = parseNeverLogValue(input);
  if (!parsed) throw new DomainError('VALIDATION_FAILED', 'value: not an email address or a domain name.');
  return store.withTransaction(async (tx) => {
    const entry = await tx.insertNeverLogEntry(actor.tenantId, { ...owner, ...parsed, createdBy: actor.staffId });
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.neverLogAdd,
      targetId: entry.id,
      criteria: { scope, kind: entry.kind },
    });
    return entry;
  });
}

export async function removeNeverLog(
  { store }: NeverLogDeps,
  actor: Actor,
  scope: NeverLogScope,
  id: string,
): Promise<{ removed: number }> {
  const owner = ownerOf(actor, scope);
  return store.withTransaction(async (tx) => {
    const removed = await tx.deleteNeverLogEntry(actor.tenantId, owner, id);
    if (removed === 0) throw new DomainError('NOT_FOUND', 'No such entry on this list.');
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.neverLogRemove,
      targetId: id,
      criteria: { scope },
    });
    return { removed };
  });
}

export interface PurgeResult {
  dryRun: boolean;
  /** Contacts in the history whose participants the list covers (deleted unless dryRun). */
  interactions: number;
  /** Contact persons whose address the tenant's list covers (deleted unless dryRun). */
  contacts: number;
}

/**
 * Removes what is already stored that a list now covers. Without `confirm: true` it only counts, so
 * the caller can show "this deletes N contacts" first. A user's purge touches only what they logged.
 */
export async function purgeNeverLog(
  { store }: NeverLogDeps,
  actor: Actor,
  scope: NeverLogScope,
  input: { dryRun?: boolean | undefined; confirm?: boolean | undefined },
): Promise<PurgeResult> {
  const owner = ownerOf(actor, scope);
  const dryRun = input.confirm !== true || input.dryRun === true;
  return store.withTransaction(async (tx) => {
    const rules = ruleValues(await tx.listNeverLogEntries(actor.tenantId, owner));
    const counts = await tx.purgeNeverLogged(actor.tenantId, rules, { loggedBy: owner.staffId, dryRun });
    if (!dryRun) {
      await tx.appendAudit(actor.tenantId, {
        actorId: actor.staffId,
        action: AUDIT.neverLogPurge,
        criteria: { scope, ...counts },
      });
    }
    return { dryRun, ...counts };
  });
}

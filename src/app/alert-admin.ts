import type { AlertOutboxRow, AlertStatus, AlertStore, AuditStore, Transactional } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { AUDIT } from './audit-actions.js';

function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new DomainError('FORBIDDEN', 'Only admins may do this.');
}

/** The alert outbox by status (dead letters by default), newest change first. Admins only. */
export async function listAlertOutbox(
  { store }: { store: Pick<AlertStore, 'listAlerts'> },
  actor: Actor,
  query: { status: AlertStatus; limit: number },
): Promise<AlertOutboxRow[]> {
  assertAdmin(actor);
  return store.listAlerts(actor.tenantId, query);
}

/** Puts a dead letter back in the queue with fresh attempts; the worker sends it on its next round. */
export async function retryDeadLetter(
  { store, clock }: { store: Transactional<AlertStore & AuditStore>; clock: Clock },
  actor: Actor,
  id: string,
): Promise<AlertOutboxRow> {
  assertAdmin(actor);
  return store.withTransaction(async (tx) => {
    const row = await tx.retryDeadAlert(actor.tenantId, id, clock.now());
    if (!row) throw new DomainError('NOT_FOUND', 'No dead-lettered alert with that id.');
    await tx.appendAudit(actor.tenantId, { actorId: actor.staffId, action: AUDIT.alertRetry, targetId: id });
    return row;
  });
}

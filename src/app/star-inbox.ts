/**
 * STAR's messages in and the inbox's state out (issue 17). A message is stored before the
 * endpoint answers: once STAR has our 202, the message survives anything, a kill -9 included.
 */
import type { Clock } from '../ports/clock.js';
import type { StarInboxStatus, StarInboxStore } from '../ports/store.js';
import type { JobordreMessage } from '../domain/jobordre.js';
import type { Actor } from '../domain/model.js';
import { assertAdmin } from './admin.js';

/** Stores the message once per STAR message id; a redelivery is answered like the first. */
export async function acceptStarMessage(
  deps: { store: Pick<StarInboxStore, 'enqueueStarMessage'>; clock: Clock },
  tenantId: string,
  message: JobordreMessage,
): Promise<{ id: string; duplicate: boolean }> {
  const { id, stored } = await deps.store.enqueueStarMessage(tenantId, message, deps.clock.now());
  return { id, duplicate: !stored };
}

/** Whether STAR's messages are taken here, and how the inbox of the caller's tenant is doing. */
export async function readStarStatus(
  deps: { store: Pick<StarInboxStore, 'starInboxStatus'>; star?: { tenantId: string } | undefined },
  actor: Actor,
): Promise<{ configured: boolean; inbox: StarInboxStatus | null }> {
  assertAdmin(actor);
  // STAR's endpoint serves one tenant; another tenant's admin sees it as not configured for them.
  const configured = deps.star?.tenantId === actor.tenantId;
  return { configured, inbox: configured ? await deps.store.starInboxStatus(actor.tenantId) : null };
}

import type { DirectoryStore } from '../ports/store.js';
import { DEFAULT_TOPICS, unknownTopics, type Topic } from '../domain/topics.js';
import { DomainError } from '../domain/errors.js';

/** The tenant's topic taxonomy; the defaults until the tenant configures its own. */
export async function tenantTopics(
  store: Pick<DirectoryStore, 'listTopics'>,
  tenantId: string,
): Promise<readonly Topic[]> {
  const configured = await store.listTopics(tenantId);
  return configured.length > 0 ? configured : DEFAULT_TOPICS;
}

/** Refuses topic keys the tenant does not have, naming them. */
export async function assertKnownTopics(
  store: Pick<DirectoryStore, 'listTopics'>,
  tenantId: string,
  keys: readonly string[],
): Promise<void> {
  const unknown = unknownTopics(await tenantTopics(store, tenantId), keys);
  if (unknown.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `Unknown topic: ${unknown.slice(0, 5).join(', ')}.`);
  }
}

import type { PrivacyStore, Transactional, VacancyStore } from '../ports/store.js';
import { danishDate } from '../domain/local-date.js';
import { isOpen } from '../domain/vacancy-lifecycle.js';
import { applyTransition, type VacancyTransitionStore } from './vacancies.js';

type DeadlineStore = Pick<VacancyStore, 'listVacanciesPastDeadline'> & Transactional<VacancyTransitionStore>;

const BATCH = 200;

/**
 * Closes the tenant's open vacancies whose deadline was before today (Danish date) as
 * "deadline passed", by Kontaktspor itself; their alert cards are updated like any other change.
 * Each vacancy is locked and checked again in its own transaction, so a colleague changing it at
 * the same moment wins cleanly. Idempotent; returns how many it closed.
 */
export async function closeVacanciesPastDeadline(store: DeadlineStore, tenantId: string, now: Date): Promise<number> {
  const today = danishDate(now);
  let closed = 0;
  for (;;) {
    const ids = await store.listVacanciesPastDeadline(tenantId, today, BATCH);
    let closedInBatch = 0;
    for (const id of ids) {
      const changed = await store.withTransaction(async (tx) => {
        const vacancy = await tx.getVacancyForUpdate(tenantId, id);
        if (!vacancy || !isOpen(vacancy.status) || !vacancy.deadline || vacancy.deadline >= today) return false;
        await applyTransition(tx, tenantId, vacancy, { to: 'deadline_passed', by: null, note: null, now });
        return true;
      });
      if (changed) closedInBatch += 1;
    }
    closed += closedInBatch;
    // A short batch was the last; a batch where nothing changed would only come back the same.
    if (ids.length < BATCH || closedInBatch === 0) return closed;
  }
}

/** Every tenant in turn; one tenant's failure does not stop the others. */
export async function closeVacanciesPastDeadlineForAll(
  store: DeadlineStore & Pick<PrivacyStore, 'listTenantIds'>,
  now: Date,
  onError: (tenantId: string, error: unknown) => void,
): Promise<{ tenantId: string; closed: number }[]> {
  const results: { tenantId: string; closed: number }[] = [];
  for (const tenantId of await store.listTenantIds()) {
    try {
      results.push({ tenantId, closed: await closeVacanciesPastDeadline(store, tenantId, now) });
    } catch (error) {
      onError(tenantId, error);
    }
  }
  return results;
}

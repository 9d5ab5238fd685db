import type { AlertStore, AlertVacancy, Transactional } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { transitionVacancy, type VacancyTransitionStore } from './vacancies.js';

export type ClaimOutcome = 'claimed' | 'taken' | 'not_open';

/**
 * "Jeg tager den": moves the vacancy to in progress by the actor. The transition locks the row,
 * so of many people claiming at once one wins; the others learn who (the vacancy as it now stands).
 * The alert cards in every channel are updated through the outbox by the transition itself.
 */
export async function claimVacancy(
  deps: { store: Pick<AlertStore, 'getAlertVacancy'> & Transactional<VacancyTransitionStore>; clock: Clock },
  actor: Actor,
  vacancyId: string,
): Promise<{ outcome: ClaimOutcome; alert: AlertVacancy }> {
  let outcome: ClaimOutcome = 'claimed';
  try {
    await transitionVacancy(deps, actor, vacancyId, { to: 'in_progress' });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'ILLEGAL_TRANSITION') throw error;
    outcome = 'taken';
  }
  const alert = await deps.store.getAlertVacancy(actor.tenantId, vacancyId);
  if (!alert) throw new DomainError('NOT_FOUND', 'No vacancy with that id.');
  if (outcome === 'taken') {
    const { status, claimedBy } = alert.vacancy;
    if (status !== 'in_progress') outcome = 'not_open';
    else if (claimedBy === actor.staffId) outcome = 'claimed';
  }
  return { outcome, alert };
}

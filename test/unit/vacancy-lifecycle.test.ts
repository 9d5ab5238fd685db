import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.js';
import {
  OPEN_STATUSES,
  VACANCY_STATUSES,
  assertTransition,
  canTransition,
  isOpen,
  nextStatuses,
  statusLabel,
  type VacancyStatus,
} from '../../src/domain/vacancy-lifecycle.js';

const ALLOWED: ReadonlyArray<[VacancyStatus, VacancyStatus]> = [
  ['received', 'in_progress'],
  ['received', 'paused'],
  ['received', 'filled'],
  ['received', 'deadline_passed'],
  ['received', 'withdrawn'],
  ['in_progress', 'received'],
  ['in_progress', 'paused'],
  ['in_progress', 'filled'],
  ['in_progress', 'deadline_passed'],
  ['in_progress', 'withdrawn'],
  ['paused', 'in_progress'],
  ['paused', 'received'],
  ['paused', 'filled'],
  ['paused', 'deadline_passed'],
  ['paused', 'withdrawn'],
  ['filled', 'received'],
  ['deadline_passed', 'received'],
  ['withdrawn', 'received'],
];

describe('vacancy lifecycle', () => {
  it('when every pair of statuses is tried, then exactly the lifecycle transitions are allowed', () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}->${to}`));
    for (const from of VACANCY_STATUSES) {
      for (const to of VACANCY_STATUSES) {
        assert.equal(canTransition(from, to), allowed.has(`${from}->${to}`), `${from} -> ${to}`);
      }
    }
  });

  it('when a status is set to itself, then it is illegal', () => {
    for (const status of VACANCY_STATUSES) assert.equal(canTransition(status, status), false, status);
  });

  it('when a closed vacancy is reopened, then it goes back to received only', () => {
    assert.deepEqual(nextStatuses('filled'), ['received']);
    assert.equal(canTransition('withdrawn', 'in_progress'), false);
  });

  it('when a paused vacancy is resumed, then it goes on in progress, or back to received when nobody holds it', () => {
    assert.equal(canTransition('paused', 'in_progress'), true);
    assert.equal(canTransition('paused', 'received'), true);
  });

  it('when an illegal transition is asserted, then ILLEGAL_TRANSITION names both statuses', () => {
    assert.throws(
      () => assertTransition('filled', 'paused'),
      (error: unknown) =>
        error instanceof DomainError &&
        error.code === 'ILLEGAL_TRANSITION' &&
        error.message.includes('filled') &&
        error.message.includes('paused'),
    );
  });

  it('when a legal transition is asserted, then nothing is thrown', () => {
    assert.doesNotThrow(() => assertTransition('received', 'in_progress'));
  });

  it('when statuses are classed, then received, in progress and paused are open and the rest closed', () => {
    assert.deepEqual([...OPEN_STATUSES], ['received', 'in_progress', 'paused']);
    assert.deepEqual(VACANCY_STATUSES.filter(isOpen), ['received', 'in_progress', 'paused']);
  });

  it('when a status is shown, then it has a Danish and an English label', () => {
    assert.equal(statusLabel('paused', 'da'), 'Sat på pause');
    assert.equal(statusLabel('deadline_passed', 'da'), 'Frist udløbet');
    assert.equal(statusLabel('withdrawn', 'en'), 'Withdrawn');
    const danish = VACANCY_STATUSES.map((status) => statusLabel(status, 'da'));
    assert.deepEqual(danish, ['Modtaget', 'I gang', 'Sat på pause', 'Besat', 'Frist udløbet', 'Trukket tilbage']);
    const english = VACANCY_STATUSES.map((status) => statusLabel(status, 'en'));
    assert.equal(new Set(english).size, VACANCY_STATUSES.length);
  });
});

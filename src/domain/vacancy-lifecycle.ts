/** The vacancy (jobordre) lifecycle: which status changes are allowed. */
import { DomainError } from './errors.js';
import type { Locale } from './topics.js';

export const VACANCY_STATUSES = [
  'received',
  'in_progress',
  'paused',
  'filled',
  'deadline_passed',
  'withdrawn',
] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const OPEN_STATUSES: readonly VacancyStatus[] = ['received', 'in_progress', 'paused'];
export const CLOSED_STATUSES: readonly VacancyStatus[] = ['filled', 'deadline_passed', 'withdrawn'];

const CLOSE: readonly VacancyStatus[] = CLOSED_STATUSES;

// in_progress -> received is "released" (the claimer lets go); closed -> received is "reopened";
// paused -> received is Jobnet asking for candidates again while nobody holds the vacancy.
const TRANSITIONS: Readonly<Record<VacancyStatus, readonly VacancyStatus[]>> = {
  received: ['in_progress', 'paused', ...CLOSE],
  in_progress: ['received', 'paused', ...CLOSE],
  paused: ['in_progress', 'received', ...CLOSE],
  filled: ['received'],
  deadline_passed: ['received'],
  withdrawn: ['received'],
};

export function isVacancyStatus(value: string): value is VacancyStatus {
  return (VACANCY_STATUSES as readonly string[]).includes(value);
}

export function isOpen(status: VacancyStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function canTransition(from: VacancyStatus, to: VacancyStatus): boolean {
  return TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws ILLEGAL_TRANSITION naming both statuses when the change is not allowed. */
export function assertTransition(from: VacancyStatus, to: VacancyStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('ILLEGAL_TRANSITION', `A vacancy cannot move from '${from}' to '${to}'.`);
  }
}

/** The statuses a vacancy may move to next, in lifecycle order. */
export function nextStatuses(from: VacancyStatus): VacancyStatus[] {
  return VACANCY_STATUSES.filter((to) => canTransition(from, to));
}

const STATUS_LABELS: Readonly<Record<VacancyStatus, Readonly<Record<Locale, string>>>> = {
  received: { da: 'Modtaget', en: 'Received' },
  in_progress: { da: 'I gang', en: 'In progress' },
  paused: { da: 'Sat på pause', en: 'Paused' },
  filled: { da: 'Besat', en: 'Filled' },
  deadline_passed: { da: 'Frist udløbet', en: 'Deadline passed' },
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
};

export function statusLabel(status: VacancyStatus, locale: Locale): string {
  return STATUS_LABELS[status]?.[locale] ?? status;
}

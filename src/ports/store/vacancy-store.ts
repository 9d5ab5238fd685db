import type { Vacancy, VacancyEvent, VacancyStatus } from '../../domain/model.js';

export type NewVacancy = Omit<Vacancy, 'id' | 'createdAt' | 'updatedAt' | 'companyName'> & {
  id?: string;
  createdAt?: Date;
};
export type NewVacancyEvent = Omit<VacancyEvent, 'id' | 'at'> & { at?: Date };

export interface VacancyFilter {
  statuses?: VacancyStatus[];
  sectionId?: string;
  companyId?: string;
  limit: number;
}

/** Vacancies and the events of their lifecycle. */
export interface VacancyStore {
  listVacancies(tenantId: string, filter: VacancyFilter): Promise<Vacancy[]>;
  /** Locks the row for the rest of the transaction, so two transitions cannot race. */
  getVacancyForUpdate(tenantId: string, id: string): Promise<Vacancy | null>;
  insertVacancy(tenantId: string, vacancy: NewVacancy): Promise<Vacancy>;
  updateVacancyStatus(tenantId: string, id: string, status: VacancyStatus, claimedBy: string | null): Promise<Vacancy>;
  insertVacancyEvent(tenantId: string, event: NewVacancyEvent): Promise<VacancyEvent>;
  /** Open vacancies whose deadline (a local date) is before `today`, oldest deadline first. */
  listVacanciesPastDeadline(tenantId: string, today: string, limit: number): Promise<string[]>;
  listVacancyEvents(tenantId: string, vacancyId: string): Promise<VacancyEvent[]>;
}

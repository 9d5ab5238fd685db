import type { Vacancy, VacancyEvent, VacancyStatus } from '../../domain/model.js';
import type { JobnetFacts } from '../../domain/jobordre.js';

export type NewVacancy = Omit<Vacancy, 'id' | 'createdAt' | 'updatedAt' | 'companyName' | 'jobnet'> & {
  jobnet?: JobnetFacts | null;
  id?: string;
  createdAt?: Date;
};
/** What a newer version of a jobordre changes on its vacancy. */
export type JobnetVacancyUpdate = Pick<Vacancy, 'title' | 'positions' | 'deadline' | 'location' | 'postcode'> & {
  jobnet: JobnetFacts;
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
  /** The vacancy of a jobordre, locked for the rest of the transaction; null when none has it yet. */
  getVacancyByJobordreForUpdate(tenantId: string, jobordreId: string): Promise<Vacancy | null>;
  updateVacancyFromJobnet(tenantId: string, id: string, update: JobnetVacancyUpdate): Promise<Vacancy>;
  updateVacancyStatus(tenantId: string, id: string, status: VacancyStatus, claimedBy: string | null): Promise<Vacancy>;
  insertVacancyEvent(tenantId: string, event: NewVacancyEvent): Promise<VacancyEvent>;
  /** Open vacancies whose deadline (a local date) is before `today`, oldest deadline first. */
  listVacanciesPastDeadline(tenantId: string, today: string, limit: number): Promise<string[]>;
  listVacancyEvents(tenantId: string, vacancyId: string): Promise<VacancyEvent[]>;
}

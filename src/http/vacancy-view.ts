/**
 * Vacancies as the API shows them: as stored, and a vacancy from Jobnet with the link to its
 * jobordre (made from the configured template). Every route that answers with vacancies maps them here.
 */
import type { Vacancy } from '../domain/model.js';
import type { JobnetFacts } from '../domain/jobordre.js';
import { jobordreUrl } from '../app/jobnet-link.js';

export type VacancyView = Omit<Vacancy, 'jobnet'> & { jobnet: (JobnetFacts & { url: string | null }) | null };

/** The views made with one link template; without one (not configured) a Jobnet vacancy has no link. */
export function vacancyViews(template: string | undefined) {
  const view = (vacancy: Vacancy): VacancyView => ({
    ...vacancy,
    jobnet: vacancy.jobnet && { ...vacancy.jobnet, url: jobordreUrl(template, vacancy.jobnet) },
  });
  return {
    view,
    /** A result with a `vacancy` field (a logged Outlook item may have made one). */
    withVacancy: <T extends { vacancy: Vacancy | null }>(result: T) => ({
      ...result,
      vacancy: result.vacancy && view(result.vacancy),
    }),
    /** A service context, its open vacancies with their links. */
    withContext: <T extends { openVacancies: Vacancy[] }>(context: T) => ({
      ...context,
      openVacancies: context.openVacancies.map(view),
    }),
  };
}

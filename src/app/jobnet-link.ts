/**
 * The one place a jobordre's Jobnet link is made (the API's vacancies and the channel alert cards
 * both use it), so the tab and the card always open the same page.
 */
import type { JobnetFacts } from '../domain/jobordre.js';

/**
 * Jobnet's page of a jobordre: the configured template (config.jobnetJobordreUrl) with `{id}` filled
 * in; null for a vacancy staff registered, or where no template is configured.
 */
export function jobordreUrl(
  template: string | undefined,
  jobnet: Pick<JobnetFacts, 'jobordreId'> | null,
): string | null {
  if (!template || !jobnet) return null;
  return template.replaceAll('{id}', encodeURIComponent(jobnet.jobordreId));
}

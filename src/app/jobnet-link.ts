/**
 * The one place a jobordre's Jobnet link is made (the API's vacancies and the channel alert cards
 * both use it), so the tab and the card always open the same page.
 */

/** Jobnet's page of a jobordre: the configured template (config.jobnetJobordreUrl) with `{id}` filled in. */
export function jobordreUrl(template: string, jobordreId: string): string {
  return template.replaceAll('{id}', encodeURIComponent(jobordreId));
}

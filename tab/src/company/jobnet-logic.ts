/**
 * What a vacancy from Jobnet shows of its jobordre, as pure data: the type (special terms such as
 * løntilskud stand out), STAR's job title, the work address, Jobnet's own status and the link.
 */
import { stringsFor, type Lang } from '../common/i18n.js';
import type { Vacancy } from '../../../web-shared/api-types.js';

export type VacancyJobnet = NonNullable<Vacancy['jobnet']>;

export interface JobnetView {
  type: string;
  /** The position is on special terms: shown highlighted, with a hint saying so. */
  specialTerms: boolean;
  /** Job title, work address and Jobnet's status, those that are known, in that order. */
  facts: string[];
  /** The jobordre in Jobnet; null where the service has no link configured. */
  url: string | null;
}

export function jobnetView(jobnet: VacancyJobnet, lang: Lang): JobnetView {
  const t = stringsFor(lang).vacancies.jobnet;
  const occupation = jobnet.occupation && `${jobnet.occupation.label} (${jobnet.occupation.code})`;
  return {
    type: jobnet.type.label,
    specialTerms: jobnet.type.specialTerms,
    facts: [occupation, workAddressText(jobnet.workAddress), t.status(jobnet.statusText)].filter(
      (fact): fact is string => Boolean(fact),
    ),
    url: jobnet.url,
  };
}

/** "Industrivej 12, 4000 Roskilde"; null when Jobnet gave no part of it. */
export function workAddressText(address: VacancyJobnet['workAddress']): string | null {
  if (!address) return null;
  const town = [address.postcode, address.city].filter(Boolean).join(' ');
  return [address.street, town].filter(Boolean).join(', ') || null;
}

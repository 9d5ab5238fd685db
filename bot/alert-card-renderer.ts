import type { Store } from '../src/ports/store.js';
import type { AlertVacancy } from '../src/ports/store.js';
import { tenantTopics } from '../src/app/tenant-topics.js';
import { vacancyAlertCard, type VacancyAlertCardInput } from './cards/vacancy-alert.card.js';
import { companyDeepLink } from './deep-link.js';
import { jobordreUrl } from '../src/app/jobnet-link.js';

/** Renders a channel's alert card (Danish: channels are shared, so the jobcenter's language). */
export function alertCardRenderer(deps: {
  store: Pick<Store, 'listTopics'>;
  teamsAppId: string;
  publicUrl: string;
  /** Jobnet's page of a jobordre (config.jobnetJobordreUrl); absent: a Jobnet vacancy's card has no Jobnet link. */
  jobnetJobordreUrl?: string | undefined;
}) {
  return async (
    tenantId: string,
    alert: AlertVacancy,
    extra: Pick<VacancyAlertCardInput, 'notice' | 'locale'> = { locale: 'da' },
  ): Promise<object> => {
    const topics = await tenantTopics(deps.store, tenantId);
    const openUrl = companyDeepLink({
      teamsAppId: deps.teamsAppId,
      publicUrl: deps.publicUrl,
      companyId: alert.vacancy.companyId,
      label: alert.companyName,
    });
    const jobnetUrl = jobordreUrl(deps.jobnetJobordreUrl, alert.vacancy.jobnet);
    return vacancyAlertCard({ alert, openUrl, jobnetUrl, topics, ...extra });
  };
}

/** A vacancy's Jobnet facts in the tab's lists: where it came from, its type, its facts and the link to Jobnet. */
import { Badge, Caption1, Link } from '@fluentui/react-components';
import { jobnetView, type VacancyJobnet } from './jobnet-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useSharedStyles } from '../common/ui.js';

export function JobnetFacts({ jobnet }: { jobnet: VacancyJobnet }) {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const view = jobnetView(jobnet, lang);
  return (
    <div className={shared.row} style={{ alignItems: 'center' }} data-testid="vacancy-jobnet">
      <Badge appearance="tint" color="informative">
        {t.vacancies.jobnet.source}
      </Badge>
      <Badge
        appearance={view.specialTerms ? 'filled' : 'outline'}
        color={view.specialTerms ? 'important' : 'informative'}
        title={view.specialTerms ? t.vacancies.jobnet.specialTerms : undefined}
        data-testid="vacancy-jobnet-type"
        data-special-terms={view.specialTerms}
      >
        {view.type}
      </Badge>
      <Caption1 className={shared.meta}>{view.facts.join(' · ')}</Caption1>
      {view.url && (
        // A new window: inside Teams a link with a target opens in the browser, not in the tab's frame.
        <Link
          href={view.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`${t.vacancies.jobnet.open} (${t.vacancies.jobnet.newWindow})`}
          data-testid="vacancy-jobnet-link"
        >
          {t.vacancies.jobnet.open}
        </Link>
      )}
    </div>
  );
}

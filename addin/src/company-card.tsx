/** The chosen company and its service context: flags, collisions, responsible, vacancies, last contacts. */
import { Body1, Button, Caption1, Spinner, Subtitle2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Topic } from '../../web-shared/api-types.js';
import { CollisionWarning } from './collision-warning.js';
import { paneFlags } from './company-view.js';
import { CompanyFlags } from '../../web-shared/company-flags.js';
import { contactMeta, vacancyLine } from './pane-wording.js';
import { topicLabel } from '../../web-shared/format.js';
import { ErrorBanner } from '../../web-shared/error-banner.js';
import { useStrings } from './strings-context.js';
import type { Selection } from './use-pane-state.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexDirection: 'column' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground3 },
  change: { alignSelf: 'flex-start' },
});

export function CompanyCard({
  selection,
  topics,
  now,
  onChange,
}: {
  selection: Selection;
  topics: Topic[];
  now: Date;
  onChange: () => void;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const { company, context } = selection;
  const place = [company.postcode, company.city].filter(Boolean).join(' ');
  return (
    <section className={styles.card} aria-labelledby="company-name" data-testid="company-card">
      <div className={styles.head}>
        <Title3 as="h2" id="company-name" data-testid="company-name">
          {company.name}
        </Title3>
        <Caption1 className={styles.meta}>
          {[company.cvr && t.company.cvr(company.cvr), place].filter(Boolean).join(' · ')}
        </Caption1>
      </div>
      <CompanyFlags {...paneFlags(company, context)} />
      {selection.loading && <Spinner size="tiny" label={t.contextLoading} />}
      {selection.error && <ErrorBanner error={selection.error} />}
      {context && (
        <>
          <CollisionWarning contacts={context.recentColleagueContacts} topics={topics} now={now} />
          <Body1 data-testid="responsible">
            {context.responsible ? `${t.company.responsible}: ${context.responsible.name}` : t.company.noResponsible}
          </Body1>
          <div className={styles.section}>
            <Subtitle2 as="h3">{t.company.openVacancies}</Subtitle2>
            {context.openVacancies.length === 0 ? (
              <Caption1 className={styles.meta}>{t.company.noOpenVacancies}</Caption1>
            ) : (
              <ul className={styles.list} data-testid="open-vacancies">
                {context.openVacancies.map((v) => (
                  <li key={v.id} className={styles.row}>
                    <Body1>{vacancyLine(v, lang)}</Body1>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3">{t.lastContacts}</Subtitle2>
            {context.lastContacts.length === 0 ? (
              <Caption1 className={styles.meta}>{t.noContacts}</Caption1>
            ) : (
              <ul className={styles.list} data-testid="last-contacts">
                {context.lastContacts.map((c) => (
                  <li key={c.id} className={styles.row} data-testid="last-contact">
                    <Caption1 className={styles.meta}>{contactMeta(c, now, lang)}</Caption1>
                    <Body1>{c.subject ?? t.noSubject}</Body1>
                    {c.topics.length > 0 && (
                      <Caption1>{c.topics.map((key) => topicLabel(key, topics, lang)).join(', ')}</Caption1>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      <Button
        className={styles.change}
        appearance="subtle"
        size="small"
        onClick={onChange}
        data-testid="change-company"
      >
        {t.changeCompany}
      </Button>
    </section>
  );
}

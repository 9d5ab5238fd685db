/** The company page: who the company is to us (service context), then its timeline, vacancies, contact persons and details. */
import { useEffect, useId, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { CompanyEditForm } from './company-edit-form.js';
import { CompanyVacancies } from './company-vacancies.js';
import { ContactPersons } from './contact-persons.js';
import { MergeCompanies } from './merge-companies.js';
import { RegisterPanel } from './register-panel.js';
import { formatDate, topicLabel } from '../../../web-shared/format.js';
import { companyRoute, type TimelineFilter } from '../shell/route-logic.js';
import { cardStyle } from '../common/card-style.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { Timeline } from './timeline.js';
import { useSharedStyles } from '../common/ui.js';
import type { CompanyDetail } from '../../../web-shared/api-types.js';
import { CompanyFlags } from '../../../web-shared/company-flags.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';
import { collisionText } from '../../../web-shared/collision-text.js';

type Panel = 'timeline' | 'vacancies' | 'contacts' | 'edit' | 'merge';
const PANELS: readonly Panel[] = ['timeline', 'vacancies', 'contacts', 'edit'];
/** Merging is for admins; the service refuses anyone else anyway. */
const ADMIN_PANELS: readonly Panel[] = [...PANELS, 'merge'];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  name: {
    ...typographyStyles.title2,
    margin: 0,
    overflowWrap: 'anywhere',
    // Only script focuses the name (tabIndex -1: opening a company lands screen readers here), and
    // Chromium counts that as :focus-visible. It is no control to act on, so no ring.
    ':focus-visible': { outlineStyle: 'none' },
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  fact: cardStyle,
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  panel: { paddingTop: tokens.spacingVerticalM },
});

export function CompanyPage({ companyId, filter }: { companyId: string; filter: TimelineFilter }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { api, directory, navigate } = useTab();
  const detail = useLoad<CompanyDetail>(companyId, (signal) => api.company(companyId, signal));
  const [panel, setPanel] = useState<Panel>('timeline');
  const tabsId = useId();

  if (!detail.data) {
    if (detail.status === 'failed') {
      return (
        <>
          <Link href="#/">{t.company.back}</Link>
          {detail.error.code === 'NOT_FOUND' ? (
            // Trying again cannot help: the company is not (or no longer) here.
            <MessageBar intent="warning" data-testid="company-not-found">
              <MessageBarBody>{t.company.notFound}</MessageBarBody>
            </MessageBar>
          ) : (
            <ErrorBanner error={detail.error} onRetry={detail.reload} />
          )}
        </>
      );
    }
    return <Spinner size="small" label={t.loading} data-testid="company-loading" />;
  }

  const { company } = detail.data;
  return (
    <article className={styles.page} data-testid="company-page" data-company-id={company.id}>
      <Link href="#/" data-testid="back-to-search">
        {t.company.back}
      </Link>
      <CompanyHeader detail={detail.data} />
      <TabList
        aria-label={t.company.sections}
        selectedValue={panel}
        onTabSelect={(_, data) => setPanel(data.value as Panel)}
        data-testid="company-tabs"
      >
        {(directory.me.isAdmin ? ADMIN_PANELS : PANELS).map((value) => (
          <Tab
            key={value}
            value={value}
            id={`${tabsId}-${value}`}
            aria-controls={`${tabsId}-${value}-panel`}
            data-testid={`company-tab-${value}`}
          >
            {t.company.tabs[value]}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`${tabsId}-${panel}-panel`}
        aria-labelledby={`${tabsId}-${panel}`}
        className={styles.panel}
      >
        {panel === 'timeline' && <Timeline companyId={company.id} filter={filter} onLogged={detail.reload} />}
        {panel === 'vacancies' && <CompanyVacancies companyId={company.id} onChanged={detail.reload} />}
        {panel === 'contacts' && <ContactPersons companyId={company.id} />}
        {panel === 'edit' && <CompanyEditForm company={company} onSaved={detail.reload} />}
        {panel === 'merge' && (
          <MergeCompanies
            company={company}
            onMerged={(survivorId) => {
              // The kept company is this one: show what moved here; otherwise open the survivor.
              if (survivorId === company.id) {
                setPanel('timeline');
                detail.reload();
              } else navigate(companyRoute(survivorId));
            }}
          />
        )}
      </div>
    </article>
  );
}

function CompanyHeader({ detail }: { detail: CompanyDetail }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { directory } = useTab();
  const { company, context } = detail;
  const heading = useRef<HTMLHeadingElement>(null);
  const now = new Date();

  // Opening a company moves focus to its name, so keyboard and screen-reader users land on the page.
  useEffect(() => heading.current?.focus(), [company.id]);

  const place = [company.address, [company.postcode, company.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const facts = [
    company.cvr ? t.company.cvr(company.cvr) : t.company.noCvr,
    place,
    company.industryCode && `${t.company.industry} ${company.industryCode}`,
    company.employeeBand && `${t.company.band} ${company.employeeBand}`,
  ].filter(Boolean);

  return (
    <>
      <header className={styles.header}>
        <h1 tabIndex={-1} ref={heading} className={styles.name} data-testid="company-name">
          {company.name}
        </h1>
        <Caption1 className={shared.meta} data-testid="company-facts">
          {facts.join(' · ')}
        </Caption1>
        {company.domains.length > 0 && (
          <Caption1 className={shared.meta} data-testid="company-domains">
            {t.company.domains}: {company.domains.join(', ')}
          </Caption1>
        )}
        {company.cvr === null && (
          <div>
            <Badge appearance="outline" color="informative" data-testid="company-without-cvr">
              {t.register.withoutCvr}
            </Badge>
          </div>
        )}
        {company.pNumbers.length > 0 && (
          <Caption1 className={shared.meta} data-testid="company-pnumbers">
            {t.company.pNumbers}: {company.pNumbers.join(', ')}
          </Caption1>
        )}
      </header>
      <CompanyFlags
        blockade={context.flags.blockade}
        doNotContact={context.flags.doNotContact}
        registerStatus={context.flags.registerStatus}
      />
      {company.register && <RegisterPanel company={company} facts={company.register} />}
      {context.recentColleagueContacts.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="colleague-warning">
          <MessageBarBody>
            <MessageBarTitle>{t.company.collisionTitle}</MessageBarTitle>
            <ul className={shared.list}>
              {context.recentColleagueContacts.map((entry, i) => (
                <li key={`${entry.staffId}-${entry.occurredAt}-${i}`}>
                  {collisionText(entry, directory.topics, now, lang)}
                </li>
              ))}
            </ul>
            {t.company.collisionHint(new Set(context.recentColleagueContacts.map((entry) => entry.staffId)).size)}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.facts} aria-label={t.company.sections}>
        <div className={styles.fact} data-testid="responsible">
          <Subtitle2 as="h2">{t.company.responsible}</Subtitle2>
          {context.responsible ? (
            <>
              <Body1>{context.responsible.name}</Body1>
              <Caption1 className={shared.meta}>{context.responsible.email}</Caption1>
            </>
          ) : (
            <Body1>{t.company.noResponsible}</Body1>
          )}
        </div>
        <div className={styles.fact} data-testid="open-vacancies">
          <Subtitle2 as="h2">
            {t.company.openVacancies} ({context.openVacancies.length})
          </Subtitle2>
          {context.openVacancies.length === 0 ? (
            <Body1>{t.company.noOpenVacancies}</Body1>
          ) : (
            <ul className={shared.list}>
              {context.openVacancies.map((vacancy) => (
                <li key={vacancy.id}>
                  <Text weight="semibold">{vacancy.title}</Text>
                  <Caption1 className={shared.meta}>
                    {' · '}
                    {[
                      t.company.positions(vacancy.positions),
                      vacancy.deadline && t.company.deadline(formatDate(vacancy.deadline, lang)),
                      t.statuses[vacancy.status],
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Caption1>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className={styles.fact} data-testid="topic-counts">
          <Subtitle2 as="h2">{t.company.topicCounts}</Subtitle2>
          {context.topicCounts.length === 0 ? (
            <Body1>{t.company.noTopicCounts}</Body1>
          ) : (
            <ul className={styles.badges} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {context.topicCounts.map((entry) => (
                <li key={entry.topic}>
                  <Badge appearance="tint" color="informative" data-topic={entry.topic}>
                    {topicLabel(entry.topic, directory.topics, lang)}: {entry.count}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </>
  );
}

import { useId } from 'react';
import {
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { visuallyHidden } from '../../web-shared/styles.js';
import { TitledNotice } from '../../web-shared/titled-notice.js';
import type { KontaktsporApi } from './api.js';
import { CandidateChoices, CompanySearch } from './company-picker.js';
import { CompanyCard } from './company-card.js';
import { LogForm } from './log-form.js';
import { LogButton, PaneFooter } from './pane-footer.js';
import { MyTags } from './my-tags.js';
import type { OfficeHost } from './office-host.js';
import { companyLink } from './company-view.js';
import { errorMessage, logRetryHelps } from './pane-failures.js';
import { alreadyLoggedText, logResultText } from './pane-wording.js';
import { ErrorBanner } from '../../web-shared/error-banner.js';
import { StatusBanner } from './status-banner.js';
import { useStrings } from './strings-context.js';
import { derivePaneView, usePaneState, type Ready } from './use-pane-state.js';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    '& h1, & h2, & h3': { margin: 0 },
  },
  item: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  // Outlook already titles the pane; the heading stays for screen readers.
  hidden: visuallyHidden,
  meta: { color: tokens.colorNeutralForeground3 },
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The task pane: outside Office a short note, without config an error, otherwise the pane itself. */
export function App({ host, api, inOffice }: { host: OfficeHost; api: KontaktsporApi | null; inOffice: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  let content;
  if (!inOffice) {
    content = (
      <TitledNotice intent="info" title={t.openInOutlookTitle} testId="open-in-outlook">
        {t.openInOutlookBody}
      </TitledNotice>
    );
  } else if (!api) {
    content = <ErrorBanner error={{ code: 'CONFIG', message: '' }} onRetry={() => location.reload()} />;
  } else {
    content = (
      <>
        <Pane host={host} api={api} />
        <MyTags api={api} />
      </>
    );
  }
  return (
    <main className={styles.pane} aria-label={t.paneLabel} data-testid="pane">
      <Subtitle1 as="h1" className={styles.hidden}>
        {t.paneLabel}
      </Subtitle1>
      {content}
    </main>
  );
}

function Pane({ host, api }: { host: OfficeHost; api: KontaktsporApi }) {
  const { t } = useStrings();
  const pane = usePaneState(host, api, true);
  const { state } = pane;
  switch (state.phase) {
    case 'no-host':
      return null;
    case 'loading':
      return <Spinner size="small" label={t.loading} data-testid="pane-loading" />;
    case 'no-item':
      return <Body1 data-testid="no-item">{t.noItem}</Body1>;
    case 'failed':
      return <ErrorBanner error={state.error} onRetry={() => void pane.reload()} />;
    case 'ready':
      return <ReadyPane state={state} api={api} pane={pane} />;
  }
}

function ReadyPane({ state, api, pane }: { state: Ready; api: KontaktsporApi; pane: ReturnType<typeof usePaneState> }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const formId = useId();
  const { alreadyLogged, view, selection } = derivePaneView(state);
  const done = state.log.status === 'done' ? state.log : null;
  const loggedByMe = alreadyLogged?.loggedBy.some((l) => l.id === state.me.id) ?? false;
  const filedCompanyId = done?.result.interaction.companyId ?? alreadyLogged?.companyId ?? null;

  const freemail = state.context.ignored.filter((i) => i.reason === 'freemail').map((i) => t.ignoredFreemail(i.email));
  const searchHint = [state.addresses.length === 0 ? t.noAddresses : t.searchHint, ...freemail].join(' ');

  let company;
  if (selection) {
    company = (
      <CompanyCard
        selection={selection}
        topics={state.topics}
        now={state.now}
        onChange={() => pane.setSearching(true)}
      />
    );
  } else if (!state.searching && view.kind === 'choices') {
    company = (
      <CandidateChoices
        matches={view.matches}
        onPick={(match) => pane.pick(match.company, match)}
        onSearch={() => pane.setSearching(true)}
      />
    );
  } else if (!state.searching && view.kind === 'logged-company' && !state.filedFailed) {
    company = <Spinner size="tiny" label={t.contextLoading} />;
  } else {
    company = (
      <CompanySearch
        api={api}
        hint={state.searching ? null : searchHint}
        onPick={(summary) => pane.pick(summary, null)}
        {...(state.searching ? { onCancel: () => pane.setSearching(false) } : {})}
      />
    );
  }

  let form = null;
  // The footer's Log button submits the form, so it shows once the form does.
  const formShown = selection !== null && !done && !loggedByMe && state.preview.status !== 'loading';
  if (selection && !done && !loggedByMe) {
    form =
      state.preview.status === 'loading' ? (
        <Spinner size="tiny" label={t.previewLoading} />
      ) : (
        <LogForm
          key={state.generation}
          id={formId}
          companyId={selection.company.id}
          companyName={selection.company.name}
          topics={state.topics}
          preview={state.preview}
          onSubmit={(fields) => void pane.log(fields, selection.company.name)}
        />
      );
  }

  const item = state.item;
  const author = item.kind === 'meeting' ? item.organizer : item.mode === 'read' ? item.from : null;
  const itemLine = [
    `${t.contactKinds[item.kind].charAt(0).toUpperCase()}${t.contactKinds[item.kind].slice(1)}: ${item.subject ?? t.itemNoSubject}`,
    author &&
      (item.kind === 'meeting' ? t.itemOrganizer : t.itemFrom)(
        author.name ? `${author.name} <${author.email}>` : author.email,
      ),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <Caption1 className={styles.item} data-testid="item-line">
        {itemLine}
      </Caption1>
      {item.sharedMailbox && (
        <Caption1 className={styles.meta} data-testid="shared-mailbox-note">
          {t.sharedMailboxNote(item.sharedMailbox)}
        </Caption1>
      )}
      {state.rememberError && (
        <MessageBar intent="warning" data-testid="remember-warning">
          <MessageBarBody>{t.rememberFailed + errorMessage(state.rememberError, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {company}
      {form}
      {(formShown || done || alreadyLogged || state.log.status === 'failed') && (
        <PaneFooter>
          {(done || alreadyLogged) && (
            <div className={styles.outcome}>
              {done ? (
                <StatusBanner
                  kind={done.result.status === 'logged' ? 'logged' : 'already'}
                  text={logResultText(done.result, lang)}
                />
              ) : (
                <StatusBanner kind="already" text={alreadyLoggedText(alreadyLogged!.loggedBy, lang)} />
              )}
              {done && <Caption1 className={styles.meta}>{t.loggedTo(done.companyName)}</Caption1>}
              {done?.result.vacancy && <Caption1>{t.vacancyCreated(done.result.vacancy.title)}</Caption1>}
              {done && !done.result.categoryApplied && !item.sharedMailbox && (
                <Caption1 className={styles.meta}>{t.categoryNotApplied}</Caption1>
              )}
              {filedCompanyId && (
                <Link
                  href={companyLink(filedCompanyId)}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="open-company-link"
                >
                  {t.openCompany}
                </Link>
              )}
            </div>
          )}
          {state.log.status === 'failed' && selection && (
            <ErrorBanner
              error={state.log.error}
              {...(logRetryHelps(state.log.error) ? { onRetry: () => pane.retryLog(selection.company.name) } : {})}
            />
          )}
          {formShown && <LogButton formId={formId} saving={state.log.status === 'saving'} />}
        </PaneFooter>
      )}
    </>
  );
}

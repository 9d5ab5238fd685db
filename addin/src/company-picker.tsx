/** Choosing the company: ranked candidates when several fit, a search box (name/CVR) when none does. */
import { useId, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  SearchBox,
  Text,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CompanySummary, ContextMatch } from '../../web-shared/api-types.js';
import type { KontaktsporApi } from './api.js';
import { ErrorBanner } from '../../web-shared/error-banner.js';
import { useStrings } from './strings-context.js';
import { useCompanySearch } from './use-company-search.js';
import { flagWords } from './pane-wording.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  option: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    overflowWrap: 'anywhere',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  lines: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  meta: { color: tokens.colorNeutralForeground3 },
  flag: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { alignSelf: 'flex-start' },
});

function CompanyOption({
  company,
  detail,
  testId,
  onPick,
}: {
  company: CompanySummary;
  detail: string | null;
  testId: string;
  onPick: () => void;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const place = [company.postcode, company.city].filter(Boolean).join(' ');
  const flags = flagWords(company, lang);
  return (
    <li>
      <Button
        className={styles.option}
        appearance="outline"
        onClick={onPick}
        data-testid={testId}
        data-company-id={company.id}
      >
        <span className={styles.lines}>
          <Text weight="semibold">{company.name}</Text>
          <Caption1 className={styles.meta}>
            {[company.cvr && t.company.cvr(company.cvr), place, detail].filter(Boolean).join(' · ')}
          </Caption1>
          {flags.length > 0 && <Caption1 className={styles.flag}>{flags.join(', ')}</Caption1>}
        </span>
      </Button>
    </li>
  );
}

export function CandidateChoices({
  matches,
  onPick,
  onSearch,
}: {
  matches: ContextMatch[];
  onPick: (match: ContextMatch) => void;
  onSearch: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.box} aria-labelledby={headingId} data-testid="candidate-choices">
      <Subtitle2 as="h2" id={headingId}>
        {t.choicesTitle}
      </Subtitle2>
      <ul className={styles.list}>
        {matches.map((m) => (
          <CompanyOption
            key={m.company.id}
            company={m.company}
            detail={t.matchedBy[m.reason]}
            testId="candidate-choice"
            onPick={() => onPick(m)}
          />
        ))}
      </ul>
      <Button
        className={styles.actions}
        appearance="subtle"
        size="small"
        onClick={onSearch}
        data-testid="search-instead"
      >
        {t.searchTitle}
      </Button>
    </section>
  );
}

export function CompanySearch({
  api,
  hint,
  onPick,
  onCancel,
}: {
  api: KontaktsporApi;
  hint: string | null;
  onPick: (company: CompanySummary) => void;
  onCancel?: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const search = useCompanySearch(api, query);
  return (
    <section className={styles.box} aria-labelledby={headingId} role="search">
      <Subtitle2 as="h2" id={headingId}>
        {t.searchTitle}
      </Subtitle2>
      {hint && <Body1>{hint}</Body1>}
      <Field label={t.searchLabel}>
        <SearchBox
          data-testid="company-search"
          placeholder={t.searchPlaceholder}
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          autoComplete="off"
        />
      </Field>
      <div aria-live="polite">
        {search.status === 'searching' && <Spinner size="tiny" label={t.searching} />}
        {search.status === 'failed' && <ErrorBanner error={search.error} />}
        {search.status === 'done' && search.items.length === 0 && (
          <Caption1 data-testid="search-no-results">{t.searchNoResults}</Caption1>
        )}
      </div>
      {search.status === 'done' && search.items.length > 0 && (
        <ul className={styles.list} aria-label={t.searchResults}>
          {search.items.map((company) => (
            <CompanyOption
              key={company.id}
              company={company}
              detail={null}
              testId="search-result"
              onPick={() => onPick(company)}
            />
          ))}
        </ul>
      )}
      {onCancel && (
        <Button className={styles.actions} appearance="subtle" size="small" onClick={onCancel}>
          {t.cancel}
        </Button>
      )}
    </section>
  );
}

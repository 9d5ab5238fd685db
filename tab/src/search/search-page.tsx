/** "Virksomheder": search as you type by name, CVR, P-number or domain; arrow keys and Enter open a company. */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import {
  Caption1,
  Field,
  Link,
  SearchBox,
  Spinner,
  Text,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { companyRoute, formatRoute } from '../shell/route-logic.js';
import { chosenIndex, isNavigationKey, moveActive, resultFlags, searchable } from './search-logic.js';
import { useDebouncedSearch } from '../common/use-debounced-search.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { CompanySummary } from '../../../web-shared/api-types.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  listbox: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  flag: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function SearchPage({ query }: { query: string }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, navigate } = useTab();
  const search = useDebouncedSearch(searchable(query), (q, signal) => api.searchCompanies(q, signal));
  const [active, setActive] = useState(-1);
  const headingId = useId();
  const listId = useId();
  const items = search.status === 'done' ? search.result.items : [];
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => setActive(-1), [search]);

  const open = (company: CompanySummary) => navigate(companyRoute(company.id));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (isNavigationKey(event.key) && items.length > 0) {
      if (event.key === 'Home' || event.key === 'End') return; // keep the caret keys in the box
      event.preventDefault();
      setActive((current) => moveActive(current, event.key as 'ArrowDown' | 'ArrowUp', items.length));
    } else if (event.key === 'Enter') {
      const index = chosenIndex(active, items.length);
      if (index !== null) {
        event.preventDefault();
        open(items[index]!);
      }
    }
  }

  let status = '';
  if (search.status === 'searching') status = t.search.searching;
  else if (search.status === 'done') status = items.length ? t.search.found(items.length) : t.search.none(search.query);

  return (
    <section className={styles.page} role="search" aria-labelledby={headingId} data-testid="search-page">
      <Title2 as="h1" id={headingId}>
        {t.search.title}
      </Title2>
      <Link href={formatRoute({ page: 'new-company', q: query, mode: 'register' })} data-testid="new-company-link">
        {t.newCompany.open}
      </Link>
      <Field label={t.search.label} hint={t.search.hint}>
        <SearchBox
          data-testid="company-search"
          placeholder={t.search.placeholder}
          value={query}
          autoFocus
          autoComplete="off"
          aria-controls={items.length ? listId : undefined}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          onChange={(_, data) => navigate({ page: 'search', q: data.value }, { replace: true })}
          onKeyDown={onKeyDown}
        />
      </Field>
      <div aria-live="polite" aria-atomic="true" data-testid="search-status">
        {search.status === 'searching' ? (
          <Spinner size="tiny" label={status} />
        ) : (
          <Caption1 data-testid={items.length ? undefined : 'search-no-results'}>{status}</Caption1>
        )}
      </div>
      {search.status === 'failed' && <ErrorBanner error={search.error} />}
      {items.length > 0 && (
        <ul
          className={styles.listbox}
          role="listbox"
          id={listId}
          aria-label={t.search.results}
          data-testid="search-results"
        >
          {items.map((company, i) => {
            const place = [company.postcode, company.city].filter(Boolean).join(' ');
            const flags = resultFlags(company, lang);
            return (
              <li
                key={company.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={mergeClasses(styles.option, i === active && styles.active)}
                data-testid="search-result"
                data-company-id={company.id}
                onClick={() => open(company)}
                onMouseMove={() => setActive(i)}
              >
                <Text weight="semibold">{company.name}</Text>
                <Caption1 className={shared.meta}>
                  {[company.cvr ? t.company.cvr(company.cvr) : t.company.noCvr, place].filter(Boolean).join(' · ')}
                </Caption1>
                {flags.length > 0 && <Caption1 className={styles.flag}>{flags.join(', ')}</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

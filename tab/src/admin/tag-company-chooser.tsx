/**
 * A tagged item whose sender named no single company: find the company and choose it, and the item
 * is logged there (`POST /api/me/tags/{id}/company`). For a shared mailbox's item there is no bot
 * chat to ask in, so this is where the owning section's staff choose.
 */
import { useState } from 'react';
import { Button, Caption1, Field, SearchBox, Spinner, Text } from '@fluentui/react-components';
import { searchable } from '../search/search-logic.js';
import { useDebouncedSearch } from '../common/use-debounced-search.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { TagJob } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

const TEXT = {
  da: {
    search: 'Find virksomheden',
    placeholder: 'Navn, CVR-nummer eller domæne',
    none: 'Ingen virksomheder passer.',
    choose: 'Log her',
    choosing: 'Logger …',
  },
  en: {
    search: 'Find the company',
    placeholder: 'Name, CVR number or domain',
    none: 'No company matches.',
    choose: 'Log here',
    choosing: 'Logging …',
  },
} as const;

export function TagCompanyChooser({ job, onChosen }: { job: TagJob; onChosen: () => void }) {
  const { lang, t } = useStrings();
  const text = TEXT[lang];
  const shared = useSharedStyles();
  const { api } = useTab();
  const [query, setQuery] = useState('');
  const [choosing, setChoosing] = useState<string | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const search = useDebouncedSearch(searchable(query), (q, signal) => api.searchCompanies(q, signal));
  const companies = search.status === 'done' ? search.result.items : [];

  async function choose(companyId: string) {
    setChoosing(companyId);
    setFailure(null);
    try {
      await api.chooseTagCompany(job.id, companyId);
      onChosen();
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setChoosing(null);
    }
  }

  return (
    <div className={shared.form} data-testid="tag-company-chooser">
      <Field label={text.search}>
        <SearchBox
          value={query}
          placeholder={text.placeholder}
          autoComplete="off"
          onChange={(_, d) => setQuery(d.value)}
          data-testid="tag-company-search"
        />
      </Field>
      {search.status === 'searching' && <Spinner size="tiny" label={t.search.searching} />}
      {search.status === 'failed' && <ErrorBanner error={search.error} />}
      {search.status === 'done' && companies.length === 0 && <Caption1>{text.none}</Caption1>}
      {companies.length > 0 && (
        <ul className={shared.list}>
          {companies.map((company) => (
            <li key={company.id} className={shared.row} data-testid="tag-company-candidate">
              <Text>
                {company.name}
                <Caption1 className={shared.meta}>
                  {' '}
                  · {company.cvr ? t.company.cvr(company.cvr) : t.company.noCvr}
                </Caption1>
              </Text>
              <Button
                size="small"
                disabled={choosing !== null}
                onClick={() => void choose(company.id)}
                data-testid="tag-company-choose"
              >
                {choosing === company.id ? text.choosing : text.choose}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {failure && <ErrorBanner error={failure} />}
    </div>
  );
}

/**
 * "Sammenlæg virksomheder" (admins): pick the other company by search, choose which one is kept,
 * confirm; then the survivor opens. The service refuses anyone else.
 */
import { useId, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SearchBox,
  Spinner,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { mergeDirection } from './register-logic.js';
import { searchable } from '../search/search-logic.js';
import { useDebouncedSearch } from '../common/use-debounced-search.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { Company, CompanySummary } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

export function MergeCompanies({ company, onMerged }: { company: Company; onMerged: (survivorId: string) => void }) {
  const { t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<CompanySummary | null>(null);
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState(false);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const search = useDebouncedSearch(other ? null : searchable(query), (q, signal) => api.searchCompanies(q, signal));
  const candidates = search.status === 'done' ? search.result.items.filter((item) => item.id !== company.id) : [];
  const m = t.merge;

  const kept = keep === 'this' ? company.name : (other?.name ?? '');
  const merged = keep === 'this' ? (other?.name ?? '') : company.name;

  async function merge() {
    if (!other) return;
    const { survivorId, mergedId } = mergeDirection(company.id, other.id, keep);
    setMerging(true);
    setFailure(null);
    try {
      const result = await api.mergeCompanies(survivorId, mergedId);
      onMerged(result.survivor.id);
    } catch (error) {
      setFailure(toFailure(error));
      setMerging(false);
      setConfirming(false);
    }
  }

  return (
    <section className={shared.form} aria-labelledby={headingId} data-testid="merge-companies">
      <Subtitle2 as="h2" id={headingId}>
        {m.title}
      </Subtitle2>
      <Caption1 className={shared.meta}>{m.hint}</Caption1>
      {!other ? (
        <>
          <Field label={m.search}>
            <SearchBox
              value={query}
              placeholder={m.placeholder}
              autoComplete="off"
              onChange={(_, d) => setQuery(d.value)}
              data-testid="merge-search"
            />
          </Field>
          {search.status === 'searching' && <Spinner size="tiny" label={t.search.searching} />}
          {search.status === 'failed' && <ErrorBanner error={search.error} />}
          {search.status === 'done' && candidates.length === 0 && <Caption1>{m.none}</Caption1>}
          {candidates.length > 0 && (
            <ul className={shared.list} data-testid="merge-candidates">
              {candidates.map((item) => (
                <li key={item.id} className={shared.row} data-testid="merge-candidate" data-company-id={item.id}>
                  <Text>
                    {item.name}
                    <Caption1 className={shared.meta}>
                      {' '}
                      · {item.cvr ? t.company.cvr(item.cvr) : t.company.noCvr}
                    </Caption1>
                  </Text>
                  <Button size="small" onClick={() => setOther(item)} data-testid="merge-pick">
                    {m.pick}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <Text data-testid="merge-picked">{m.picked(other.name)}</Text>
          <Field label={m.survivor}>
            <RadioGroup
              value={keep}
              onChange={(_, d) => {
                setKeep(d.value as 'this' | 'other');
                setConfirming(false);
              }}
            >
              <Radio value="this" label={m.keep(company.name)} data-testid="merge-keep-this" />
              <Radio value="other" label={m.keep(other.name)} data-testid="merge-keep-other" />
            </RadioGroup>
          </Field>
          {confirming ? (
            <MessageBar intent="warning" layout="multiline" data-testid="merge-confirm">
              <MessageBarBody>
                {m.confirm(kept, merged)}
                <div className={shared.row}>
                  <Button
                    appearance="primary"
                    disabled={merging}
                    onClick={() => void merge()}
                    data-testid="merge-confirm-submit"
                  >
                    {merging ? m.merging : m.confirmSubmit}
                  </Button>
                  <Button disabled={merging} onClick={() => setConfirming(false)}>
                    {m.cancel}
                  </Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <div className={shared.row}>
              <Button appearance="primary" onClick={() => setConfirming(true)} data-testid="merge-submit">
                {m.submit}
              </Button>
              <Button
                onClick={() => {
                  setOther(null);
                  setKeep('this');
                }}
              >
                {m.cancel}
              </Button>
            </div>
          )}
        </>
      )}
      {failure && <ErrorBanner error={failure} />}
    </section>
  );
}

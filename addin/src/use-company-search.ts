/** Search-as-you-type for companies by name, CVR or domain: debounced, the previous request aborted. */
import { useEffect, useState } from 'react';
import type { CompanySummary } from '../../web-shared/api-types.js';
import type { KontaktsporApi } from './api.js';
import type { FailureLike } from '../../web-shared/failure.js';
import { toPaneFailure } from './pane-failures.js';

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; items: CompanySummary[] }
  | { status: 'failed'; error: FailureLike };

export function useCompanySearch(api: KontaktsporApi, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    const q = query.trim();
    if (q.length < MIN_CHARS) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'searching' });
    const timer = setTimeout(() => {
      api.searchCompanies(q, controller.signal).then(
        (list) => {
          if (!controller.signal.aborted) setState({ status: 'done', items: list.items });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'failed', error: toPaneFailure(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, query]);
  return state;
}

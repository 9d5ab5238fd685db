/** Search as you type: debounced, and each keystroke aborts the request before it, so a slow old answer never wins. */
import { useEffect, useState } from 'react';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';

export const SEARCH_DEBOUNCE_MS = 150;

export type SearchState<T> =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; result: T }
  | { status: 'failed'; error: FailureLike };

/** Runs `search` for `query` once typing pauses; null: nothing worth asking (the state goes idle). */
export function useDebouncedSearch<T>(
  query: string | null,
  search: (query: string, signal: AbortSignal) => Promise<T>,
): SearchState<T> {
  const [state, setState] = useState<SearchState<T>>({ status: 'idle' });
  useEffect(() => {
    if (!query) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    // The last answer stays on screen while the next one is on its way.
    const searching = (previous: SearchState<T>): SearchState<T> =>
      previous.status === 'done' ? previous : { status: 'searching' };
    setState(searching);
    const timer = setTimeout(() => {
      setState(searching);
      search(query, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setState({ status: 'done', query, result });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'failed', error: toFailure(error) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `search` is a fresh closure each render; the query says when to ask again.
  }, [query]);
  return state;
}

/** One request's life in a component: loading, done or failed, aborted when its inputs change. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { toFailure, type FailureLike } from './failure.js';

export type Load<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'done'; data: T }
  | { status: 'failed'; data: T | null; error: FailureLike };

/**
 * Runs `load` whenever `key` changes (null: not yet); `reload()` runs it again and keeps the shown
 * data meanwhile (a silent refresh). A stale answer never overwrites a newer one.
 */
export function useLoad<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): Load<T> & { reload(): void } {
  const [state, setState] = useState<Load<T>>({ status: 'loading', data: null });
  const [generation, setGeneration] = useState(0);
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    const sameKey = lastKey.current === key;
    lastKey.current = key;
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: sameKey ? previous.data : null }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ status: 'failed', data: previous.data, error: toFailure(error) }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` and `generation` say when to run it.
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

import { useEffect, useState } from 'react';
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiError, searchCompanies, type CompanySummary } from './api';

const DEBOUNCE_MS = 150;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; query: string; items: CompanySummary[] }
  | { kind: 'error'; message: string };

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXL,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function App() {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ kind: 'idle' });
      return;
    }
    // Each keystroke cancels the pending timer and aborts the previous request.
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ kind: 'loading' });
      searchCompanies(q, { limit: 20, signal: controller.signal }).then(
        (items) => setState({ kind: 'done', query: q, items }),
        (err: unknown) => {
          if (controller.signal.aborted) return;
          const detail = err instanceof ApiError ? err.message : 'Tjenesten svarer ikke.';
          setState({ kind: 'error', message: detail });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">Virksomheder</Title2>
      <SearchBox
        aria-label="Søg efter virksomhed"
        placeholder="Navn, CVR-nummer eller domæne"
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <Results state={state} />
    </main>
  );
}

function Results({ state }: { state: State }) {
  const styles = useStyles();
  switch (state.kind) {
    case 'idle':
      return <Body1>Skriv for at søge blandt virksomhederne.</Body1>;
    case 'loading':
      return <Spinner size="small" label="Søger …" />;
    case 'error':
      return (
        <MessageBar intent="error">
          <MessageBarBody>Søgningen mislykkedes. {state.message}</MessageBarBody>
        </MessageBar>
      );
    case 'done':
      if (state.items.length === 0) {
        return <Body1>Ingen virksomheder matcher »{state.query}«.</Body1>;
      }
      return (
        <ul className={styles.list} aria-label="Søgeresultater">
          {state.items.map((c) => (
            <li key={c.id} className={styles.item}>
              <Body1>{c.name}</Body1>
              <Caption1 className={styles.meta}>
                CVR {c.cvr}
                {c.city ? ` · ${[c.postcode, c.city].filter(Boolean).join(' ')}` : ''}
              </Caption1>
            </li>
          ))}
        </ul>
      );
  }
}

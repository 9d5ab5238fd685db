import { useRef, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiError, lookupContext, type ContextMatch } from './api';

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; matches: ContextMatch[] }
  | { kind: 'error'; message: string };

const REASON: Record<ContextMatch['reason'], string> = {
  contact: 'kendt kontaktperson',
  domain: 'virksomhedens domæne',
};

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  form: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
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
  const [email, setEmail] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const pending = useRef<AbortController | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!address) return;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setState({ kind: 'loading' });
    lookupContext(address, controller.signal).then(
      (matches) => setState({ kind: 'done', matches }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const detail = err instanceof ApiError ? err.message : 'Tjenesten svarer ikke.';
        setState({ kind: 'error', message: detail });
      },
    );
  }

  return (
    <main className={styles.pane}>
      <Title3 as="h1">Kontaktspor</Title3>
      <Body1>
        Ruden viser virksomheden bag afsenderen og logger e-mailen i virksomhedens kontakthistorik. Det
        kommer snart – indtil da kan du slå en virksomhed op ud fra en e-mailadresse.
      </Body1>
      <form className={styles.form} onSubmit={onSubmit}>
        <Field label="E-mailadresse" className={styles.grow}>
          <Input
            type="email"
            placeholder="navn@virksomhed.dk"
            value={email}
            onChange={(_, data) => setEmail(data.value)}
          />
        </Field>
        <Button appearance="primary" type="submit">
          Slå op
        </Button>
      </form>
      <Result state={state} />
    </main>
  );
}

function Result({ state }: { state: State }) {
  const styles = useStyles();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'loading':
      return <Spinner size="small" label="Slår op …" />;
    case 'error':
      return (
        <MessageBar intent="error">
          <MessageBarBody>Opslaget mislykkedes. {state.message}</MessageBarBody>
        </MessageBar>
      );
    case 'done':
      if (state.matches.length === 0) return <Body1>Ingen virksomhed fundet</Body1>;
      return (
        <ul className={styles.list} aria-label="Fundne virksomheder">
          {state.matches.map((m) => (
            <li key={`${m.company.id}:${m.reason}`} className={styles.item}>
              <Body1>{m.company.name}</Body1>
              <Caption1 className={styles.meta}>
                CVR {m.company.cvr}
                {m.company.city ? ` · ${m.company.city}` : ''} · {REASON[m.reason]}
              </Caption1>
            </li>
          ))}
        </ul>
      );
  }
}

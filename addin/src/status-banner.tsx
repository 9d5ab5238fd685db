/** The outcome lines: "Logget" / "Allerede logget af X" (status), and failures with a retry (error). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorMessage, type FailureLike } from './pane-logic.js';
import { useStrings } from './strings-context.js';

export function StatusBanner({ kind, text }: { kind: 'logged' | 'already'; text: string }) {
  return (
    <MessageBar intent={kind === 'logged' ? 'success' : 'info'} politeness="polite" data-testid="status-banner">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

export function ErrorBanner({ error, onRetry, busy = false }: { error: FailureLike; onRetry?: () => void; busy?: boolean }) {
  const { lang, t } = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="error-banner">
      <MessageBarBody>
        <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
        <span data-testid="error-message">{errorMessage(error, lang)}</span>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button data-testid="retry-button" onClick={onRetry} disabled={busy}>
            {t.retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

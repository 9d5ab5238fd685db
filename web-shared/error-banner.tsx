/** A failure in either front end: the title, the front end's wording of it, and a retry when one helps. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { COMMON_WORDS } from './common-words.js';
import type { FailureLike } from './failure.js';
import { useSharedStrings } from './strings-context.js';

export function ErrorBanner({
  error,
  onRetry,
  busy = false,
  testId = 'error-banner',
}: {
  error: FailureLike;
  onRetry?: () => void;
  /** The retry is running: its button waits. */
  busy?: boolean;
  testId?: string;
}) {
  const { lang, describeFailure } = useSharedStrings();
  const t = COMMON_WORDS[lang];
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
        <span data-testid="error-message">{describeFailure(error, lang)}</span>
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

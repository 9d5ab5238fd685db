/** Small shared pieces: failure and success banners, the company flags, and shared styles. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { errorMessage, type FailureLike } from './format-logic.js';
import { useStrings } from './strings-context.js';

export const useSharedStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  meta: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '640px',
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  focusTarget: { outlineOffset: '2px' },
});

export function ErrorBanner({ error, onRetry, testId = 'error-banner' }: { error: FailureLike; onRetry?: () => void; testId?: string }) {
  const { lang, t } = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
        <span data-testid="error-message">{errorMessage(error, lang)}</span>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button data-testid="retry-button" onClick={onRetry}>
            {t.retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function SuccessBanner({ text, testId }: { text: string; testId: string }) {
  return (
    <MessageBar intent="success" politeness="polite" data-testid={testId}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** Blockade/conflict and do-not-contact, first and loud: nobody should miss them. */
export function CompanyFlags({ blockade, doNotContact }: { blockade: boolean; doNotContact: boolean }) {
  const { t } = useStrings();
  return (
    <>
      {blockade && (
        <MessageBar intent="error" layout="multiline" data-testid="flag-blockade">
          <MessageBarBody>
            <MessageBarTitle>{t.company.flagBlockadeTitle}</MessageBarTitle>
            {t.company.flagBlockade}
          </MessageBarBody>
        </MessageBar>
      )}
      {doNotContact && (
        <MessageBar intent="warning" layout="multiline" data-testid="flag-do-not-contact">
          <MessageBarBody>
            <MessageBarTitle>{t.company.flagDoNotContactTitle}</MessageBarTitle>
            {t.company.flagDoNotContact}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Small pieces the tab's pages share: the success banner and styles (error banner, company flags: web-shared/). */
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../web-shared/styles.js';

export const useSharedStyles = makeStyles({
  visuallyHidden,
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
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  focusTarget: { outlineOffset: '2px' },
});

export function SuccessBanner({ text, testId }: { text: string; testId: string }) {
  return (
    <MessageBar intent="success" politeness="polite" data-testid={testId}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

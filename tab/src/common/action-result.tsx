/**
 * Where an action's outcome is read: a polite live region that is always in the page (so screen
 * readers hear each new text), and that can take focus when the button pressed has gone away.
 */
import { forwardRef } from 'react';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  region: { outlineOffset: '2px' },
  text: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorderActive}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export const ActionResult = forwardRef<HTMLDivElement, { text: string | null; testId: string }>(function ActionResult(
  { text, testId },
  ref,
) {
  const styles = useStyles();
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      tabIndex={-1}
      className={styles.region}
      data-testid={testId}
    >
      {text && <Body1 className={styles.text}>{text}</Body1>}
    </div>
  );
});

/**
 * The pane's sticky footer: the Log button and what became of pressing it, kept at the bottom of
 * Outlook's narrow task pane so neither is a scroll away (the form above is taller than the pane).
 */
import type { ReactNode } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from './strings-context.js';

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Edge to edge over the pane's padding, so the form does not show beside it while scrolling.
    margin: `0 calc(-1 * ${tokens.spacingHorizontalL})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  submit: { alignSelf: 'flex-start' },
});

export function PaneFooter({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.footer} data-testid="pane-footer">
      {children}
    </div>
  );
}

/** Submits the log form by its id: the button lives in the footer, outside the form. */
export function LogButton({ formId, saving }: { formId: string; saving: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <Button
      className={styles.submit}
      appearance="primary"
      type="submit"
      form={formId}
      disabled={saving}
      icon={saving ? <Spinner size="tiny" /> : undefined}
      data-testid="log-button"
    >
      {saving ? t.logging : t.logButton}
    </Button>
  );
}

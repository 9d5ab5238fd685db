/** The outcome line: "Logget" / "Allerede logget af X" (failures: web-shared/error-banner.tsx). */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export function StatusBanner({ kind, text }: { kind: 'logged' | 'already'; text: string }) {
  return (
    <MessageBar intent={kind === 'logged' ? 'success' : 'info'} politeness="polite" data-testid="status-banner">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** Admins: whether the companies follow the CVR register, and what to do when they do not. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { registerStatusView } from './register-status-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import type { RegisterSyncStatus } from '../../../web-shared/api-types.js';
import { useLoad } from '../../../web-shared/use-load.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

export function RegisterStatusPanel() {
  const { lang } = useStrings();
  const { api } = useTab();
  const status = useLoad<RegisterSyncStatus>('register-status', (signal) => api.registerStatus(signal));
  if (status.status === 'failed') return <ErrorBanner error={status.error} />;
  if (!status.data) return null;
  const view = registerStatusView(status.data, lang);
  return (
    <MessageBar
      intent={view.intent}
      layout="multiline"
      data-testid="register-status"
      data-notice={status.data.notice ?? 'ok'}
    >
      <MessageBarBody>
        <MessageBarTitle>{view.title}</MessageBarTitle>
        {view.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

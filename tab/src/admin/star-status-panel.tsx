/** Admins: whether jobordrer from Jobnet (STAR's messages) arrive, and which could not be processed. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { starStatusView } from './star-status-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import type { StarAdminStatus } from '../../../web-shared/api-types.js';
import { useLoad } from '../../../web-shared/use-load.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

export function StarStatusPanel() {
  const { lang } = useStrings();
  const { api } = useTab();
  const status = useLoad<StarAdminStatus>('star-status', (signal) => api.starStatus(signal));
  if (status.status === 'failed') return <ErrorBanner error={status.error} />;
  if (!status.data) return null;
  const view = starStatusView(status.data, lang);
  return (
    <MessageBar intent={view.intent} layout="multiline" data-testid="star-status">
      <MessageBarBody>
        <MessageBarTitle>{view.title}</MessageBarTitle>
        {view.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
        {view.failures.length > 0 && (
          <ul data-testid="star-failures">
            {view.failures.map((failure) => (
              <li key={failure.jobordreId}>{failure.line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

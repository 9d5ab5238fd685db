/** What a loaded list shows before and instead of its entries: a spinner, the failure with a retry, or "none". */
import { Body1, Spinner } from '@fluentui/react-components';
import { useStrings } from './strings-context.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import type { Load } from '../../../web-shared/use-load.js';

/** `isEmpty` defaults to "loaded, and no entries"; `empty` is the text for that case. */
export function LoadStatus({
  load,
  empty,
  emptyTestId,
  isEmpty,
}: {
  load: Load<unknown> & { reload(): void };
  empty?: string;
  emptyTestId?: string;
  isEmpty?: boolean;
}) {
  const { t } = useStrings();
  const none = load.data !== null && (isEmpty ?? (Array.isArray(load.data) && load.data.length === 0));
  return (
    <>
      {load.status === 'loading' && !load.data && <Spinner size="small" label={t.loading} />}
      {load.status === 'failed' && <ErrorBanner error={load.error} onRetry={load.reload} />}
      {none && empty !== undefined && <Body1 data-testid={emptyTestId}>{empty}</Body1>}
    </>
  );
}

/** Admins: vacancy alerts given up on (dead letters), each with "Send igen", and the outcome read out. */
import { useMemo, useRef, useState } from 'react';
import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { ActionResult } from '../common/action-result.js';
import { AdminTablePanel } from './admin-table-panel.js';
import { deadLetterRows, vacancyLabel, type DeadLetterRow } from './dead-letters-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import { useFocusAfterRender } from '../common/use-focus-after-render.js';
import type { AlertDelivery, Vacancy } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

export function DeadLettersPanel() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const alerts = useLoad<AlertDelivery[]>('dead-alerts', (signal) => api.deadAlerts(signal));
  // Titles for the vacancies named (recent ones; older ones show a short id). Loaded only when there is something to name.
  const needsTitles = (alerts.data?.length ?? 0) > 0;
  const vacancies = useLoad<Vacancy[]>(needsTitles ? 'dead-alert-vacancies' : null, (signal) =>
    api.vacancies({ limit: 200 }, signal),
  );
  const rows = useMemo(
    () => deadLetterRows(alerts.data ?? [], vacancies.data ?? [], lang),
    [alerts.data, vacancies.data, lang],
  );
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusSoon = useFocusAfterRender();
  const resultRef = useRef<HTMLDivElement>(null);

  async function retry(row: DeadLetterRow) {
    setNotice(null);
    setFailure(null);
    setBusyId(row.id);
    try {
      const queued = await api.retryAlert(row.id);
      setNotice(t.deadLetters.retried(vacancyLabel(queued.vacancyId, vacancies.data ?? [], lang)));
      // The row leaves the list with its button: the outcome takes the focus.
      focusSoon(resultRef);
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setBusyId(null);
      alerts.reload();
    }
  }

  const words = t.deadLetters;
  const columns = [words.channel, words.vacancy, words.attempts, words.lastError, words.when, words.action];
  const after = (
    <>
      <ActionResult ref={resultRef} text={notice} testId="dead-letters-result" />
      {failure && <ErrorBanner error={failure} testId="dead-letters-error" />}
    </>
  );
  return (
    <AdminTablePanel
      testId="dead-letters"
      words={words}
      load={alerts}
      rowCount={rows.length}
      columns={columns}
      after={after}
    >
      {rows.map((row) => (
        <TableRow key={row.id} data-testid="dead-letter" data-id={row.id}>
          <TableCell>
            <span title={row.channelFull}>{row.channel}</span>
          </TableCell>
          <TableCell>
            {row.vacancy} <span className={shared.meta}>({row.kind})</span>
          </TableCell>
          <TableCell>{row.attempts}</TableCell>
          <TableCell>
            <code>{row.lastError}</code>
          </TableCell>
          <TableCell>{row.when}</TableCell>
          <TableCell>
            <Button
              size="small"
              disabled={busyId !== null}
              onClick={() => void retry(row)}
              aria-label={t.deadLetters.retryLabel(row.vacancy, row.channel)}
              data-testid="dead-letter-retry"
            >
              {busyId === row.id ? t.deadLetters.retrying : t.deadLetters.retry}
            </Button>
          </TableCell>
        </TableRow>
      ))}
    </AdminTablePanel>
  );
}

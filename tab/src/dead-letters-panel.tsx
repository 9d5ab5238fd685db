/** Admins: vacancy alerts given up on (dead letters), each with "Send igen", and the outcome read out. */
import { useId, useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { AlertDelivery, Vacancy } from '../../web-shared/api-types.js';
import { ActionResult } from './action-result.js';
import { deadLetterRows, vacancyLabel, type DeadLetterRow } from './dead-letters-logic.js';
import { toFailure, type FailureLike } from '../../web-shared/failure.js';
import { useStrings } from './strings-context.js';
import { useTab } from './tab-context.js';
import { ErrorBanner } from '../../web-shared/error-banner.js';
import { useSharedStyles } from './ui.js';
import { useLoad } from '../../web-shared/use-load.js';
import { useFocusAfterRender } from './use-focus-after-render.js';

export function DeadLettersPanel() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const alerts = useLoad<AlertDelivery[]>('dead-alerts', (signal) => api.deadAlerts(signal));
  // Titles for the vacancies named (recent ones; older ones show a short id). Loaded only when there is something to name.
  const needsTitles = (alerts.data?.length ?? 0) > 0;
  const vacancies = useLoad<Vacancy[]>(needsTitles ? 'dead-alert-vacancies' : null, (signal) => api.vacancies({ limit: 200 }, signal));
  const rows = useMemo(() => deadLetterRows(alerts.data ?? [], vacancies.data ?? [], lang), [alerts.data, vacancies.data, lang]);
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

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="dead-letters">
      <Subtitle2 as="h2" id={headingId}>
        {t.deadLetters.title}
      </Subtitle2>
      <Body1>{t.deadLetters.intro}</Body1>
      {alerts.status === 'loading' && !alerts.data && <Spinner size="small" label={t.loading} />}
      {alerts.status === 'failed' && <ErrorBanner error={alerts.error} onRetry={alerts.reload} />}
      {alerts.data && rows.length === 0 && <Body1 data-testid="dead-letters-empty">{t.deadLetters.empty}</Body1>}
      {rows.length > 0 && (
        <Table aria-labelledby={headingId} size="small" data-testid="dead-letters-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.deadLetters.channel}</TableHeaderCell>
              <TableHeaderCell>{t.deadLetters.vacancy}</TableHeaderCell>
              <TableHeaderCell>{t.deadLetters.attempts}</TableHeaderCell>
              <TableHeaderCell>{t.deadLetters.lastError}</TableHeaderCell>
              <TableHeaderCell>{t.deadLetters.when}</TableHeaderCell>
              <TableHeaderCell>{t.deadLetters.action}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
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
          </TableBody>
        </Table>
      )}
      <ActionResult ref={resultRef} text={notice} testId="dead-letters-result" />
      {failure && <ErrorBanner error={failure} testId="dead-letters-error" />}
      <div>
        <Button appearance="subtle" onClick={alerts.reload} data-testid="dead-letters-refresh">
          {t.deadLetters.refresh}
        </Button>
      </div>
    </section>
  );
}

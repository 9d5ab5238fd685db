/** A never-log list (the user's own or the jobcentre's): its entries, adding and removing one, and the purge. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Body1, Button, Caption1, Field, Input, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ActionResult } from '../common/action-result.js';
import { formatDate } from '../../../web-shared/format.js';
import { checkNeverLogValue } from './never-log-logic.js';
import { NeverLogPurge } from './never-log-purge.js';
import { SubmitButton } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import { LoadStatus } from '../common/load-status.js';
import { useFocusAfterRender } from '../common/use-focus-after-render.js';
import type { NeverLogEntry, NeverLogScope } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

const useStyles = makeStyles({
  entry: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  value: { overflowWrap: 'anywhere' },
});

export function NeverLogPanel({ scope }: { scope: NeverLogScope }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const list = useLoad<NeverLogEntry[]>(`never-log:${scope}`, (signal) => api.neverLog(scope, signal));
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusSoon = useFocusAfterRender();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const entries = list.data ?? [];

  async function add(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const checked = checkNeverLogValue(value, entries, lang);
    if (!checked.ok) {
      setError(checked.error);
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setFailure(null);
    setBusy(true);
    try {
      const entry = await api.addNeverLog(scope, checked.value);
      setValue('');
      setNotice(t.neverLog.addedNotice(entry.value));
      list.reload();
    } catch (caught) {
      setFailure(toFailure(caught));
    } finally {
      setBusy(false);
      // Ready for the next entry.
      inputRef.current?.focus();
    }
  }

  async function remove(entry: NeverLogEntry) {
    setNotice(null);
    setFailure(null);
    setBusy(true);
    try {
      await api.removeNeverLog(scope, entry.id);
      setNotice(t.neverLog.removedNotice(entry.value));
      // The pressed button goes with its row: focus the outcome instead of losing it to the page.
      focusSoon(resultRef);
    } catch (caught) {
      setFailure(toFailure(caught));
    } finally {
      setBusy(false);
      list.reload();
    }
  }

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid={`never-log-${scope}`}>
      <Subtitle2 as="h2" id={headingId}>
        {scope === 'user' ? t.neverLog.userTitle : t.neverLog.tenantTitle}
      </Subtitle2>
      <Body1>{scope === 'user' ? t.neverLog.userIntro : t.neverLog.tenantIntro}</Body1>
      <Body1>{t.neverLog.domainHint}</Body1>
      {scope === 'user' && <Body1>{t.neverLog.otherList}</Body1>}
      <LoadStatus load={list} empty={t.neverLog.empty} emptyTestId="never-log-empty" />
      {entries.length > 0 && (
        <ul className={shared.list} aria-label={t.neverLog.listLabel}>
          {entries.map((entry) => (
            <li key={entry.id} className={styles.entry} data-testid="never-log-entry" data-value={entry.value}>
              <span>
                <Text weight="semibold" className={styles.value}>
                  {entry.value}
                </Text>{' '}
                <Caption1 className={shared.meta}>
                  {t.neverLog.kinds[entry.kind]} · {t.neverLog.added(formatDate(entry.createdAt, lang))}
                </Caption1>
              </span>
              <Button
                size="small"
                disabled={busy}
                onClick={() => void remove(entry)}
                aria-label={t.neverLog.removeLabel(entry.value)}
                data-testid="never-log-remove"
              >
                {t.neverLog.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className={shared.form} onSubmit={add} noValidate data-testid="never-log-form">
        <Field label={t.neverLog.value} validationMessage={error} hint={t.neverLog.onlyAhead}>
          <Input
            ref={inputRef}
            value={value}
            onChange={(_, d) => setValue(d.value)}
            placeholder={t.neverLog.placeholder}
            autoComplete="off"
            maxLength={320}
            data-testid="never-log-input"
          />
        </Field>
        <SubmitButton busy={busy} label={t.neverLog.add} busyLabel={t.neverLog.adding} testId="never-log-add" />
      </form>
      <ActionResult ref={resultRef} text={notice} testId="never-log-result" />
      {failure && <ErrorBanner error={failure} testId="never-log-error" />}
      <NeverLogPurge scope={scope} />
    </section>
  );
}

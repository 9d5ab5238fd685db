/**
 * Admins: a contact person's access request (the JSON offered as a file) and erasure request, the
 * latter behind a dialog that names the address and says it cannot be undone.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Body1,
  Body1Strong,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  Subtitle2,
} from '@fluentui/react-components';
import { ActionResult } from '../common/action-result.js';
import { checkSubjectEmail, erasureSummary, exportFileName, exportJson, exportSummary } from './data-subject-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import { useFocusAfterRender } from '../common/use-focus-after-render.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

interface Download {
  url: string;
  fileName: string;
}

export function DataSubjectPanel() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const focusSoon = useFocusAfterRender();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const downloadRef = useRef<HTMLAnchorElement>(null);

  // The export lives in memory only as long as it is offered.
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  function checked(): string | null {
    const result = checkSubjectEmail(value, lang);
    if (!result.ok) {
      setError(result.error);
      inputRef.current?.focus();
      return null;
    }
    setError(undefined);
    return result.email;
  }

  function reset() {
    setNotice(null);
    setFailure(null);
    setDownload(null);
  }

  async function exportData(event: FormEvent) {
    event.preventDefault();
    reset();
    const email = checked();
    if (!email) return;
    setBusy('export');
    try {
      const data = await api.exportDataSubject(email);
      const blob = new Blob([exportJson(data)], { type: 'application/json' });
      setDownload({ url: URL.createObjectURL(blob), fileName: exportFileName(new Date()) });
      setNotice(exportSummary(data, lang));
      focusSoon(downloadRef);
    } catch (caught) {
      setFailure(toFailure(caught));
    } finally {
      setBusy(null);
    }
  }

  function askErase() {
    reset();
    const email = checked();
    if (email) setConfirming(email);
  }

  async function erase() {
    const email = confirming;
    if (!email) return;
    setBusy('erase');
    try {
      const result = await api.eraseDataSubject(email);
      setConfirming(null);
      setValue('');
      setNotice(erasureSummary(email, result, lang));
      focusSoon(resultRef);
    } catch (caught) {
      setConfirming(null);
      setFailure(toFailure(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="data-subject">
      <Subtitle2 as="h2" id={headingId}>
        {t.dataSubject.title}
      </Subtitle2>
      <Body1>{t.dataSubject.intro}</Body1>
      <form className={shared.form} onSubmit={exportData} noValidate aria-labelledby={headingId}>
        <Field label={t.dataSubject.email} validationMessage={error} required>
          <Input
            ref={inputRef}
            type="email"
            value={value}
            onChange={(_, d) => setValue(d.value)}
            autoComplete="off"
            maxLength={320}
            data-testid="data-subject-email"
          />
        </Field>
        <div className={shared.row}>
          <Button type="submit" appearance="primary" disabled={busy !== null} data-testid="data-subject-export">
            {busy === 'export' ? t.dataSubject.exporting : t.dataSubject.export}
          </Button>
          <Button onClick={askErase} disabled={busy !== null} data-testid="data-subject-erase">
            {t.dataSubject.erase}
          </Button>
        </div>
      </form>
      <ActionResult ref={resultRef} text={notice} testId="data-subject-result" />
      {download && (
        <Link ref={downloadRef} href={download.url} download={download.fileName} data-testid="data-subject-download">
          {t.dataSubject.download(download.fileName)}
        </Link>
      )}
      {failure && <ErrorBanner error={failure} testId="data-subject-error" />}
      <Dialog
        open={confirming !== null}
        modalType="alert"
        onOpenChange={(_, d) => !d.open && busy === null && setConfirming(null)}
      >
        <DialogSurface data-testid="erase-dialog">
          <DialogBody>
            <DialogTitle>{confirming ? t.dataSubject.dialogTitle(confirming) : ''}</DialogTitle>
            <DialogContent>
              <Body1 as="p">{t.dataSubject.dialogBody}</Body1>
              <Body1Strong as="p">{t.dataSubject.cannotUndo}</Body1Strong>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(null)} disabled={busy !== null} data-testid="erase-cancel">
                {t.dataSubject.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => void erase()}
                disabled={busy !== null}
                data-testid="erase-confirm"
              >
                {busy === 'erase' ? t.dataSubject.erasing : t.dataSubject.confirmErase}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

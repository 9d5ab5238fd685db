/** Admins: the shared mailboxes (jobordre@…) watched for the category, adding one for a section and removing one. */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Field, Input, TableCell, TableRow } from '@fluentui/react-components';
import { ActionResult } from '../common/action-result.js';
import { AdminTablePanel } from './admin-table-panel.js';
import { checkSharedMailbox, sharedMailboxRows, type SharedMailboxRow } from './shared-mailboxes-logic.js';
import { ChoiceSelect, SubmitButton, sectionChoices } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import { useFocusAfterRender } from '../common/use-focus-after-render.js';
import type { SharedMailbox } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

export function SharedMailboxesPanel() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api, directory } = useTab();
  const list = useLoad<SharedMailbox[]>('shared-mailboxes', (signal) => api.sharedMailboxes(signal));
  const rows = useMemo(
    () => sharedMailboxRows(list.data ?? [], directory.sections, lang),
    [list.data, directory.sections, lang],
  );
  const words = t.sharedMailboxes;
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusSoon = useFocusAfterRender();
  const [address, setAddress] = useState('');
  const [sectionId, setSectionId] = useState<string | null>(null);
  const [error, setError] = useState<{ field: 'address' | 'section'; text: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const checked = checkSharedMailbox({ address, sectionId }, list.data ?? [], lang);
    if (!checked.ok) {
      setError({ field: checked.field, text: checked.error });
      if (checked.field === 'address') inputRef.current?.focus();
      return;
    }
    setError(null);
    setFailure(null);
    setBusy(true);
    try {
      const added = await api.addSharedMailbox(checked.address, checked.sectionId);
      setAddress('');
      setNotice(words.added(added.address));
      list.reload();
    } catch (caught) {
      setFailure(toFailure(caught));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  async function remove(row: SharedMailboxRow) {
    setNotice(null);
    setFailure(null);
    setBusy(true);
    try {
      await api.removeSharedMailbox(row.id);
      setNotice(words.removed(row.address));
      // The pressed button goes with its row: focus the outcome instead of losing it to the page.
      focusSoon(resultRef);
    } catch (caught) {
      setFailure(toFailure(caught));
    } finally {
      setBusy(false);
      list.reload();
    }
  }

  const after = (
    <>
      <form className={shared.form} onSubmit={add} noValidate data-testid="shared-mailboxes-form">
        <Field label={words.address} validationMessage={error?.field === 'address' ? error.text : undefined}>
          <Input
            ref={inputRef}
            value={address}
            onChange={(_, d) => setAddress(d.value)}
            placeholder={words.placeholder}
            autoComplete="off"
            maxLength={320}
            data-testid="shared-mailboxes-address"
          />
        </Field>
        <ChoiceSelect
          label={words.section}
          value={sectionId}
          onChange={setSectionId}
          none={words.chooseSection}
          choices={sectionChoices(directory.sections)}
          testId="shared-mailboxes-section"
        />
        {error?.field === 'section' && <div role="alert">{error.text}</div>}
        <SubmitButton busy={busy} label={words.add} busyLabel={words.adding} testId="shared-mailboxes-add" />
      </form>
      <ActionResult ref={resultRef} text={notice} testId="shared-mailboxes-result" />
      {failure && <ErrorBanner error={failure} testId="shared-mailboxes-error" />}
    </>
  );
  return (
    <AdminTablePanel
      testId="shared-mailboxes"
      words={words}
      load={list}
      rowCount={rows.length}
      columns={[words.address, words.section, words.watched, words.action]}
      after={after}
    >
      {rows.map((row) => (
        <TableRow key={row.id} data-testid="shared-mailbox" data-id={row.id}>
          <TableCell>{row.address}</TableCell>
          <TableCell>{row.section}</TableCell>
          <TableCell>{row.watched}</TableCell>
          <TableCell>
            <Button
              size="small"
              disabled={busy}
              onClick={() => void remove(row)}
              aria-label={words.removeLabel(row.address)}
              data-testid="shared-mailbox-remove"
            >
              {words.remove}
            </Button>
          </TableCell>
        </TableRow>
      ))}
    </AdminTablePanel>
  );
}

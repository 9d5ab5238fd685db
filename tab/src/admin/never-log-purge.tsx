/**
 * "Fjern det, der allerede er gemt": counts what a never-log list covers (a dry run), then deletes
 * it only when the user presses the confirm button that names the count.
 */
import { useId, useRef, useState } from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { ActionResult } from '../common/action-result.js';
import { purgeCountsContacts, purgeMessage, purgeRequest, purgeTotal } from './never-log-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import { useFocusAfterRender } from '../common/use-focus-after-render.js';
import type { NeverLogScope, PurgeResult } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

export function NeverLogPurge({ scope }: { scope: NeverLogScope }) {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const [counted, setCounted] = useState<PurgeResult | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState<'count' | 'delete' | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const focusSoon = useFocusAfterRender();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const countRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function run(step: 'count' | 'delete') {
    setFailure(null);
    setBusy(step);
    try {
      const answer = await api.purgeNeverLog(scope, purgeRequest(step));
      setResult(purgeMessage(answer, scope, lang));
      if (step === 'count' && purgeTotal(answer, scope) > 0) {
        setCounted(answer);
        // The count is announced; the next thing to do (or not) is the confirm button.
        focusSoon(confirmRef);
      } else {
        setCounted(null);
        focusSoon(resultRef);
      }
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setBusy(null);
    }
  }

  function cancel() {
    setCounted(null);
    setResult(null);
    countRef.current?.focus();
  }

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid={`purge-${scope}`}>
      <Subtitle2 as="h3" id={headingId}>
        {t.purge.title}
      </Subtitle2>
      <Body1>{scope === 'user' ? t.purge.userIntro : t.purge.tenantIntro}</Body1>
      <div className={shared.row}>
        <Button ref={countRef} onClick={() => void run('count')} disabled={busy !== null} data-testid="purge-count">
          {busy === 'count' ? t.purge.counting : t.purge.count}
        </Button>
      </div>
      <ActionResult ref={resultRef} text={result} testId="purge-result" />
      {counted && (
        <div className={shared.stack}>
          <Body1 id={`${headingId}-warning`}>{t.purge.cannotUndo}</Body1>
          <div className={shared.row}>
            <Button
              ref={confirmRef}
              appearance="primary"
              onClick={() => void run('delete')}
              disabled={busy !== null}
              aria-describedby={`${headingId}-warning`}
              data-testid="purge-confirm"
            >
              {busy === 'delete'
                ? t.purge.confirming
                : t.purge.confirm(counted.interactions, counted.contacts, purgeCountsContacts(scope))}
            </Button>
            <Button onClick={cancel} disabled={busy !== null} data-testid="purge-cancel">
              {t.purge.cancel}
            </Button>
          </div>
        </div>
      )}
      {failure && <ErrorBanner error={failure} testId="purge-error" />}
    </section>
  );
}

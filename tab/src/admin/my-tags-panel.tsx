/**
 * The "Kontaktspor" category in the tab: the opt-in switch (the service watches my mailbox and logs
 * what I tag "Kontaktspor" in any Outlook), and my tags still waiting or failed. No item content
 * is stored, so a tag shows its kind, time and state only.
 */
import { useState } from 'react';
import { Body1, Caption1, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime } from '../../../web-shared/format.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { TagJob } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import type { Lang } from '../../../web-shared/lang.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';
import { TagCompanyChooser } from './tag-company-chooser.js';

const TEXT = {
  da: {
    title: 'Log med kategorien i Outlook',
    switch: (category: string) =>
      `Log det, jeg kategoriserer »${category}« i Outlook (web, Windows, Mac, mobil og regler)`,
    how: 'Kontaktspor læser kun de mails og møder, du kategoriserer sådan. Er afsenderen ukendt, spørger vi dig i Teams-chatten.',
    pending: 'Venter',
    failed: 'Mislykkedes',
    none: 'Ingen kategoriserede elementer venter.',
    kinds: { email: 'Mail', meeting: 'Møde' },
    states: {
      queued: 'logges om lidt',
      needs_company: 'vælg virksomheden herunder eller i Teams-chatten',
      failed: 'kunne ikke logges',
    },
    sharedWaiting: (address: string) =>
      `fælles postkasse ${address}: afsenderen passer ikke til én virksomhed – vælg den for sektionen`,
  },
  en: {
    title: 'Log with the Outlook category',
    switch: (category: string) => `Log what I tag "${category}" in Outlook (web, Windows, Mac, mobile and rules)`,
    how: 'Kontaktspor reads only the emails and meetings you tag. When the sender is unknown, we ask you in the Teams chat.',
    pending: 'Waiting',
    failed: 'Failed',
    none: 'No tagged items are waiting.',
    kinds: { email: 'Email', meeting: 'Meeting' },
    states: {
      queued: 'being logged',
      needs_company: 'choose the company below or in the Teams chat',
      failed: 'could not be logged',
    },
    sharedWaiting: (address: string) =>
      `shared mailbox ${address}: the sender matches no single company – choose it for the section`,
  },
} as const;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '640px' },
});

export function MyTagsPanel() {
  const { api } = useTab();
  const { lang } = useStrings();
  const text = TEXT[lang];
  const styles = useStyles();
  const shared = useSharedStyles();
  const watch = useLoad('mailbox-watch', (signal) => api.mailboxWatch(signal));
  // Loaded whether or not the user's own mailbox is watched: their section's shared mailboxes may wait for them.
  const tags = useLoad(watch.data ? 'my-tags' : null, (signal) => api.myTags(signal));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<FailureLike | null>(null);

  const toggle = async (on: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      await api.setMailboxWatch(on);
      watch.reload();
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="my-tags-title" data-testid="my-tags-panel">
      <Subtitle2 as="h2" id="my-tags-title">
        {text.title}
      </Subtitle2>
      {watch.status === 'failed' && !watch.data && (
        <ErrorBanner error={watch.error} onRetry={watch.reload} testId="my-tags-error" />
      )}
      {watch.data && (
        <Switch
          data-testid="mailbox-watch-switch"
          checked={watch.data.enrolled}
          disabled={saving}
          label={text.switch(watch.data.category)}
          onChange={(_event, data) => void toggle(data.checked)}
        />
      )}
      <Caption1 className={shared.meta}>{text.how}</Caption1>
      {failure && <ErrorBanner error={failure} testId="mailbox-watch-error" />}
      {tags.data && (watch.data?.enrolled || tags.data.pending.length > 0) && (
        <TagLists pending={tags.data.pending} failed={tags.data.failed} lang={lang} onChosen={tags.reload} />
      )}
    </section>
  );
}

function TagLists({
  pending,
  failed,
  lang,
  onChosen,
}: {
  pending: readonly TagJob[];
  failed: readonly TagJob[];
  lang: Lang;
  onChosen: () => void;
}) {
  const text = TEXT[lang];
  if (pending.length === 0 && failed.length === 0) return <Body1 data-testid="my-tags-none">{text.none}</Body1>;
  return (
    <>
      <TagGroup title={text.pending} jobs={pending} lang={lang} testId="my-tags-pending" onChosen={onChosen} />
      <TagGroup title={text.failed} jobs={failed} lang={lang} testId="my-tags-failed" />
    </>
  );
}

function TagGroup({
  title,
  jobs,
  lang,
  testId,
  onChosen,
}: {
  title: string;
  jobs: readonly TagJob[];
  lang: Lang;
  testId: string;
  /** Set where waiting items may be given their company here. */
  onChosen?: () => void;
}) {
  const text = TEXT[lang];
  const shared = useSharedStyles();
  if (jobs.length === 0) return null;
  const state = (job: TagJob) =>
    job.sharedMailbox
      ? text.sharedWaiting(job.sharedMailbox)
      : text.states[job.status === 'needs_company' || job.status === 'failed' ? job.status : 'queued'];
  return (
    <div>
      <Body1 as="h3">{title}</Body1>
      <ul className={shared.list} data-testid={testId}>
        {jobs.map((job) => (
          <li key={job.id}>
            <Caption1>
              {text.kinds[job.kind]} · {formatDateTime(job.createdAt, lang)} · {state(job)}
              {job.errorCode ? ` (${job.errorCode})` : ''}
            </Caption1>
            {onChosen && job.status === 'needs_company' && <TagCompanyChooser job={job} onChosen={onChosen} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

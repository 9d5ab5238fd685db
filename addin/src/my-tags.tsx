/**
 * The "Kontaktspor" category in the pane: the opt-in switch (the service logs what I tag
 * "Kontaktspor" in any Outlook, without this pane) and how many of my tags wait or failed.
 */
import { useCallback, useEffect, useState } from 'react';
import { Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { KontaktsporApi } from './api.js';
import type { TagList, WatchStatus } from '../../web-shared/api-types.js';
import type { FailureLike } from '../../web-shared/failure.js';
import { toPaneFailure } from './pane-failures.js';
import { ErrorBanner } from '../../web-shared/error-banner.js';
import { useStrings } from './strings-context.js';

const TEXT = {
  da: {
    switch: (category: string) => `Log det, jeg mærker »${category}«`,
    waiting: (n: number) => (n === 1 ? '1 mærket element venter' : `${n} mærkede elementer venter`),
    choose: (n: number) =>
      n === 1
        ? '1 venter på, at du vælger virksomheden i Teams-chatten'
        : `${n} venter på, at du vælger virksomheden i Teams-chatten`,
    failed: (n: number) => (n === 1 ? '1 kunne ikke logges' : `${n} kunne ikke logges`),
  },
  en: {
    switch: (category: string) => `Log what I tag "${category}"`,
    waiting: (n: number) => (n === 1 ? '1 tagged item is waiting' : `${n} tagged items are waiting`),
    choose: (n: number) => `${n} waiting for you to choose the company in the Teams chat`,
    failed: (n: number) => `${n} could not be logged`,
  },
} as const;

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function MyTags({ api }: { api: KontaktsporApi }) {
  const { lang } = useStrings();
  const text = TEXT[lang];
  const styles = useStyles();
  const [watch, setWatch] = useState<WatchStatus | null>(null);
  const [tags, setTags] = useState<TagList | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    try {
      const status = await api.mailboxWatch();
      setWatch(status);
      setTags(status.enrolled ? await api.myTags() : null);
    } catch (error) {
      setFailure(toPaneFailure(error));
    }
  }, [api]);
  useEffect(() => void load(), [load]);

  const toggle = async (on: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      await api.setMailboxWatch(on);
      await load();
    } catch (error) {
      setFailure(toPaneFailure(error));
    } finally {
      setSaving(false);
    }
  };

  const choosing = tags?.pending.filter((job) => job.status === 'needs_company').length ?? 0;
  const queued = (tags?.pending.length ?? 0) - choosing;
  return (
    <section className={styles.box} data-testid="my-tags">
      {watch && (
        <Switch
          data-testid="mailbox-watch-switch"
          checked={watch.enrolled}
          disabled={saving}
          label={text.switch(watch.category)}
          onChange={(_event, data) => void toggle(data.checked)}
        />
      )}
      {queued > 0 && <Caption1 className={styles.meta}>{text.waiting(queued)}</Caption1>}
      {choosing > 0 && <Caption1 data-testid="my-tags-choose">{text.choose(choosing)}</Caption1>}
      {(tags?.failed.length ?? 0) > 0 && (
        <Caption1 data-testid="my-tags-failed">{text.failed(tags!.failed.length)}</Caption1>
      )}
      {failure && <ErrorBanner error={failure} />}
    </section>
  );
}

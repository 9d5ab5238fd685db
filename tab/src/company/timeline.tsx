/**
 * The company's timeline: filters (kind, topic, staff, section, period) kept in the address, pages
 * loaded as the end comes into view (IntersectionObserver) or by "Vis flere", each item showing
 * exactly what the service returned for the reader's visibility tier.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { orDash, sectionName } from '../common/format-logic.js';
import { formatDateTime, relativeTime, topicLabel } from '../../../web-shared/format.js';
import { LogContactForm } from './log-contact-form.js';
import {
  INTERACTION_KINDS,
  NO_FILTER,
  companyRoute,
  isCalendarDate,
  type TimelineFilter,
} from '../shell/route-logic.js';
import { ChoiceSelect, sectionChoices, staffChoices, topicChoices } from '../common/form-fields.js';
import { cardStyle } from '../common/card-style.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import {
  afterLogged,
  filterKey,
  isFiltered,
  loggedByLine,
  mergePage,
  periodValid,
  timelineQuery,
  visibilityNote,
} from './timeline-logic.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import type { Interaction } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

const PAGE_SIZE = 25;

type TimelineState = {
  key: string;
  items: Interaction[];
  nextCursor: string | null;
  status: 'loading' | 'ready' | 'loading-more' | 'failed';
  error: FailureLike | null;
  fresh: string[];
};

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    border: 'none',
    margin: 0,
    padding: 0,
    // A field may shrink to its column: else a long section name widens Afsnit over Fra dato.
    '& > div': { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  legend: { marginBottom: tokens.spacingVerticalS, padding: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: { ...cardStyle, backgroundColor: tokens.colorNeutralBackground1 },
  fresh: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  label: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  footer: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  sentinel: { height: '1px' },
});

export function Timeline({
  companyId,
  filter,
  onLogged,
}: {
  companyId: string;
  filter: TimelineFilter;
  onLogged: () => void;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, navigate, directory } = useTab();
  const headingId = useId();
  const key = filterKey(companyId, filter);
  const valid = periodValid(filter);
  const [state, setState] = useState<TimelineState>({
    key,
    items: [],
    nextCursor: null,
    status: 'loading',
    error: null,
    fresh: [],
  });
  const [logOpen, setLogOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const pending = useRef<AbortController | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const keepFresh = useRef<string[]>([]);
  const [generation, setGeneration] = useState(0);
  const current = useRef(state);
  current.current = state;

  // A new filter is a new list: abort what is in flight and start from the first page.
  useEffect(() => {
    pending.current?.abort();
    const fresh = keepFresh.current;
    keepFresh.current = [];
    if (!valid) {
      setState({ key, items: [], nextCursor: null, status: 'ready', error: null, fresh: [] });
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    setState({ key, items: [], nextCursor: null, status: 'loading', error: null, fresh });
    api.timeline(companyId, timelineQuery(filter, null, PAGE_SIZE), controller.signal).then(
      (page) => {
        if (!controller.signal.aborted)
          setState({ key, items: page.items, nextCursor: page.nextCursor, status: 'ready', error: null, fresh });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ key, items: [], nextCursor: null, status: 'failed', error: toFailure(error), fresh });
      },
    );
    return () => controller.abort();
    // `key` encodes companyId and filter; `generation` is a retry.
  }, [key, valid, generation]);

  const loadMore = useCallback(() => {
    const now = current.current;
    if (now.status !== 'ready' || !now.nextCursor || now.key !== key) return;
    const controller = new AbortController();
    pending.current = controller;
    setState({ ...now, status: 'loading-more', error: null });
    current.current = { ...now, status: 'loading-more' };
    api.timeline(companyId, timelineQuery(filter, now.nextCursor, PAGE_SIZE), controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setState((latest) =>
          latest.key === key
            ? {
                ...latest,
                items: mergePage(latest.items, page.items),
                nextCursor: page.nextCursor,
                status: 'ready',
                error: null,
              }
            : latest,
        );
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((latest) => (latest.key === key ? { ...latest, status: 'ready', error: toFailure(error) } : latest));
      },
    );
  }, [api, companyId, filter, key]);

  // Infinite scroll: observing anew after each page also catches a sentinel that stayed in view.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || typeof IntersectionObserver === 'undefined' || state.status !== 'ready' || !state.nextCursor) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadMore, state.status, state.nextCursor, state.items.length]);

  function changeFilter(next: Partial<TimelineFilter>) {
    setNotice(null);
    navigate(companyRoute(companyId, { ...filter, ...next }), { replace: true });
  }

  function logged(item: Interaction) {
    const placed = afterLogged(state.items, item, filter);
    setLogOpen(false);
    setNotice(placed.filtersReset ? t.log.loggedFiltersReset : t.log.logged);
    onLogged();
    if (placed.filtersReset) {
      keepFresh.current = [item.id];
      navigate(companyRoute(companyId, NO_FILTER), { replace: true });
    } else {
      setState((latest) => ({ ...latest, items: placed.items, fresh: [...latest.fresh, item.id] }));
    }
  }

  const filtered = isFiltered(filter);

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="timeline">
      <div className={shared.row} style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Subtitle2 as="h2" id={headingId}>
          {t.timeline.title}
        </Subtitle2>
        <Button
          appearance="primary"
          aria-expanded={logOpen}
          onClick={() => setLogOpen((open) => !open)}
          data-testid="log-open"
        >
          {t.log.open}
        </Button>
      </div>
      {logOpen && <LogContactForm companyId={companyId} onLogged={logged} onClose={() => setLogOpen(false)} />}
      {notice && <SuccessBanner text={notice} testId="log-success" />}

      <fieldset className={styles.filters} data-testid="timeline-filters">
        <legend className={styles.legend}>
          <Text weight="semibold">{t.timeline.filters}</Text>
        </legend>
        <Field label={t.timeline.kind}>
          <Select
            value={filter.kind ?? ''}
            onChange={(_, d) => changeFilter({ kind: (d.value || null) as TimelineFilter['kind'] })}
            data-testid="filter-kind"
          >
            <option value="">{t.timeline.all}</option>
            {INTERACTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </Select>
        </Field>
        <ChoiceSelect
          label={t.timeline.topic}
          value={filter.topic ?? null}
          onChange={(topic) => changeFilter({ topic })}
          none={t.timeline.all}
          choices={topicChoices(directory.topics, lang)}
          testId="filter-topic"
        />
        <ChoiceSelect
          label={t.timeline.staff}
          value={filter.staff ?? null}
          onChange={(staff) => changeFilter({ staff })}
          none={t.timeline.all}
          choices={staffChoices(directory.staff)}
          testId="filter-staff"
        />
        <ChoiceSelect
          label={t.timeline.section}
          value={filter.section ?? null}
          onChange={(section) => changeFilter({ section })}
          none={t.timeline.all}
          choices={sectionChoices(directory.sections)}
          testId="filter-section"
        />
        <Field label={t.timeline.from}>
          <Input
            type="date"
            value={filter.from ?? ''}
            onChange={(_, d) => (d.value === '' || isCalendarDate(d.value)) && changeFilter({ from: d.value || null })}
            data-testid="filter-from"
          />
        </Field>
        <Field label={t.timeline.to}>
          <Input
            type="date"
            value={filter.to ?? ''}
            onChange={(_, d) => (d.value === '' || isCalendarDate(d.value)) && changeFilter({ to: d.value || null })}
            data-testid="filter-to"
          />
        </Field>
        <Button
          appearance="secondary"
          disabled={!filtered}
          onClick={() => changeFilter(NO_FILTER)}
          data-testid="filter-reset"
        >
          {t.timeline.reset}
        </Button>
      </fieldset>
      {!valid && (
        <MessageBar intent="warning" data-testid="filter-invalid">
          <MessageBarBody>{t.timeline.periodInvalid}</MessageBarBody>
        </MessageBar>
      )}

      {state.status === 'loading' && <Spinner size="small" label={t.loading} data-testid="timeline-loading" />}
      {state.status === 'failed' && state.error && (
        <ErrorBanner error={state.error} onRetry={() => setGeneration((g) => g + 1)} />
      )}
      {state.status !== 'loading' && state.status !== 'failed' && state.items.length === 0 && valid && (
        <Body1 data-testid="timeline-empty">{filtered ? t.timeline.emptyFiltered : t.timeline.empty}</Body1>
      )}
      {state.items.length > 0 && (
        <ol className={styles.list} aria-label={t.timeline.title} data-testid="timeline-list">
          {state.items.map((item) => (
            <TimelineItem key={item.id} item={item} fresh={state.fresh.includes(item.id)} />
          ))}
        </ol>
      )}
      <div className={styles.footer}>
        {state.items.length > 0 && (
          <Caption1 className={shared.meta} aria-live="polite" data-testid="timeline-count">
            {t.timeline.shown(state.items.length)}
            {state.status === 'ready' && !state.nextCursor ? ` · ${t.timeline.end}` : ''}
          </Caption1>
        )}
        {state.error && state.status === 'ready' && (
          <ErrorBanner error={state.error} onRetry={loadMore} testId="timeline-more-error" />
        )}
        {state.nextCursor && (state.status === 'ready' || state.status === 'loading-more') && (
          <Button onClick={loadMore} disabled={state.status === 'loading-more'} data-testid="timeline-more">
            {state.status === 'loading-more' ? t.timeline.loadingMore : t.timeline.more}
          </Button>
        )}
        <div ref={sentinel} className={styles.sentinel} data-testid="timeline-sentinel" aria-hidden="true" />
      </div>
    </section>
  );
}

function TimelineItem({ item, fresh }: { item: Interaction; fresh: boolean }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { directory } = useTab();
  const headingId = useId();
  const section = sectionName(item.sectionId, directory.sections);
  const meta = [
    loggedByLine(item, section, t.timeline),
    // The shared mailbox's line names the section already.
    item.loggedBy ? section : null,
    item.loggerCount > 1 ? t.timeline.loggers(item.loggerCount) : null,
  ].filter(Boolean);
  return (
    <li
      className={mergeClasses(styles.item, fresh && styles.fresh)}
      aria-labelledby={headingId}
      data-testid="timeline-item"
      data-interaction-id={item.id}
      data-kind={item.kind}
      data-topics={item.topics.join(' ')}
      data-occurred-at={item.occurredAt}
      data-visibility={item.visibility}
    >
      <div className={styles.head}>
        <Badge appearance="filled" color={item.kind === 'email' || item.kind === 'meeting' ? 'brand' : 'informative'}>
          {t.kinds[item.kind]}
        </Badge>
        {fresh && (
          <Badge appearance="outline" color="success" data-testid="timeline-item-new">
            {t.timeline.isNew}
          </Badge>
        )}
        <Text id={headingId} weight="semibold">
          <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, lang)}</time>
        </Text>
        <Caption1 className={shared.meta}>
          {relativeTime(item.occurredAt, new Date(), lang)}
          {item.direction ? ` · ${t.timeline.direction[item.direction]}` : ''}
        </Caption1>
      </div>
      <Body1 className={shared.text}>
        <span className={styles.label}>{t.timeline.subject}:</span>
        <span data-testid="timeline-item-subject">{orDash(item.subject)}</span>
      </Body1>
      <Body1 className={shared.text}>
        <span className={styles.label}>{t.timeline.summary}:</span>
        <span data-testid="timeline-item-summary">{orDash(item.summary)}</span>
      </Body1>
      {item.excerpt !== null && (
        <Body1 className={shared.text}>
          <span className={styles.label}>{t.timeline.excerpt}:</span>
          <span data-testid="timeline-item-excerpt">{item.excerpt}</span>
        </Body1>
      )}
      {item.attachmentNames.length > 0 && (
        <Caption1 className={shared.text}>
          {t.timeline.attachments}: {item.attachmentNames.join(', ')}
        </Caption1>
      )}
      {item.topics.length > 0 && (
        <ul className={styles.badges} aria-label={t.log.topics}>
          {item.topics.map((topic) => (
            <li key={topic}>
              <Badge appearance="tint" color="informative">
                {topicLabel(topic, directory.topics, lang)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Caption1 className={shared.meta}>{meta.join(' · ')}</Caption1>
      <Caption1 className={shared.meta} data-testid="timeline-item-visibility">
        {visibilityNote(item, lang)}
      </Caption1>
    </li>
  );
}

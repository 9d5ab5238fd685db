/**
 * The strategy dashboard: every sub-goal of the strategy for a period and section, each as a card
 * with its value, target and a chart per month. Admins also get the "Mål" form.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  Body1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { KontaktsporApi } from '../shell/api.js';
import { sectionName } from '../common/format-logic.js';
import { KpiCard, type SeriesStatus } from './kpi-card.js';
import {
  MAX_SERIES_MONTHS,
  answersPeriod,
  METRICS,
  defaultPeriod,
  monthRanges,
  needsPerMonthRequests,
  periodValid,
  type MonthlyAnswers,
} from './kpi-logic.js';
import { isCalendarDate } from '../shell/route-logic.js';
import { ChoiceSelect, sectionChoices } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { TargetsForm } from './targets-form.js';
import { useSharedStyles } from '../common/ui.js';
import type { Kpi } from '../../../web-shared/api-types.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

const CONCURRENCY = 4;

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** Runs `work` over the items, at most `limit` at a time, in order of the items. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Monthly figures the service does not put in `months`: one request per month (and one per month
 * from the period's start, for the cumulative series). The last cumulative one is the period itself.
 */
function useMonthlyAnswers(
  api: KontaktsporApi,
  kpi: Kpi | null,
  period: { from: string; to: string; section: string | null },
) {
  const [state, setState] = useState<{ status: SeriesStatus; answers: MonthlyAnswers | null }>({
    status: 'loading',
    answers: null,
  });
  // A silent reload (after saving a target) keeps the period, so it need not ask month by month again.
  const latest = useRef(kpi);
  latest.current = kpi;
  const ready = kpi !== null && answersPeriod(kpi, period.from, period.to, period.section);
  useEffect(() => {
    const kpi = latest.current;
    // Only the answer for this very period and section (a new period's answer may still be on its way).
    if (!kpi || !answersPeriod(kpi, period.from, period.to, period.section)) return;
    const ranges = monthRanges(period.from, period.to);
    if (ranges.length > MAX_SERIES_MONTHS) {
      setState({ status: 'too-long', answers: null });
      return;
    }
    const monthly = METRICS.some((m) => m.series === 'month' && needsPerMonthRequests(m, kpi));
    const cumulative = METRICS.some((m) => m.series === 'cumulative' && needsPerMonthRequests(m, kpi));
    const controller = new AbortController();
    setState({ status: 'loading', answers: null });
    const ask = (from: string, to: string) => api.kpi({ from, to, section: period.section }, controller.signal);
    (async () => {
      const answers: MonthlyAnswers = { month: new Map(), cumulative: new Map() };
      const last = ranges.at(-1)?.month;
      await mapLimit(
        [
          ...(monthly ? ranges.map((r) => ({ kind: 'month' as const, r })) : []),
          ...(cumulative ? ranges.map((r) => ({ kind: 'cumulative' as const, r })) : []),
        ],
        CONCURRENCY,
        async ({ kind, r }) => {
          if (kind === 'month') answers.month.set(r.month, await ask(r.from, r.to));
          else answers.cumulative.set(r.month, r.month === last ? kpi : await ask(r.cumulativeFrom, r.to));
        },
      );
      return answers;
    })().then(
      (answers) => !controller.signal.aborted && setState({ status: 'done', answers }),
      () => !controller.signal.aborted && setState({ status: 'failed', answers: null }),
    );
    return () => controller.abort();
  }, [api, ready, period.from, period.to, period.section]);
  return state;
}

export function DashboardPage(props: { from: string | null; to: string | null; section: string | null }) {
  const { t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, directory, navigate } = useTab();
  const headingId = useId();
  const fallback = useMemo(() => defaultPeriod(new Date()), []);
  const from = props.from ?? fallback.from;
  const to = props.to ?? fallback.to;
  const section = props.section;
  const valid = periodValid(from, to);
  const key = valid ? `${from}|${to}|${section ?? ''}` : null;
  const kpi = useLoad<Kpi>(key, (signal) => api.kpi({ from, to, section }, signal));
  const series = useMonthlyAnswers(api, kpi.data, { from, to, section });
  const sectionLabel = section ? (sectionName(section, directory.sections) ?? section) : t.dashboard.wholeCenter;

  const change = (patch: { from?: string | null; to?: string | null; section?: string | null }) =>
    navigate({ page: 'dashboard', from, to, section, ...patch }, { replace: true });

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="dashboard">
      <Title2 as="h1" id={headingId}>
        {t.dashboard.title}
      </Title2>
      <Body1>{t.dashboard.intro}</Body1>
      <div
        className={styles.controls}
        role="group"
        aria-label={`${t.dashboard.from} / ${t.dashboard.to} / ${t.dashboard.section}`}
      >
        <Field label={t.dashboard.from}>
          <Input
            type="date"
            value={from}
            onChange={(_, d) => isCalendarDate(d.value) && change({ from: d.value })}
            data-testid="kpi-from"
          />
        </Field>
        <Field label={t.dashboard.to}>
          <Input
            type="date"
            value={to}
            onChange={(_, d) => isCalendarDate(d.value) && change({ to: d.value })}
            data-testid="kpi-to"
          />
        </Field>
        <ChoiceSelect
          label={t.dashboard.section}
          value={section ?? null}
          onChange={(next) => change({ section: next })}
          none={t.dashboard.wholeCenter}
          choices={sectionChoices(directory.sections)}
          testId="kpi-section"
        />
      </div>
      {!valid && (
        <MessageBar intent="warning" data-testid="kpi-period-invalid">
          <MessageBarBody>{t.dashboard.periodInvalid}</MessageBarBody>
        </MessageBar>
      )}
      {valid && kpi.status === 'loading' && !kpi.data && (
        <Spinner size="small" label={t.loading} data-testid="kpi-loading" />
      )}
      {valid && kpi.status === 'failed' && <ErrorBanner error={kpi.error} onRetry={kpi.reload} />}
      {valid && kpi.data && (
        <div className={styles.grid} data-testid="kpi-cards" aria-busy={kpi.status === 'loading'}>
          {METRICS.map((definition) => (
            <KpiCard
              key={definition.key}
              definition={definition}
              kpi={kpi.data!}
              from={from}
              to={to}
              answers={series.answers}
              seriesStatus={series.status}
            />
          ))}
        </div>
      )}
      {directory.me.isAdmin && kpi.data && (
        <TargetsForm
          key={section ?? ''}
          sectionId={section}
          sectionLabel={sectionLabel}
          targets={kpi.data.targets}
          onSaved={kpi.reload}
        />
      )}
    </section>
  );
}

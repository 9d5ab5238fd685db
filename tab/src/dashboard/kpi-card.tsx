/** One sub-goal: its value for the period, the target beside it, and a small chart per month. */
import { useId } from 'react';
import { Badge, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { sectionName } from '../common/format-logic.js';
import { formatNumber } from '../../../web-shared/format.js';
import {
  contactsBySection,
  formatMetric,
  headlineTarget,
  monthTargets,
  samarbejdsgradBasis,
  companiesServedBasis,
  seriesFor,
  targetReached,
  type MetricDefinition,
  type MonthlyAnswers,
} from './kpi-logic.js';
import { MiniChart } from './mini-chart.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { Kpi } from '../../../web-shared/api-types.js';

export type SeriesStatus = 'loading' | 'done' | 'failed' | 'too-long';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  value: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  targetRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  sections: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

export function KpiCard(props: {
  definition: MetricDefinition;
  kpi: Kpi;
  from: string;
  to: string;
  answers: MonthlyAnswers | null;
  seriesStatus: SeriesStatus;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { directory } = useTab();
  const headingId = useId();
  const { definition, kpi } = props;
  const key = definition.key;
  const label = t.metrics[key].label;
  const value = kpi.metrics[key] ?? null;
  const target = headlineTarget(definition, kpi.targets, props.from, props.to);
  const reached = targetReached(definition, value, target?.value ?? null);
  const months = kpi.months.map((row) => row.month);
  const values = seriesFor(definition, kpi, props.answers);
  const targets = monthTargets(definition, kpi.targets, months);
  const how = definition.series === 'cumulative' ? t.dashboard.cumulative : t.dashboard.perMonth;
  const noSeries = values.every((v) => v === null);
  const seriesPending = noSeries && props.seriesStatus !== 'done';

  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid={`kpi-card-${key}`}>
      <Subtitle2 as="h2" id={headingId}>
        {label}
      </Subtitle2>
      <p className={styles.value} data-testid={`kpi-value-${key}`} data-value={value ?? ''}>
        {formatMetric(value, definition.unit, lang)}
      </p>
      {key === 'samarbejdsgrad' && <SamarbejdsgradBasis counts={kpi.counts} />}
      {key === 'companies_served' && <ServedBasis counts={kpi.counts} />}
      <div className={styles.targetRow} data-testid={`kpi-target-${key}`}>
        {target ? (
          <>
            <Text>{t.dashboard.target(target.period, formatMetric(target.value, definition.unit, lang))}</Text>
            {reached !== null && (
              <Badge appearance="tint" color={reached ? 'success' : 'warning'}>
                {reached ? t.dashboard.reached : t.dashboard.notReached}
              </Badge>
            )}
          </>
        ) : (
          <Caption1 className={shared.meta}>{t.dashboard.noTarget}</Caption1>
        )}
      </div>
      {seriesPending && props.seriesStatus === 'loading' ? (
        <Spinner size="tiny" label={t.dashboard.seriesLoading} />
      ) : noSeries ? (
        // No month has a figure: say so rather than draw empty axes beside the period's number.
        <Caption1 className={shared.meta} data-testid={`kpi-series-note-${key}`}>
          {props.seriesStatus === 'too-long'
            ? t.dashboard.seriesTooLong
            : props.seriesStatus === 'failed'
              ? t.dashboard.seriesFailed
              : t.dashboard.seriesNone}
        </Caption1>
      ) : (
        <figure style={{ margin: 0 }}>
          <MiniChart
            label={t.dashboard.chartLabel(label, how)}
            months={months}
            values={values}
            targets={targets}
            unit={definition.unit}
            kind={definition.unit === 'count' && definition.series === 'month' ? 'bar' : 'line'}
            testId={`kpi-chart-${key}`}
          />
          <Caption1 as="p" className={shared.meta} style={{ margin: 0 }}>
            {how}
          </Caption1>
        </figure>
      )}
      {key === 'contacts' && (
        <details data-testid="kpi-contacts-by-section">
          <summary>{t.dashboard.bySection}</summary>
          <ul className={styles.sections}>
            {contactsBySection(kpi.months).map((row) => (
              <li key={row.sectionId}>
                {row.sectionId === 'none'
                  ? t.dashboard.noSection
                  : (sectionName(row.sectionId, directory.sections) ?? row.sectionId)}
                : {formatNumber(row.contacts, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Caption1 className={shared.meta}>{t.metrics[key].description}</Caption1>
    </section>
  );
}

function ServedBasis({ counts }: { counts: Kpi['counts'] }) {
  const { lang } = useStrings();
  const shared = useSharedStyles();
  const text = companiesServedBasis(counts, lang);
  return text === null ? null : (
    <Caption1 className={shared.meta} data-testid="kpi-counts-companies_served">
      {text}
    </Caption1>
  );
}

function SamarbejdsgradBasis({ counts }: { counts: Kpi['counts'] }) {
  const { lang } = useStrings();
  const shared = useSharedStyles();
  const basis = samarbejdsgradBasis(counts, lang);
  return (
    <>
      <Caption1 className={shared.meta} data-testid="kpi-counts-samarbejdsgrad" data-denominator={counts.denominator}>
        {basis.counts}
      </Caption1>
      {basis.note && (
        <Caption1 className={shared.meta} data-testid="kpi-denominator-note">
          {basis.note}
        </Caption1>
      )}
    </>
  );
}

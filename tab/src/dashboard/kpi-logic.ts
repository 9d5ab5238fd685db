/**
 * The strategy dashboard's presentation as pure functions: the metrics and their units, the default
 * period, the monthly series (from the service's months, or from one request per month where the
 * service gives no monthly figure), targets beside actuals, number formats, and the geometry of the
 * small inline-SVG charts.
 */
import { formatMonth, formatNumber } from '../../../web-shared/format.js';
import { stringsFor, type Lang } from '../common/i18n.js';
import { isCalendarDate } from '../shell/route-logic.js';
import type { Kpi, KpiMetric, KpiMonth, KpiTarget } from '../../../web-shared/api-types.js';

export type KpiUnit = 'percent' | 'count' | 'days';

export interface MetricDefinition {
  key: KpiMetric;
  unit: KpiUnit;
  /**
   * 'month': the figure of each month on its own. 'cumulative': from the period's start to each
   * month's end, for metrics that count each company once (a month's share says little next to a
   * target for the year).
   */
  series: 'month' | 'cumulative';
  /** How a target for the year reads per month: a sum is spread, a level applies each month, a distinct count does not split. */
  aggregation: 'sum' | 'level' | 'distinct';
  better: 'higher' | 'lower';
}

/** The metrics of DOMAIN.md ("What the strategy measures"), in the order the dashboard shows them. */
export const METRICS: readonly MetricDefinition[] = Object.freeze([
  { key: 'samarbejdsgrad', unit: 'percent', series: 'cumulative', aggregation: 'distinct', better: 'higher' },
  { key: 'companies_served', unit: 'count', series: 'cumulative', aggregation: 'distinct', better: 'higher' },
  { key: 'contacts', unit: 'count', series: 'month', aggregation: 'sum', better: 'higher' },
  { key: 'staff_share_logging', unit: 'percent', series: 'month', aggregation: 'level', better: 'higher' },
  { key: 'vacancies_received', unit: 'count', series: 'month', aggregation: 'sum', better: 'higher' },
  { key: 'vacancies_filled', unit: 'count', series: 'month', aggregation: 'sum', better: 'higher' },
  { key: 'referral_rate', unit: 'percent', series: 'month', aggregation: 'level', better: 'higher' },
  { key: 'fill_rate', unit: 'percent', series: 'month', aggregation: 'level', better: 'higher' },
  { key: 'time_to_first_action_days', unit: 'days', series: 'month', aggregation: 'level', better: 'lower' },
] satisfies MetricDefinition[]);

export function metricDefinition(key: string): MetricDefinition | null {
  return METRICS.find((m) => m.key === key) ?? null;
}

/** Monthly series are fetched month by month for periods up to this many months. */
export const MAX_SERIES_MONTHS = 24;
const MAX_PERIOD_DAYS = 366 * 5;

// --- the period ----------------------------------------------------------------------------

/** A local date as 'YYYY-MM-DD'. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** This year so far: 1 January to today. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: localDate(now) };
}

/** Both dates real, from not after to, at most five years (as the service accepts). */
export function periodValid(from: string | null | undefined, to: string | null | undefined): boolean {
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) return false;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days <= MAX_PERIOD_DAYS;
}

/** 'YYYY-MM' keys from the month of `from` to the month of `to` (dates 'YYYY-MM-DD'). */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function lastDayOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export interface MonthRange {
  month: string;
  /** The month, clipped to the period (inclusive dates). */
  from: string;
  to: string;
  /** From the period's start to the month's end (clipped). */
  cumulativeFrom: string;
}

/** The requests behind monthly series: each month of the period, clipped to it. */
export function monthRanges(from: string, to: string): MonthRange[] {
  return monthsOf(from, to).map((month) => {
    const start = `${month}-01`;
    const end = lastDayOf(month);
    return { month, from: start < from ? from : start, to: end > to ? to : end, cumulativeFrom: from };
  });
}

// --- series --------------------------------------------------------------------------------

/**
 * The service's per-month figures where it gives them: contacts and staff logging today; every
 * metric once it sends `months[].metrics` (the month alone) and `months[].cumulative` (from the
 * period's start to the month's end). Undefined: ask month by month.
 */
function serviceMonthValue(row: KpiMonth, definition: MetricDefinition): number | null | undefined {
  const extra = row as { metrics?: Record<string, number | null>; cumulative?: Record<string, number | null> };
  const own = definition.series === 'cumulative' ? extra.cumulative : extra.metrics;
  if (own && definition.key in own) return own[definition.key] ?? null;
  if (definition.series === 'cumulative') return undefined;
  if (definition.key === 'contacts') return row.contacts;
  if (definition.key === 'staff_share_logging') return row.staffShareLogging;
  return undefined;
}

/** Whether the dashboard must ask month by month to draw this metric's series. */
export function needsPerMonthRequests(definition: MetricDefinition, kpi: Pick<Kpi, 'months'>): boolean {
  const first = kpi.months[0];
  return first !== undefined && serviceMonthValue(first, definition) === undefined;
}

/** Per-month answers of the service, by month: for one month alone, and from the period's start to it. */
export interface MonthlyAnswers {
  month: Map<string, Pick<Kpi, 'metrics'>>;
  cumulative: Map<string, Pick<Kpi, 'metrics'>>;
}

/** One value per month of `kpi.months` (null where there is none, or it is not loaded yet). */
export function seriesFor(
  definition: MetricDefinition,
  kpi: Pick<Kpi, 'months'>,
  answers: MonthlyAnswers | null,
): (number | null)[] {
  return kpi.months.map((row) => {
    const own = serviceMonthValue(row, definition);
    if (own !== undefined) return own;
    const asked = definition.series === 'month' ? answers?.month : answers?.cumulative;
    return asked?.get(row.month)?.metrics[definition.key] ?? null;
  });
}

/** Contacts of the period per section, most first ('none' = without a section). */
export function contactsBySection(
  months: readonly Pick<KpiMonth, 'contactsBySection'>[],
): { sectionId: string; contacts: number }[] {
  const totals = new Map<string, number>();
  for (const row of months) {
    for (const [sectionId, contacts] of Object.entries(row.contactsBySection))
      totals.set(sectionId, (totals.get(sectionId) ?? 0) + contacts);
  }
  return [...totals]
    .map(([sectionId, contacts]) => ({ sectionId, contacts }))
    .sort((a, b) => b.contacts - a.contacts || a.sectionId.localeCompare(b.sectionId));
}

// --- targets -------------------------------------------------------------------------------

function findTarget(targets: readonly KpiTarget[], metric: KpiMetric, period: string): number | null {
  return targets.find((t) => t.metric === metric && t.period === period)?.value ?? null;
}

/** The target to put beside the period's value: the month's when the period is one month, else the year's. */
export function headlineTarget(
  definition: MetricDefinition,
  targets: readonly KpiTarget[],
  from: string,
  to: string,
): { period: string; value: number } | null {
  const month = from.slice(0, 7);
  if (month === to.slice(0, 7)) {
    const value = findTarget(targets, definition.key, month);
    if (value !== null) return { period: month, value };
  }
  const year = from.slice(0, 4);
  if (year !== to.slice(0, 4)) return null;
  const value = findTarget(targets, definition.key, year);
  return value === null ? null : { period: year, value };
}

/**
 * The target line, one value per month. Monthly series: the month's own target, else the year's
 * (a sum spread over twelve months, a level as is; a distinct count has no monthly share).
 * Cumulative series: the year's target, which the running figure climbs towards.
 */
export function monthTargets(
  definition: MetricDefinition,
  targets: readonly KpiTarget[],
  months: readonly string[],
): (number | null)[] {
  return months.map((month) => {
    const yearly = findTarget(targets, definition.key, month.slice(0, 4));
    if (definition.series === 'cumulative') return yearly;
    const own = findTarget(targets, definition.key, month);
    if (own !== null) return own;
    if (yearly === null) return null;
    if (definition.aggregation === 'sum') return Math.round((yearly / 12) * 10) / 10;
    return definition.aggregation === 'level' ? yearly : null;
  });
}

/** Whether the value meets the target (lower is better for days to first action); null without both. */
export function targetReached(
  definition: MetricDefinition,
  value: number | null,
  target: number | null,
): boolean | null {
  if (value === null || target === null) return null;
  return definition.better === 'higher' ? value >= target : value <= target;
}

// --- numbers -------------------------------------------------------------------------------

/**
 * What the samarbejdsgrad was divided by, in words: "42 af 2.318 virksomheder i kommunen med mindst
 * én ansat (CVR)", and a note when the register was not there to give the denominator.
 */
export function samarbejdsgradBasis(
  counts: Pick<Kpi['counts'], 'cooperatingCompanies' | 'companiesTotal' | 'companiesInRegister' | 'denominator'>,
  lang: Lang,
): { counts: string; note: string | null } {
  const t = stringsFor(lang).dashboard;
  const cooperating = formatNumber(counts.cooperatingCompanies, lang);
  if (counts.denominator === 'register')
    return { counts: t.countsRegister(cooperating, formatNumber(counts.companiesInRegister, lang)), note: null };
  return { counts: t.countsCompanies(cooperating, formatNumber(counts.companiesTotal, lang)), note: t.notFromRegister };
}

/** "Betjente virksomheder" out of the municipality's, once the register gives the number; null before. */
export function companiesServedBasis(
  counts: Pick<Kpi['counts'], 'companiesServedInRegister' | 'companiesInRegister' | 'denominator'>,
  lang: Lang,
): string | null {
  if (counts.denominator !== 'register') return null;
  const t = stringsFor(lang).dashboard;
  return t.servedRegister(
    formatNumber(counts.companiesServedInRegister, lang),
    formatNumber(counts.companiesInRegister, lang),
  );
}

/** A metric's value as shown: "38,5 %", "1.234", "2,5 dage" (Danish) or "38.5%", "1,234", "2.5 days". */
export function formatMetric(value: number | null, unit: KpiUnit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return stringsFor(lang).dashboard.noValue;
  switch (unit) {
    case 'percent': {
      const number = formatNumber(Math.round(value * 1000) / 10, lang, 1);
      return lang === 'da' ? `${number} %` : `${number}%`;
    }
    case 'days':
      return `${formatNumber(value, lang, 1)} ${lang === 'da' ? (value === 1 ? 'dag' : 'dage') : value === 1 ? 'day' : 'days'}`;
    case 'count':
      return formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
  }
}

export interface TargetFormValues {
  metric: KpiMetric;
  period: string;
  /** As typed: a percentage for percent metrics ("42,5"), else a number. */
  value: string;
}

/** A typed number, accepting a decimal comma ("42,5"); NaN when it is not one. */
export function parseDecimal(text: string): number {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Checks the target form and shapes the target (percentages become fractions, as the service stores them). */
export function parseTargetForm(
  values: TargetFormValues,
  sectionId: string | null,
  lang: Lang,
): { ok: true; target: KpiTarget } | { ok: false; errors: Partial<Record<'period' | 'value', string>> } {
  const t = stringsFor(lang).targets.invalid;
  const definition = metricDefinition(values.metric);
  const errors: Partial<Record<'period' | 'value', string>> = {};
  const period = values.period.trim();
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!/^\d{4}$/.test(period) && !(month && Number(month[2]) >= 1 && Number(month[2]) <= 12)) errors.period = t.period;
  const number = parseDecimal(values.value);
  let value = number;
  if (!Number.isFinite(number)) errors.value = t.value;
  else if (definition?.unit === 'percent') {
    if (number > 100) errors.value = t.percent;
    value = Math.round(number * 100) / 10_000;
  } else if (number > 1_000_000) errors.value = t.value;
  if (!definition || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, target: { metric: values.metric, sectionId, period, value } };
}

/** A stored target as the form shows it (percentages as percent). */
export function targetInput(definition: MetricDefinition, value: number): string {
  return definition.unit === 'percent' ? String(Math.round(value * 10_000) / 100) : String(value);
}

// --- charts --------------------------------------------------------------------------------

export interface ChartBox {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartGeometry {
  yMax: number;
  baselineY: number;
  bars: { index: number; x: number; y: number; width: number; height: number }[];
  points: { index: number; x: number; y: number }[];
  /** The series as a path; a missing month breaks the line. */
  linePath: string;
  /** The target per month as level steps; '' when there is none. */
  targetPath: string;
  /** The x of each month's centre, for labels. */
  centers: number[];
}

/** The smallest of 1, 2, 2.5, 5 (times a power of ten) not below the value; 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-12) return step * power;
  return 10 * power;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where bars, points and the target steps go in a box, one band per month. */
export function chartGeometry(
  values: readonly (number | null)[],
  targets: readonly (number | null)[],
  box: ChartBox,
): ChartGeometry {
  const { width, height, padding } = box;
  const innerW = Math.max(width - padding.left - padding.right, 1);
  const innerH = Math.max(height - padding.top - padding.bottom, 1);
  const n = Math.max(values.length, 1);
  const band = innerW / n;
  const known = [...values, ...targets].filter((v): v is number => v !== null && Number.isFinite(v));
  const yMax = niceCeiling(Math.max(0, ...known));
  const baselineY = round(padding.top + innerH);
  const y = (v: number) => round(padding.top + innerH * (1 - Math.max(0, Math.min(v, yMax)) / yMax));
  const centers = values.map((_, i) => round(padding.left + band * (i + 0.5)));

  const bars: ChartGeometry['bars'] = [];
  const points: ChartGeometry['points'] = [];
  let linePath = '';
  let penDown = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      penDown = false;
      return;
    }
    const top = y(v);
    bars.push({
      index: i,
      x: round(padding.left + band * i + band * 0.15),
      y: top,
      width: round(band * 0.7),
      height: round(baselineY - top),
    });
    points.push({ index: i, x: centers[i]!, y: top });
    linePath += `${penDown ? 'L' : 'M'}${centers[i]} ${top} `;
    penDown = true;
  });

  let targetPath = '';
  targets.forEach((v, i) => {
    if (v === null || !Number.isFinite(v) || i >= values.length) return;
    targetPath += `M${round(padding.left + band * i)} ${y(v)} H${round(padding.left + band * (i + 1))} `;
  });
  return { yMax, baselineY, bars, points, linePath: linePath.trim(), targetPath: targetPath.trim(), centers };
}

/** What a screen reader hears for a chart: each month's value, then the target. */
export function chartSummary(
  months: readonly string[],
  values: readonly (number | null)[],
  targets: readonly (number | null)[],
  unit: KpiUnit,
  lang: Lang,
): string {
  const t = stringsFor(lang).dashboard;
  const parts = months.map((month, i) => {
    const value = values[i] ?? null;
    const target = targets[i] ?? null;
    const shown = value === null ? t.chartNoData : formatMetric(value, unit, lang);
    return `${formatMonth(month, lang, 'long')}: ${shown}${target === null ? '' : ` (${t.chartTarget} ${formatMetric(target, unit, lang)})`}`;
  });
  return parts.join('; ');
}

/** Whether an answer of GET /api/kpi is for this period (inclusive dates) and section. */
export function answersPeriod(
  kpi: Pick<Kpi, 'period' | 'sectionId'>,
  from: string,
  to: string,
  section: string | null,
): boolean {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  return (
    Date.parse(kpi.period.from) === start && Date.parse(kpi.period.to) === end && (kpi.sectionId ?? null) === section
  );
}

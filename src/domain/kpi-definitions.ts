/** The metrics the strategy evaluates continuously (DOMAIN.md, "What the strategy measures"). */

export type KpiUnit = 'percent' | 'count' | 'days';

export interface KpiDefinition {
  da: string;
  en: string;
  unit: KpiUnit;
  description: string;
}

export const KPI_METRICS = Object.freeze({
  samarbejdsgrad: {
    da: 'Samarbejdsgrad',
    en: 'Cooperation degree',
    unit: 'percent',
    description:
      "Share of the municipality's companies with at least one contact about løntilskud, virksomhedspraktik, jobrotation, skånejob, fleksjob or mentor in the period; each company counts once.",
  },
  contacts: {
    da: 'Kontakter',
    en: 'Contacts',
    unit: 'count',
    description: 'Logged company contacts (emails, meetings, calls, visits, notes) per month and section.',
  },
  companies_served: {
    da: 'Betjente virksomheder',
    en: 'Companies served',
    unit: 'count',
    description: 'Distinct companies with at least one logged contact in the period, per section.',
  },
  staff_share_logging: {
    da: 'Andel medarbejdere der logger',
    en: 'Share of staff logging',
    unit: 'percent',
    description: 'Share of staff who logged at least one company contact in the month.',
  },
  vacancies_received: {
    da: 'Modtagne jobordrer',
    en: 'Vacancies received',
    unit: 'count',
    description: 'Vacancies (job orders) received from companies in the period.',
  },
  vacancies_filled: {
    da: 'Besatte jobordrer',
    en: 'Vacancies filled',
    unit: 'count',
    description: 'Vacancies closed as filled in the period.',
  },
  referral_rate: {
    da: 'Henvisningsrate',
    en: 'Referral rate',
    unit: 'percent',
    description: 'Share of vacancies received in the period to which at least one candidate was referred.',
  },
  fill_rate: {
    da: 'Besættelsesrate',
    en: 'Fill rate',
    unit: 'percent',
    description: 'Share of vacancies closed in the period that were closed as filled.',
  },
  time_to_first_action_days: {
    da: 'Dage til første handling',
    en: 'Days to first action',
    unit: 'days',
    description: 'Days from a vacancy being received to its first status change or logged action.',
  },
} as const satisfies Record<string, KpiDefinition>);

export type KpiMetric = keyof typeof KPI_METRICS;

export const KPI_METRIC_KEYS = Object.freeze(Object.keys(KPI_METRICS) as KpiMetric[]);

export function isKpiMetric(value: string): value is KpiMetric {
  return Object.hasOwn(KPI_METRICS, value);
}

/** 'YYYY-MM' keys (UTC) from the month of `from` to the month of `to`, inclusive; [] when to < from. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  const endYear = to.getUTCFullYear();
  const endMonth = to.getUTCMonth();
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

/** numerator / denominator rounded to 4 decimals (a fraction, not a percentage); null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

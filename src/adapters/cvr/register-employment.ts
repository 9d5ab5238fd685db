/** The newest employment interval of a unit, across the register's four employment series. */
import type { Beskaeftigelse } from './register-documents.js';
import { entries, text } from './register-values.js';

export interface EmploymentSeries {
  erstMaaned?: readonly Beskaeftigelse[] | null;
  maaned?: readonly Beskaeftigelse[] | null;
  kvartal?: readonly Beskaeftigelse[] | null;
  aar?: readonly Beskaeftigelse[] | null;
}

// Earlier in this list wins when two figures end in the same month: a monthly figure describes
// that month, a quarterly or yearly one averages months before it. The two monthly series describe
// the same month; erstMaaned first only so that a tie always gives the same answer.
const SERIES_ORDER = ['erstMaaned', 'maaned', 'kvartal', 'aar'] as const;
type SeriesName = (typeof SERIES_ORDER)[number];

function whole(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The month (counted from year 0) the figure's period ends in, or null when the period is unreadable. */
function endMonth(figure: Beskaeftigelse, series: SeriesName): number | null {
  const year = whole(figure.aar, 1900, 9999);
  if (year === null) return null;
  let month: number | null;
  if (series === 'aar') month = 12;
  else if (series === 'kvartal') {
    const quarter = whole(figure.kvartal, 1, 4);
    month = quarter === null ? null : quarter * 3;
  } else month = whole(figure.maaned, 1, 12);
  return month === null ? null : year * 12 + month;
}

/**
 * The interval code (ANTAL_5_9, …) of the figure whose period ends last; on the same end month the
 * series earlier in SERIES_ORDER wins, as only a strictly newer figure replaces the one found.
 * Null when no series has a figure with a code.
 */
export function newestEmployeeInterval(series: EmploymentSeries): string | null {
  let best: { end: number; code: string } | null = null;
  for (const name of SERIES_ORDER) {
    for (const figure of entries(series[name] ?? null)) {
      const code = text(figure.intervalKodeAntalAnsatte);
      const end = endMonth(figure, name);
      if (code !== null && end !== null && (best === null || end > best.end)) best = { end, code };
    }
  }
  return best?.code ?? null;
}

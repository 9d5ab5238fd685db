/**
 * The log form as pure functions: the visibility it suggests, and the check and shape of what a log
 * request carries (without the item id). No React, no Office.
 */
import type { ItemPreview, LogItemRequest, Visibility } from '../../web-shared/api-types.js';
import { stringsFor, type Lang } from './i18n.js';

export const MAX_TOPICS = 10;

/** Metadata only when the item mentions health matters; otherwise what the service suggests (summary). */
export function initialVisibility(
  preview: Pick<ItemPreview, 'healthWords' | 'suggestedVisibility'> | null,
): Visibility {
  if (preview && preview.healthWords.length > 0) return 'metadata';
  return preview?.suggestedVisibility ?? 'summary';
}

/** Why metadata only is suggested: "Mailen nævner helbredsforhold (sygemeldt) – derfor foreslås kun metadata". */
export function visibilityHint(preview: Pick<ItemPreview, 'healthWords' | 'kind'> | null, lang: Lang): string | null {
  if (!preview || preview.healthWords.length === 0) return null;
  return stringsFor(lang).healthHint(preview.kind, [...new Set(preview.healthWords)].join(', '));
}

export interface VacancyFields {
  title: string;
  positions: string;
  deadline: string;
  location: string;
  postcode: string;
}

export interface LogFormValues {
  companyId: string | null;
  topics: string[];
  summary: string;
  visibility: Visibility;
  isVacancy: boolean;
  vacancy: VacancyFields;
}

export type LogFormField = 'company' | 'topics' | 'title' | 'positions' | 'deadline' | 'postcode';
export type LogFormErrors = Partial<Record<LogFormField, string>>;
export type LogFields = Omit<LogItemRequest, 'itemId' | 'itemIdType'>;

export const EMPTY_VACANCY: VacancyFields = { title: '', positions: '1', deadline: '', location: '', postcode: '' };

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1900-01-01';
}

/** Checks the form the way the service will, and shapes the request body (without the item id). */
export function validateLogForm(
  values: LogFormValues,
  lang: Lang,
): { ok: true; fields: LogFields } | { ok: false; errors: LogFormErrors } {
  const t = stringsFor(lang).invalid;
  const errors: LogFormErrors = {};
  if (!values.companyId) errors.company = t.company;
  const topics = [...new Set(values.topics)];
  if (topics.length > MAX_TOPICS) errors.topics = t.topics;

  let vacancy: LogFields['vacancy'];
  if (values.isVacancy) {
    const v = values.vacancy;
    const title = v.title.trim();
    const positions = v.positions.trim() === '' ? 1 : Number(v.positions.trim());
    const deadline = v.deadline.trim();
    const postcode = v.postcode.trim();
    const location = v.location.trim();
    if (!title) errors.title = t.title;
    if (!Number.isInteger(positions) || positions < 1 || positions > 10_000) errors.positions = t.positions;
    if (deadline && !isCalendarDate(deadline)) errors.deadline = t.deadline;
    if (postcode && !/^\d{4}$/.test(postcode)) errors.postcode = t.postcode;
    vacancy = {
      title,
      positions,
      ...(deadline ? { deadline } : {}),
      ...(location ? { location } : {}),
      ...(postcode ? { postcode } : {}),
    };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const summary = values.summary.trim();
  return {
    ok: true,
    fields: {
      companyId: values.companyId!,
      topics,
      visibility: values.visibility,
      ...(summary ? { summary } : {}),
      ...(vacancy ? { vacancy } : {}),
    },
  };
}

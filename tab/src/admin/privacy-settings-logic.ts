/** The privacy settings form as pure functions: four whole numbers, their ranges, and one rule between two of them. */
import { stringsFor, type Lang } from '../common/i18n.js';
import type { PrivacySettings } from '../../../web-shared/api-types.js';

export type PrivacySettingKey = keyof PrivacySettings;

/** The fields in the order the form shows them, with the ranges the service accepts. */
export const PRIVACY_FIELDS: readonly { key: PrivacySettingKey; min: number; max: number }[] = [
  { key: 'summaryAfterDays', min: 1, max: 36_500 },
  { key: 'metadataAfterDays', min: 1, max: 36_500 },
  { key: 'retentionYears', min: 1, max: 100 },
  { key: 'auditRetentionDays', min: 1, max: 36_500 },
];

export type PrivacySettingsForm = Record<PrivacySettingKey, string>;
export type PrivacySettingsErrors = Partial<Record<PrivacySettingKey, string>>;

export function settingsForm(settings: PrivacySettings): PrivacySettingsForm {
  return {
    summaryAfterDays: String(settings.summaryAfterDays),
    metadataAfterDays: String(settings.metadataAfterDays),
    retentionYears: String(settings.retentionYears),
    auditRetentionDays: String(settings.auditRetentionDays),
  };
}

/** The PUT body, or a message per field: whole numbers in range, and subject/summary not removed before the excerpt. */
export function parsePrivacySettings(
  form: PrivacySettingsForm,
  lang: Lang,
): { ok: true; settings: PrivacySettings } | { ok: false; errors: PrivacySettingsErrors } {
  const t = stringsFor(lang).privacySettings;
  const errors: PrivacySettingsErrors = {};
  const values: Partial<PrivacySettings> = {};
  for (const field of PRIVACY_FIELDS) {
    const text = form[field.key].trim();
    const value = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isInteger(value) && value >= field.min && value <= field.max) values[field.key] = value;
    else errors[field.key] = t.invalid.whole(field.min, field.max, t.fields[field.key].unit);
  }
  if (
    values.summaryAfterDays !== undefined &&
    values.metadataAfterDays !== undefined &&
    values.metadataAfterDays < values.summaryAfterDays
  ) {
    errors.metadataAfterDays = t.invalid.order(values.summaryAfterDays);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: values as PrivacySettings };
}

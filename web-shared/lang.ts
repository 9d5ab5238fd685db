/** The two languages both front ends speak, Danish first. */
export type Lang = 'da' | 'en';

/** Danish unless the host speaks English ('en-US', 'en-GB', ...): both front ends speak Danish first. */
export function pickLanguage(locale: string | null | undefined): Lang {
  return locale?.trim().toLowerCase().startsWith('en') ? 'en' : 'da';
}

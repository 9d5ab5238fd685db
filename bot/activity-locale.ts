import type { TurnContext } from 'botbuilder';
import type { Locale } from './i18n/strings.js';

/** Danish unless the Teams client speaks English. */
export function localeOf(context: TurnContext): Locale {
  return (context.activity.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'da';
}

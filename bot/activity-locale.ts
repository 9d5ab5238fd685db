import type { TurnContext } from 'botbuilder';
import type { Locale } from './i18n/strings.js';

/** Danish unless the Teams client speaks English. */
export function localeOf(context: TurnContext): Locale {
  return (context.activity.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'da';
}

/**
 * The language of an answer nothing else decides (no card language, no recognised command): a
 * channel is shared by colleagues whose clients differ, so it is answered in Danish; a chat in
 * the client's language.
 */
export function defaultLocaleOf(context: TurnContext): Locale {
  return inChannel(context) ? 'da' : localeOf(context);
}

export function inChannel(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'channel';
}

export function isPersonal(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

import { strings, type Locale } from '../i18n/strings.js';
import { adaptiveCard, heading, subtle, textBlock, type AdaptiveCardJson } from './card-parts.js';

/** The first thing a new user sees in their personal chat: what the bot is for and one thing to try. */
export function welcomeCard(locale: Locale): AdaptiveCardJson {
  const s = strings(locale);
  const [example] = s.helpCommands.history.examples;
  return adaptiveCard(locale, [
    heading(s.welcomeTitle, 'medium'),
    textBlock(s.welcomeIntro),
    ...(example ? [textBlock(s.welcomeTry(s.quoted(example)), { spacing: 'medium' })] : []),
    subtle(s.welcomeHelp(s.quoted(s.helpCommands.help.command))),
  ]);
}

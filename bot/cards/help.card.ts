import { strings, type HelpEntry, type Locale } from '../i18n/strings.js';
import {
  adaptiveCard,
  container,
  heading,
  subtle,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
} from './card-parts.js';

/**
 * Every command with examples. Subscriptions belong to channels, so in a personal or group chat
 * they are listed under "channels only" rather than offered as if they worked there.
 */
export function helpCard(locale: Locale, options: { inChannel: boolean }): AdaptiveCardJson {
  const s = strings(locale);
  const c = s.helpCommands;
  const body: CardElement[] = [heading(s.helpTitle, 'medium'), textBlock(s.helpIntro)];
  if (options.inChannel) body.push(textBlock(s.helpInChannel, { isSubtle: true }));
  body.push(...[c.history, c.company, c.vacancies].map((help) => entry(help, s.quoted)));
  if (options.inChannel) body.push(entry(c.subscribe, s.quoted), entry(c.unsubscribe, s.quoted));
  body.push(entry(c.help, s.quoted));
  if (!options.inChannel) {
    body.push(textBlock(s.helpChannelOnly, { weight: 'bolder', spacing: 'large', separator: true }));
    body.push(entry(c.subscribe, s.quoted), entry(c.unsubscribe, s.quoted));
  }
  body.push(textBlock(s.helpLanguages, { isSubtle: true, spacing: 'medium' }));
  return adaptiveCard(locale, body);
}

function entry(help: HelpEntry, quoted: (text: string) => string): CardElement {
  return container(
    [
      textBlock(help.command, { weight: 'bolder' }),
      subtle(help.description),
      ...help.examples.map((example) => subtle(quoted(example), { spacing: 'none' })),
    ],
    { spacing: 'medium' },
  );
}

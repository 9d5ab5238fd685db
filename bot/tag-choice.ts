import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Actor } from '../src/domain/model.js';
import { answerTagChoice } from '../src/app/answer-tag-choice.js';
import type { TagDeps } from '../src/app/tag-deps.js';
import type { Locale } from './i18n/strings.js';
import type { TagChoiceSubmit } from './cards/tag-choice.card.js';
import { cleanLine } from './cards/card-parts.js';

const TEXT = {
  da: {
    logged: (name: string) => `Logget på ${name}. Kategorien i Outlook er nu "Kontaktspor: logget".`,
    pickOne: 'Vælg en virksomhed eller skriv et CVR-nummer.',
    noCvr: (cvr: string) => `Ingen virksomhed har CVR ${cvr} i Kontaktspor.`,
  },
  en: {
    logged: (name: string) => `Logged to ${name}. The Outlook category is now "Kontaktspor: logget".`,
    pickOne: 'Choose a company or type a CVR number.',
    noCvr: (cvr: string) => `No company has CVR ${cvr} in Kontaktspor.`,
  },
} as const;

/** The user answered the tag choice card: log the item to the company they chose (or typed the CVR of). */
export async function answerTagChoiceCard(
  deps: TagDeps,
  context: TurnContext,
  actor: Actor,
  submit: TagChoiceSubmit,
  locale: Locale,
): Promise<void> {
  const t = TEXT[locale];
  const answer = await answerTagChoice(deps, actor, submit);
  const text =
    answer.outcome === 'logged'
      ? t.logged(cleanLine(answer.companyName, 200))
      : answer.outcome === 'unknown-cvr'
        ? t.noCvr(answer.cvr)
        : t.pickOne;
  await context.sendActivity(MessageFactory.text(text));
}

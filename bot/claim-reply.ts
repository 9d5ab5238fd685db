import type { TurnContext } from 'botbuilder';
import { claimVacancy, type ClaimOutcome } from '../src/app/claim-vacancy.js';
import type { AlertVacancy } from '../src/ports/store.js';
import { statusLabel } from '../src/domain/vacancy-lifecycle.js';
import { errorCard } from './cards/simple.cards.js';
import { strings, type Locale } from './i18n/strings.js';
import { alertCardRenderer } from './alert-card-renderer.js';
import { defaultLocaleOf } from './activity-locale.js';
import type { ClaimData } from './cards/card-actions.js';
import { failureCard } from './failure-card.js';
import type { BotDeps } from './kontaktspor-bot.js';

type ClaimDeps = Pick<
  BotDeps,
  'store' | 'clock' | 'logger' | 'identify' | 'teamsAppId' | 'publicUrl' | 'jobnetJobordreUrl'
>;

/**
 * "Jeg tager den" on a vacancy alert: claims the vacancy for the clicker and answers with the alert
 * card as it now stands, with a line telling them whether they got it, in the card's language.
 */
export async function claimReplyCard(deps: ClaimDeps, context: TurnContext, claim: ClaimData): Promise<object> {
  const { vacancyId } = claim;
  const locale = claim.lang ?? defaultLocaleOf(context);
  const actor = await deps.identify(context);
  if (!actor) return errorCard('FORBIDDEN', locale);
  try {
    const { outcome, alert } = await claimVacancy(deps, actor, vacancyId);
    const render = alertCardRenderer(deps);
    return await render(actor.tenantId, alert, { locale, notice: claimNotice(outcome, alert, locale) });
  } catch (error) {
    return failureCard(deps.logger, error, locale, 'claim failed');
  }
}

function claimNotice(outcome: ClaimOutcome, alert: AlertVacancy, locale: Locale) {
  const s = strings(locale);
  if (outcome === 'claimed') return { text: s.claimWon, tone: 'good' as const };
  if (outcome === 'taken') return { text: s.claimLost(alert.claimedByName ?? '—'), tone: 'attention' as const };
  return { text: s.claimNotOpen(statusLabel(alert.vacancy.status, locale)), tone: 'attention' as const };
}

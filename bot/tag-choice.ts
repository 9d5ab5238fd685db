import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Actor } from '../src/domain/model.js';
import { DomainError } from '../src/domain/errors.js';
import { chooseTagCompany } from '../src/app/process-tag-job.js';
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
export async function answerTagChoice(deps: TagDeps, context: TurnContext, actor: Actor, submit: TagChoiceSubmit, locale: Locale): Promise<void> {
  const t = TEXT[locale];
  let companyId = submit.companyId;
  if (!companyId && submit.cvr) {
    const [company] = (await deps.store.findCompaniesByCvrPrefix(actor.tenantId, submit.cvr, 2)).filter((c) => c.cvr === submit.cvr);
    if (!company) {
      await context.sendActivity(MessageFactory.text(t.noCvr(submit.cvr)));
      return;
    }
    companyId = company.id;
  }
  if (!companyId) {
    await context.sendActivity(MessageFactory.text(t.pickOne));
    return;
  }
  await chooseTagCompany(deps, actor, submit.jobId, companyId);
  const [company] = await deps.store.getCompanySummaries(actor.tenantId, [companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  await context.sendActivity(MessageFactory.text(t.logged(cleanLine(company.name, 200))));
}

import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { chooseTagCompany } from './process-tag-job.js';
import type { TagDeps } from './tag-deps.js';

/** What the user answered to the tag choice card: a company they picked, or a CVR number they typed. */
export interface TagChoiceAnswer {
  jobId: string;
  companyId?: string | undefined;
  cvr?: string | undefined;
}

export type TagChoiceOutcome =
  { outcome: 'logged'; companyName: string } | { outcome: 'unknown-cvr'; cvr: string } | { outcome: 'nothing-chosen' };

/**
 * Logs a tagged item to the company the user chose on the card: the one they picked, else the one
 * whose CVR is exactly the number they typed. A picked company wins over a typed CVR.
 */
export async function answerTagChoice(deps: TagDeps, actor: Actor, answer: TagChoiceAnswer): Promise<TagChoiceOutcome> {
  let companyId = answer.companyId;
  if (!companyId && answer.cvr) {
    const sameStart = await deps.store.findCompaniesByCvrPrefix(actor.tenantId, answer.cvr, 2);
    const company = sameStart.find((c) => c.cvr === answer.cvr);
    if (!company) return { outcome: 'unknown-cvr', cvr: answer.cvr };
    companyId = company.id;
  }
  if (!companyId) return { outcome: 'nothing-chosen' };
  await chooseTagCompany(deps, actor, answer.jobId, companyId);
  const [company] = await deps.store.getCompanySummaries(actor.tenantId, [companyId]);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  return { outcome: 'logged', companyName: company.name };
}

import type { CompanyStore } from '../ports/store.js';
import type { Actor } from '../domain/model.js';

/**
 * The id a company has now: a merged company's old id (a link, a bookmark, an audit row) names its
 * survivor. An unknown id stays as given, so the read that follows answers NOT_FOUND as before.
 */
export async function currentCompanyId(
  store: Pick<CompanyStore, 'resolveCompanyId'>,
  actor: Actor,
  companyId: string,
): Promise<string> {
  return (await store.resolveCompanyId(actor.tenantId, companyId)) ?? companyId;
}

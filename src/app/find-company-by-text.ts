import type { Actor, CompanySummary } from '../domain/model.js';
import { toSearchKey } from '../domain/search-key.js';
import { searchCompanies } from './search-companies.js';

type Deps = Parameters<typeof searchCompanies>[0];

/** What a typed company reference names: one company, none, or several to choose from (best first). */
export type CompanyFromText =
  { kind: 'one'; companyId: string } | { kind: 'none' } | { kind: 'several'; companies: CompanySummary[] };

/** How many companies a free-text lookup reads before it calls the text ambiguous. */
export const TEXT_SEARCH_LIMIT = 100;

/**
 * The company a person means by free text ("historik Østergaard", a CVR, a P-number, a domain):
 * searched as the API searches, then narrowed by the ambiguity rule (pickCompany).
 */
export async function findCompanyByText(deps: Deps, actor: Actor, text: string): Promise<CompanyFromText> {
  const { items } = await searchCompanies(deps, actor, { q: text, limit: TEXT_SEARCH_LIMIT });
  return pickCompany(text, items);
}

/**
 * The ambiguity rule: a single hit is the company; among several, a single one whose name is the
 * text itself (spelled as search keys, so "Østergård" = "ostergaard") is the company; otherwise
 * the person chooses among all hits.
 */
export function pickCompany(text: string, hits: readonly CompanySummary[]): CompanyFromText {
  const exact = hits.filter((company) => toSearchKey(company.name) === toSearchKey(text));
  const candidates = exact.length === 1 ? exact : hits;
  if (candidates.length === 1) return { kind: 'one', companyId: candidates[0]!.id };
  if (candidates.length === 0) return { kind: 'none' };
  return { kind: 'several', companies: [...candidates] };
}

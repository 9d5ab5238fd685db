import type { AuditStore, CompanyStore } from '../ports/store.js';
import type { Actor, CompanySummary } from '../domain/model.js';
import { normalizeCvr, hasValidCvrChecksum } from '../domain/cvr.js';
import { domainOf, normalizeEmail } from '../domain/email-address.js';
import { toSearchKey } from '../domain/search-key.js';
import { AUDIT } from './audit-actions.js';
import { redactCpr } from '../domain/cpr.js';

type Deps = { store: CompanyStore & AuditStore };

export type SearchMode = 'all' | 'cvr' | 'p-number' | 'domain' | 'name';

/** Finds companies by whatever a person typed: a CVR (or its start), a P-number, a domain or email, or a name. */
export async function searchCompanies(
  { store }: Deps,
  actor: Actor,
  input: { q?: string | undefined; limit: number },
): Promise<{ mode: SearchMode; items: CompanySummary[] }> {
  const q = (input.q ?? '').trim();
  const { mode, run } = plan(q, input.limit);
  const items = await run(store, actor.tenantId);
  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.companySearch,
    // q is kept as typed for the search (P-numbers look like CPR numbers), but never stored so.
    criteria: { q: redactCpr(q), mode, hits: items.length },
  });
  return { mode, items };
}

type Run = (store: Deps['store'], tenantId: string) => Promise<CompanySummary[]>;

function plan(q: string, limit: number): { mode: SearchMode; run: Run } {
  if (q === '') return { mode: 'all', run: (s, t) => s.listCompanies(t, limit) };

  const digits = normalizeCvr(q) ?? (/^(dk)?[\d\s-]+$/i.test(q) ? q.replace(/^dk/i, '').replace(/[\s-]/g, '') : null);
  if (digits !== null) {
    if (digits.length === 10) return { mode: 'p-number', run: (s, t) => s.findCompaniesByPNumber(t, digits, limit) };
    if (digits.length === 8 && hasValidCvrChecksum(digits)) {
      return { mode: 'cvr', run: (s, t) => s.findCompaniesByCvrPrefix(t, digits, limit) };
    }
    if (digits.length >= 2 && digits.length < 8) {
      return { mode: 'cvr', run: (s, t) => s.findCompaniesByCvrPrefix(t, digits, limit) };
    }
    return { mode: 'cvr', run: async () => [] };
  }

  const email = normalizeEmail(q);
  const domain = email ? domainOf(email) : asDomain(q);
  if (domain) return { mode: 'domain', run: (s, t) => s.findCompaniesByDomain(t, domain, limit) };

  const key = toSearchKey(q);
  if (key === '') return { mode: 'name', run: async () => [] };
  return { mode: 'name', run: (s, t) => s.searchCompaniesByName(t, key, limit) };
}

/** "www.firma.dk" or "https://firma.dk/kontakt" -> "firma.dk"; null when it is not a domain. */
function asDomain(q: string): string | null {
  const host = q
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '');
  return /^(?=.{4,253}$)([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/.test(host) ? host : null;
}

/**
 * Ranks the companies an email's addresses point at, from lookups the store already did.
 * A known contact person's exact address counts even at a freemail provider (staff chose that
 * company for that address); a domain counts only for company domains, never freemail. Own,
 * municipal and invalid addresses never count.
 */
import { classifyAddress, domainOf, normalizeEmail } from './email-address.js';

/** An exact contact-person address known in the store. */
export interface ContactHit {
  email: string;
  companyId: string;
}

/** A company_domains row for one of the domains asked about. */
export interface DomainHit {
  domain: string;
  companyId: string;
}

export interface RankedMatch {
  companyId: string;
  reason: 'contact' | 'domain';
  /** The normalised addresses that point at this company, sorted. */
  emails: string[];
  score: number;
}

// A known contact person is exact knowledge and must outrank any number of domain matches
// found in one message, hence the two tiers. An address shared by several companies (a public
// employer's domain, or a person registered at two companies) splits its weight between them.
const CONTACT_WEIGHT = 1000;
const DOMAIN_WEIGHT = 1;

/** The normalised addresses worth looking up as contact persons (company or freemail), deduplicated. */
export function candidateEmails(emails: readonly string[], ownDomains: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const email of emails) {
    const normalized = normalizeEmail(email);
    const kind = normalized === null ? 'invalid' : classifyAddress(normalized, ownDomains);
    if (normalized !== null && (kind === 'candidate' || kind === 'freemail')) {
      seen.add(normalized);
    }
  }
  return [...seen];
}

/** The domains of the candidate addresses, worth looking up in company_domains, deduplicated. */
export function candidateDomains(emails: readonly string[], ownDomains: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const email of candidateEmails(emails, ownDomains)) {
    const domain = domainOf(email);
    if (domain !== null && classifyAddress(email, ownDomains) === 'candidate') seen.add(domain);
  }
  return [...seen];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null, value: (item: T) => string) {
  const groups = new Map<string, Set<string>>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k) ?? new Set<string>();
    group.add(value(item));
    groups.set(k, group);
  }
  return groups;
}

interface Tally {
  contactEmails: Set<string>;
  domainEmails: Set<string>;
  score: number;
}

/** Companies the addresses point at, best first (score desc, then companyId). */
export function rankCompanyMatches(
  emails: readonly string[],
  contactHits: readonly ContactHit[],
  domainHits: readonly DomainHit[],
  ownDomains: readonly string[],
): RankedMatch[] {
  const companiesByEmail = groupBy(
    contactHits,
    (hit) => normalizeEmail(hit.email),
    (hit) => hit.companyId,
  );
  const companiesByDomain = groupBy(
    domainHits,
    (hit) => hit.domain.trim().toLowerCase() || null,
    (hit) => hit.companyId,
  );
  const tallies = new Map<string, Tally>();
  const tally = (companyId: string): Tally => {
    const existing = tallies.get(companyId);
    if (existing) return existing;
    const created: Tally = { contactEmails: new Set(), domainEmails: new Set(), score: 0 };
    tallies.set(companyId, created);
    return created;
  };

  for (const email of candidateEmails(emails, ownDomains)) {
    const contactCompanies = companiesByEmail.get(email);
    if (contactCompanies && contactCompanies.size > 0) {
      // The exact address settles it: its domain is not counted again for other companies.
      for (const companyId of contactCompanies) {
        const t = tally(companyId);
        t.contactEmails.add(email);
        t.score += CONTACT_WEIGHT / contactCompanies.size;
      }
      continue;
    }
    const domain = classifyAddress(email, ownDomains) === 'candidate' ? domainOf(email) : null;
    const domainCompanies = domain === null ? undefined : companiesByDomain.get(domain);
    for (const companyId of domainCompanies ?? []) {
      const t = tally(companyId);
      t.domainEmails.add(email);
      t.score += DOMAIN_WEIGHT / (domainCompanies?.size ?? 1);
    }
  }

  return [...tallies.entries()]
    .map(([companyId, t]): RankedMatch => ({
      companyId,
      reason: t.contactEmails.size > 0 ? 'contact' : 'domain',
      emails: [...new Set([...t.contactEmails, ...t.domainEmails])].sort(),
      score: Math.round(t.score * 10_000) / 10_000,
    }))
    .sort((a, b) => b.score - a.score || (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0));
}

/**
 * The email domains a company writes from, taken from its register contact data: they let the
 * service suggest the company for a message. A secret (`hemmelig`) entry must never be stored or
 * shown (INTEGRATIONS.md, "CVR"), so it never becomes a domain either.
 */
import { domainOf, FREEMAIL_DOMAINS, isOwnDomain } from '../../domain/email-address.js';
import type { Kontaktoplysning } from './register-documents.js';
import { entries, isCurrent, text } from './register-values.js';

// A website on a social network names the network's host, which every other company shares.
const SHARED_WEBSITE_HOSTS: readonly string[] = [
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
];

const HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

function isSameOrSubdomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** The host of a website entry ("http://www.firma.dk/om" → "firma.dk"), or null. */
export function websiteHost(website: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `http://${website}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  // URL gives punycode for non-ASCII hosts (xn--...), which is also what mail headers carry.
  const bare = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (!HOST.test(bare)) return null;
  return SHARED_WEBSITE_HOSTS.some((shared) => isSameOrSubdomain(bare, shared)) ? null : bare;
}

function publicCurrentValues(list: readonly Kontaktoplysning[] | null | undefined): string[] {
  return entries(list)
    .filter((entry) => entry.hemmelig !== true && isCurrent(entry))
    .map((entry) => text(entry.kontaktoplysning))
    .filter((value): value is string => value !== null);
}

/** Lowercased, deduplicated, in document order: emails first, then websites. */
export function registerDomains(
  emails: readonly Kontaktoplysning[] | null | undefined,
  websites: readonly Kontaktoplysning[] | null | undefined,
  ownDomains: readonly string[],
): string[] {
  const candidates = [
    ...publicCurrentValues(emails).map((email) => domainOf(email)),
    ...publicCurrentValues(websites).map((website) => websiteHost(website)),
  ];
  const domains = new Set<string>();
  for (const domain of candidates) {
    if (domain === null || FREEMAIL_DOMAINS.has(domain) || isOwnDomain(domain, ownDomains)) continue;
    domains.add(domain);
  }
  return [...domains];
}

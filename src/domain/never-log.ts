/**
 * Never-log lists: addresses and domains whose mail is never stored in the shared history (a
 * doctor's clinic, a citizen's private address). Pure matching; the lists live in the store.
 */
import { normalizeEmail } from './email-address.js';

export type NeverLogKind = 'address' | 'domain';
export type NeverLogScope = 'tenant' | 'user';

export interface NeverLogRule {
  id: string;
  scope: NeverLogScope;
  kind: NeverLogKind;
  value: string;
}

const DOMAIN = /^(?=.{4,253}$)([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/;

/** An entry as typed ("Someone@Firma.dk", "@klinik.dk", "klinik.dk") in its stored form, or null. */
export function parseNeverLogValue(input: string): { kind: NeverLogKind; value: string } | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed.includes('@') && !trimmed.startsWith('@')) {
    const email = normalizeEmail(trimmed);
    return email ? { kind: 'address', value: email } : null;
  }
  const domain = trimmed.replace(/^@/, '');
  return DOMAIN.test(domain) ? { kind: 'domain', value: domain } : null;
}

/** Whether a rule covers an address: the address itself, or its domain or a subdomain of it. */
export function ruleCovers(rule: Pick<NeverLogRule, 'kind' | 'value'>, address: string): boolean {
  const email = address.trim().toLowerCase();
  if (rule.kind === 'address') return email === rule.value;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return domain === rule.value || domain.endsWith(`.${rule.value}`);
}

/** The first rule that covers one of the addresses, with the address it covers. */
export function findNeverLogHit(
  addresses: readonly (string | null | undefined)[],
  rules: readonly NeverLogRule[],
): { rule: NeverLogRule; address: string } | null {
  for (const address of addresses) {
    if (!address) continue;
    const rule = rules.find((candidate) => ruleCovers(candidate, address));
    if (rule) return { rule, address };
  }
  return null;
}

/** The rules split for a set-based query: whole addresses and domains. */
export function ruleValues(rules: readonly Pick<NeverLogRule, 'kind' | 'value'>[]): {
  addresses: string[];
  domains: string[];
} {
  return {
    addresses: rules.filter((rule) => rule.kind === 'address').map((rule) => rule.value),
    domains: rules.filter((rule) => rule.kind === 'domain').map((rule) => rule.value),
  };
}

/**
 * Email addresses as evidence of which company a message concerns. Freemail, the tenant's own
 * and municipal domains never identify a company (DOMAIN.md, "Email domains").
 */

export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.dk',
  'hotmail.co.uk',
  'outlook.com',
  'outlook.dk',
  'live.com',
  'live.dk',
  'msn.com',
  'yahoo.com',
  'yahoo.dk',
  'yahoo.co.uk',
  'ymail.com',
  'mail.dk',
  'jubii.dk',
  'icloud.com',
  'me.com',
  'mac.com',
  'protonmail.com',
  'protonmail.ch',
  'proton.me',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'aol.com',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'tdcadsl.dk',
  'webspeed.dk',
  'youmail.dk',
  'get2net.dk',
  'stofanet.dk',
  'post.tele.dk',
  'ofir.dk',
  'sol.dk',
  'email.dk',
  'worldonline.dk',
  'mail.tele.dk',
  'vip.cybercity.dk',
]);

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

// Deliberately modest: enough to reject typos and display names, not a full RFC 5322 parser.
const LOCAL_PART = /^[^\s@"(),:;<>[\]\\]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/** The stored form of an address (trimmed, lowercase), or null when it is not local@domain.tld. */
export function normalizeEmail(input: string): string | null {
  const email = input.normalize('NFC').trim().toLowerCase();
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return null;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  return TOP_LEVEL.test(labels[labels.length - 1] ?? '') ? email : null;
}

/** The domain of a valid address, or null. */
export function domainOf(email: string): string | null {
  const normalized = normalizeEmail(email);
  return normalized === null ? null : normalized.slice(normalized.lastIndexOf('@') + 1);
}

export type AddressClass = 'candidate' | 'freemail' | 'own' | 'invalid';

// Danish municipalities use <name>.kommune.dk or their own name; only the unambiguous patterns
// are listed (Københavns Kommune is kk.dk). A wrong "own" only hides a company suggestion.
const MUNICIPAL_DOMAINS: readonly string[] = ['kommune.dk', 'kk.dk'];

function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[@.]+/, '')
    .replace(/\.+$/, '');
}

function isSameOrSubdomain(domain: string, parent: string): boolean {
  return parent.length > 0 && (domain === parent || domain.endsWith(`.${parent}`));
}

/** True when the domain belongs to the tenant (or a subdomain of it) or to a municipality. */
export function isOwnDomain(domain: string, ownDomains: readonly string[]): boolean {
  const normalized = normalizeDomain(domain);
  return [...ownDomains.map(normalizeDomain), ...MUNICIPAL_DOMAINS].some((own) => isSameOrSubdomain(normalized, own));
}

/** Whether an address can point at a company ('candidate') or why it cannot. */
export function classifyAddress(email: string, ownDomains: readonly string[]): AddressClass {
  const domain = domainOf(email);
  if (domain === null) return 'invalid';
  if (isOwnDomain(domain, ownDomains)) return 'own';
  if (FREEMAIL_DOMAINS.has(domain)) return 'freemail';
  return 'candidate';
}

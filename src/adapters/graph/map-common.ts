/** Pieces the Graph message and event mappers share: people, attachment names, categories, ids. */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { Participant } from '../../domain/model.js';
import { normalizeEmail } from '../../domain/email-address.js';
import { cleanInlineText } from './html-to-excerpt.js';

export interface GraphMapOptions {
  /** The tenant's own mail domains; subdomains count as own too. */
  ownDomains: readonly string[];
  maxExcerptChars?: number;
}

export const MAX_PARTICIPANTS = 100;
export const MAX_ATTACHMENT_NAMES = 50;
const MAX_CATEGORIES = 50;
const MAX_NAME_CHARS = 200;
const MAX_FILE_NAME_CHARS = 255;
export const MAX_SUBJECT_CHARS = 500;

type Role = Participant['role'];
type Side = Participant['side'];

function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[@.]+/, '')
    .replace(/\.+$/, '');
}

/**
 * 'ours' when the address is in one of the tenant's domains (or a subdomain), 'theirs' for any
 * other valid address, null when there is no usable address. Unlike domain/isOwnDomain this does
 * not count every municipality as ours: mail from another kommune is inbound, not our own.
 * Exchange's X.500 addresses ("/O=EXCHANGELABS/...") only name recipients inside our own
 * organisation, so they are ours even though they are not email addresses.
 */
export function sideOfAddress(address: string | null | undefined, ownDomains: readonly string[]): Side | null {
  if (typeof address !== 'string') return null;
  if (isExchangeLegacyAddress(address)) return 'ours';
  const email = normalizeEmail(address);
  if (email === null) return null;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const own = ownDomains
    .map(normalizeDomain)
    .some((parent) => parent !== '' && (domain === parent || domain.endsWith(`.${parent}`)));
  return own ? 'ours' : 'theirs';
}

function isExchangeLegacyAddress(address: string): boolean {
  return /^\s*\/o=/i.test(address);
}

// Outlook often wraps display names in single quotes ("'Mette Kjær'").
function cleanName(name: string | null | undefined): string | null {
  const cleaned = cleanInlineText(name, MAX_NAME_CHARS);
  if (cleaned === null) return null;
  const unquoted = /^(['"])(.*)\1$/s.exec(cleaned)?.[2]?.trim();
  return unquoted === undefined ? cleaned : unquoted === '' ? null : unquoted;
}

/** A Graph recipient as a participant; null when it has neither a name nor a valid address. */
export function toParticipant(
  recipient: MicrosoftGraph.Recipient | null | undefined,
  role: Role,
  ownDomains: readonly string[],
): Participant | null {
  const address = recipient?.emailAddress?.address ?? null;
  const email = typeof address === 'string' ? normalizeEmail(address) : null;
  const name = cleanName(recipient?.emailAddress?.name);
  if (email === null && name === null) return null;
  return { name, email, role, side: sideOfAddress(address, ownDomains) ?? 'theirs' };
}

/** Participants in the given order, once per address and role, at most MAX_PARTICIPANTS. */
export function collectParticipants(
  groups: ReadonlyArray<readonly [ReadonlyArray<MicrosoftGraph.Recipient | null | undefined>, Role]>,
  ownDomains: readonly string[],
): Participant[] {
  const seen = new Set<string>();
  const participants: Participant[] = [];
  for (const [recipients, role] of groups) {
    for (const recipient of recipients) {
      if (participants.length >= MAX_PARTICIPANTS) return participants;
      const participant = toParticipant(recipient, role, ownDomains);
      if (participant === null) continue;
      // Without a valid address the name is all that tells two entries apart.
      const key = `${role}\u0000${participant.email ?? `name:${participant.name?.toLowerCase() ?? ''}`}`;
      if (seen.has(key)) continue;
      seen.add(key);
      participants.push(participant);
    }
  }
  return participants;
}

const REFERENCE_ATTACHMENT = '#microsoft.graph.referenceAttachment';

/** Graph names the attachment's kind in `@odata.type`, even under `$select`. */
type TypedAttachment = MicrosoftGraph.Attachment & { '@odata.type'?: string | null };

/**
 * Names of the attachments a person attached: inline ones (pictures in the body, signature logos)
 * are left out, but a cloud file (a referenceAttachment) is kept although Graph flags it inline.
 * Only present when the adapter expands them: `$expand=attachments($select=name,isInline)`.
 */
export function attachmentNames(
  attachments: ReadonlyArray<TypedAttachment | null | undefined> | null | undefined,
): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const attachment of attachments ?? []) {
    if (names.length >= MAX_ATTACHMENT_NAMES) break;
    if (!attachment) continue;
    if (attachment.isInline === true && attachment['@odata.type'] !== REFERENCE_ATTACHMENT) continue;
    // Bidi overrides are stripped here too: "faktura\u202Efdp.exe" would display as "fakturaexe.pdf".
    const name = cleanInlineText(attachment.name, MAX_FILE_NAME_CHARS);
    if (name === null || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** Outlook category names, cleaned and deduplicated (Outlook compares them without case). */
export function cleanCategories(categories: ReadonlyArray<string | null | undefined> | null | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const category of categories ?? []) {
    if (result.length >= MAX_CATEGORIES) break;
    const name = cleanInlineText(category, MAX_NAME_CHARS);
    if (name === null || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    result.push(name);
  }
  return result;
}

/** A subject line as display text; null when empty. */
export function cleanSubject(subject: string | null | undefined): string | null {
  return cleanInlineText(subject, MAX_SUBJECT_CHARS);
}

/** A trimmed identifier, or null when absent or blank. */
export function cleanId(value: string | null | undefined): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/** Graph always sends an id; a payload without one was not read from a mailbox. */
export function requireId(value: string | null | undefined, what: string): string {
  const id = cleanId(value);
  if (id === null) throw new TypeError(`Graph ${what} payload has no id`);
  return id;
}

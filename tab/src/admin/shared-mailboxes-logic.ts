/** The shared-mailbox panel's decisions as pure functions: what may be added, and how a row reads. */
import { stringsFor, type Lang } from '../common/i18n.js';
import { normalizeNeverLogValue } from './never-log-logic.js';
import { sectionName } from '../common/format-logic.js';
import type { Section, SharedMailbox } from '../../../web-shared/api-types.js';

/** Subscriptions a watched mailbox holds when all is well: messages and events. */
const FULLY_WATCHED = 2;

/** Checks the add form: an address (not a bare domain) not listed yet, and an owning section. */
export function checkSharedMailbox(
  input: { address: string; sectionId: string | null },
  existing: readonly Pick<SharedMailbox, 'address'>[],
  lang: Lang,
): { ok: true; address: string; sectionId: string } | { ok: false; field: 'address' | 'section'; error: string } {
  const t = stringsFor(lang).sharedMailboxes;
  // The never-log list's check accepts an address or a domain; a mailbox is an address.
  const address = normalizeNeverLogValue(input.address);
  if (!address?.includes('@')) return { ok: false, field: 'address', error: t.invalidAddress };
  if (existing.some((mailbox) => mailbox.address === address))
    return { ok: false, field: 'address', error: t.duplicate(address) };
  if (!input.sectionId) return { ok: false, field: 'section', error: t.missingSection };
  return { ok: true, address, sectionId: input.sectionId };
}

export interface SharedMailboxRow {
  id: string;
  address: string;
  section: string;
  watched: string;
}

export function sharedMailboxRows(
  mailboxes: readonly SharedMailbox[],
  sections: readonly Section[],
  lang: Lang,
): SharedMailboxRow[] {
  const t = stringsFor(lang).sharedMailboxes;
  return mailboxes.map((mailbox) => ({
    id: mailbox.id,
    address: mailbox.displayName ? `${mailbox.displayName} <${mailbox.address}>` : mailbox.address,
    section: sectionName(mailbox.sectionId, sections) ?? mailbox.sectionId,
    watched: mailbox.subscriptions >= FULLY_WATCHED ? t.watchedYes : t.watchedNo(mailbox.subscriptions),
  }));
}

/**
 * What the pane reads from an Outlook item, as pure functions: which addresses to look up, which to
 * remember for the company the user picked (the summary draft: summary-draft.ts). No React, no Office.
 */
import type { ContextMatch, PaneContext } from '../../web-shared/api-types.js';
import type { Address, ItemSnapshot } from './office-host.js';

/** The service takes at most 50 addresses per context look-up. */
export const MAX_CONTEXT_EMAILS = 50;

const norm = (email: string) => email.trim().toLowerCase();

/**
 * The addresses that may identify the company, author first: read mail -> the sender (the
 * recipients when I sent it); compose -> the recipients; meeting -> organizer and attendees.
 * Never my own address; deduplicated; at most 50.
 */
export function candidateAddresses(item: ItemSnapshot, myEmail?: string | null): Address[] {
  const me = myEmail ? norm(myEmail) : null;
  let list: (Address | null)[];
  if (item.kind === 'meeting') list = [item.organizer, ...item.attendees];
  else if (item.mode === 'compose') list = item.recipients;
  else if (item.from && norm(item.from.email) !== me) list = [item.from];
  else list = item.recipients;

  const seen = new Set<string>();
  const out: Address[] = [];
  for (const address of list) {
    if (!address) continue;
    const key = norm(address.email);
    if (!key || key === me || seen.has(key)) continue;
    seen.add(key);
    out.push({ email: key, name: address.name });
    if (out.length === MAX_CONTEXT_EMAILS) break;
  }
  return out;
}

/** The `email=` values for GET /api/context. */
export function chooseAddresses(item: ItemSnapshot, myEmail?: string | null): string[] {
  return candidateAddresses(item, myEmail).map((a) => a.email);
}

/**
 * Which address to remember as a contact of the company the user picked, so the next email from it
 * matches: only when exactly one outside address is in play (never our own or an invalid one),
 * and not when it already matched that company as a known contact.
 */
export function addressesToRemember(
  item: ItemSnapshot,
  context: Pick<PaneContext, 'ignored'> | null,
  myEmail: string | null | undefined,
  pickedCompanyId: string,
  pickedMatch?: Pick<ContextMatch, 'reason' | 'emails' | 'company'> | null,
): Address[] {
  const never = new Set((context?.ignored ?? []).filter((i) => i.reason !== 'freemail').map((i) => norm(i.email)));
  const outside = candidateAddresses(item, myEmail).filter((a) => !never.has(a.email));
  if (outside.length !== 1) return [];
  const [address] = outside as [Address];
  const known =
    pickedMatch?.company.id === pickedCompanyId &&
    pickedMatch.reason === 'contact' &&
    pickedMatch.emails.some((e) => norm(e) === address.email);
  return known ? [] : [address];
}

/** The demo mailboxes' cast: the seed's staff as mailbox users and its contact persons as correspondents. */
import type { SeedData } from '../../seed-data.js';
import type { Person } from '../graph-factories.js';
import { escapeHtml } from '../graph-text.js';
import type { MailboxUser } from '../graph-store.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type Staff = SeedData['staff'][number];
type Contact = SeedData['contacts'][number];
type Company = SeedData['companies'][number];

/** What the demo mailboxes are written from: the seed's people, known before its history is made. */
export type DemoPeople = Pick<SeedData, 'staff' | 'sections' | 'companies' | 'contacts'>;

export interface Correspondent {
  person: Person;
  company: Company;
  first: string;
}

export function personOf(staff: Staff): Person {
  return { name: staff.name, address: staff.email };
}

export function userOf(staff: Staff, seed: Pick<SeedData, 'sections'>): MailboxUser {
  const section = seed.sections.find((s) => s.id === staff.sectionId);
  return {
    id: staff.id,
    userPrincipalName: staff.email,
    mail: staff.email,
    displayName: staff.name,
    department: section?.name ?? null,
    jobTitle: 'Virksomhedskonsulent',
  };
}

/** One contact person (with an email address) from each of the first companies that have one. */
export function correspondents(seed: Pick<SeedData, 'companies' | 'contacts'>, count: number): Correspondent[] {
  const out: Correspondent[] = [];
  for (const company of seed.companies) {
    const contact = seed.contacts.find((c: Contact) => c.companyId === company.id && c.email);
    if (!contact?.email) continue;
    out.push({
      person: { name: contact.name, address: contact.email },
      company,
      first: contact.name.split(' ')[0] ?? contact.name,
    });
    if (out.length === count) break;
  }
  if (out.length < count)
    throw new Error(`The seed has only ${out.length} companies with an emailed contact; the demo needs ${count}.`);
  return out;
}

export function signature(c: Correspondent): string {
  return `Venlig hilsen<br>${escapeHtml(c.person.name)}<br>${escapeHtml(c.company.name)}<br>${escapeHtml(c.company.address)}, ${c.company.postcode} ${escapeHtml(c.company.city)}`;
}

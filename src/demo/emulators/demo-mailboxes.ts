/**
 * The demo's Outlook content: an inbox and a calendar for the demo user and two colleagues, written
 * around the seeded companies' contact persons. Deterministic for a given seed and `now`. Some items
 * sit in two or three mailboxes (same internetMessageId / iCalUId, different Graph ids) so the shared
 * history's dedupe can be shown; a few are there to be refused or cleaned: a private sender, a
 * colleague, a CPR number with health words, hostile HTML.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { SeedData } from '../seed-data.js';
import { buildEvent, graphTimestamp, type Person } from './graph-factories.js';
import type { MailboxUser } from './graph-store.js';
import { calendar } from './demo-mailboxes/calendar.js';
import { materialise, receivedAt } from './demo-mailboxes/message-plan.js';
import { DAY, personOf, type DemoPeople, type Staff } from './demo-mailboxes/people.js';
import { planMail } from './demo-mailboxes/plan-mail.js';

export type { DemoPeople } from './demo-mailboxes/people.js';

export interface DemoMailbox {
  user: MailboxUser;
  messages: MicrosoftGraph.Message[];
  events: MicrosoftGraph.Event[];
}

/**
 * For each company that emails (or is emailed) in the demo mailboxes, the arrival of its earliest
 * such mail. The demo inbox is mail nobody has acted on yet, so the seed's history with that company
 * ends before it (see buildSeedData): whatever the time of day, an item logged from the inbox is
 * newer than anything seeded for its company.
 */
export function inboxSince(people: DemoPeople, now: Date): Map<string, Date> {
  // A shared domain (two care homes) cannot tell its companies apart: its mail counts for each.
  const byDomain = new Map<string, string[]>();
  for (const company of people.companies) {
    for (const domain of company.domains)
      byDomain.set(domain.toLowerCase(), [...(byDomain.get(domain.toLowerCase()) ?? []), company.id]);
  }
  const companiesOf = (person: Person | null) =>
    person ? byDomain.get(person.address.split('@')[1]?.toLowerCase() ?? '') : undefined;
  const since = new Map<string, Date>();
  for (const { plan } of planMail(people).mail) {
    const companyIds = companiesOf(plan.from) ?? plan.to.map(companiesOf).find((ids) => ids !== undefined) ?? [];
    const received = receivedAt(plan, now.getTime());
    for (const id of plan.isDraft ? [] : companyIds) {
      if (received < (since.get(id)?.getTime() ?? Infinity)) since.set(id, new Date(received));
    }
  }
  return since;
}

/** Mailboxes for the demo user (staff[0]) and two colleagues (staff[1], staff[2]), ready for `addMailbox`. */
export function demoMailboxes(seed: SeedData, now: Date = new Date()): DemoMailbox[] {
  const { users, mail, c } = planMail(seed);
  const [meUser, soerenUser] = users;
  const [mette, soeren] = seed.staff as [Staff, Staff];
  const me = personOf(mette);
  const t = now.getTime();
  const boxes: DemoMailbox[] = users.map((user) => ({ user, messages: [], events: [] }));
  for (const { plan, boxes: holders } of mail) {
    for (const index of holders) {
      const box = boxes[index];
      if (box) box.messages.push(materialise(plan, box.user, t));
    }
  }

  const meEvents = calendar(me, personOf(soeren), c, meUser, t);
  boxes[0]?.events.push(...meEvents.values());
  // The same visit in Søren's calendar: same iCalUId, his own Graph id, he is an attendee.
  const visit = meEvents.get('visit');
  if (visit) {
    const { id: _id, webLink: _webLink, changeKey: _changeKey, ...rest } = visit;
    boxes[1]?.events.push(
      buildEvent(
        {
          ...rest,
          isOrganizer: false,
          responseStatus: { response: 'accepted', time: graphTimestamp(new Date(t - DAY)) },
        },
        { seed: `demo|${soerenUser.id}|event|visit`, mailboxId: soerenUser.id, now },
      ),
    );
  }
  return boxes;
}

/** Which planned mail sits in which demo mailbox, the colleagues' own mail included. */
import type { MailboxUser } from '../graph-store.js';
import { escapeHtml } from '../graph-text.js';
import { companyMessages } from './company-mail.js';
import type { MessagePlan } from './message-plan.js';
import { otherMessages } from './other-mail.js';
import { correspondents, personOf, signature, userOf, type Correspondent, type DemoPeople } from './people.js';

/** Every planned mail with the mailboxes (0: the demo user, 1, 2: colleagues) it sits in. */
export function planMail(people: DemoPeople): {
  users: [MailboxUser, MailboxUser, MailboxUser];
  mail: { plan: MessagePlan; boxes: number[] }[];
  c: Correspondent[];
} {
  const [mette, soeren, camilla] = people.staff;
  if (!mette || !soeren || !camilla) throw new Error('The demo mailboxes need at least three staff members.');
  const users = [mette, soeren, camilla].map((staff) => userOf(staff, people)) as [
    MailboxUser,
    MailboxUser,
    MailboxUser,
  ];
  const [, soerenUser, camillaUser] = users;
  const c = correspondents(people, 12);
  const me = personOf(mette);
  const plans = [
    ...companyMessages(me, [personOf(soeren), personOf(camilla)], c),
    ...otherMessages(me, personOf(soeren), c),
  ];
  const mail = plans.map((plan) => ({ plan, boxes: [0, ...(plan.alsoIn ?? [])] }));
  // The colleagues' own mail.
  const own = (
    i: number,
    key: string,
    subject: string,
    text: string,
    hoursAgo: number,
    to: MailboxUser,
  ): MessagePlan => ({
    key,
    from: (c[i] as Correspondent).person,
    to: [{ name: to.displayName, address: to.mail }],
    subject,
    paragraphs: [`Hej ${to.displayName.split(' ')[0] ?? ''}`, escapeHtml(text), signature(c[i] as Correspondent)],
    hoursAgo,
  });
  mail.push({
    plan: own(
      6,
      'soeren-1',
      'Ny medarbejder i fleksjob',
      'Vi vil gerne høre om mulighederne for endnu et fleksjob i vores værksted.',
      8,
      soerenUser,
    ),
    boxes: [1],
  });
  mail.push({
    plan: own(
      9,
      'soeren-2',
      'Praktik i kantinen',
      'Praktikanten har gjort det godt. Kan forløbet forlænges med to uger?',
      40,
      soerenUser,
    ),
    boxes: [1],
  });
  mail.push({
    plan: own(
      10,
      'camilla-1',
      'Sommerferieafløsere',
      'Vi mangler afløsere i juli. Har I nogle kandidater?',
      15,
      camillaUser,
    ),
    boxes: [2],
  });
  return { users, mail, c };
}

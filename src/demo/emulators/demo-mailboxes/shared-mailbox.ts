/** The demo's shared mailbox (jobordre@roskilde.dk): a couple of employers announcing vacancies. */
import type { SeedData } from '../../seed-data.js';
import { DEMO_SHARED_MAILBOX } from '../../demo-shared-mailbox.js';
import { sharedMailboxUser } from '../graph-shared-mailbox.js';
import { materialise, type MessagePlan } from './message-plan.js';
import { correspondents, signature } from './people.js';
import type { DemoMailbox } from '../demo-mailboxes.js';

export function demoSharedMailbox(seed: Pick<SeedData, 'companies' | 'contacts'>, now: Date): DemoMailbox {
  const user = sharedMailboxUser({
    id: DEMO_SHARED_MAILBOX.graphUserId,
    address: DEMO_SHARED_MAILBOX.address,
    displayName: DEMO_SHARED_MAILBOX.displayName,
  });
  const jobordre = { name: DEMO_SHARED_MAILBOX.displayName, address: DEMO_SHARED_MAILBOX.address };
  const [first, second] = correspondents(seed, 2);
  const plans: MessagePlan[] = [
    {
      key: 'jobordre-1',
      from: first!.person,
      to: [jobordre],
      subject: 'Ny stilling: lagermedarbejder, 2 stillinger',
      paragraphs: [
        'Hej Jobcenter Roskilde',
        'Vi søger to lagermedarbejdere til fast ansættelse fra næste måned. Vil I hjælpe med at finde kandidater?',
        signature(first!),
      ],
      hoursAgo: 3,
    },
    {
      key: 'jobordre-2',
      from: second!.person,
      to: [jobordre],
      subject: 'Praktikplads til en ledig?',
      paragraphs: [
        'Hej',
        'Vi har plads til en i virksomhedspraktik i fire uger. Ring gerne, så aftaler vi det nærmere.',
        signature(second!),
      ],
      hoursAgo: 26,
    },
  ];
  return { user, messages: plans.map((plan) => materialise(plan, user, now.getTime())), events: [] };
}

/**
 * The demo's Outlook content: an inbox and a calendar for the demo user and two colleagues, written
 * around the seeded companies' contact persons. Deterministic for a given seed and `now`. Some items
 * sit in two or three mailboxes (same internetMessageId / iCalUId, different Graph ids) so the shared
 * history's dedupe can be shown; a few are there to be refused or cleaned: a private sender, a
 * colleague, a CPR number with health words, hostile HTML.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { SeedData } from '../seed-data.js';
import {
  attendee,
  buildAttachment,
  buildEvent,
  buildMessage,
  graphTimestamp,
  meetingRoom,
  occurrenceOf,
  place,
  recipient,
  teamsMeeting,
  weeklyRecurrence,
  type Person,
} from './graph-factories.js';
import { hexFor } from './graph-ids.js';
import { escapeHtml, outlookHtml } from './graph-text.js';
import { formatGraphDateTime } from './graph-timezone.js';
import type { MailboxUser } from './graph-store.js';

export interface DemoMailbox {
  user: MailboxUser;
  messages: MicrosoftGraph.Message[];
  events: MicrosoftGraph.Event[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Staff = SeedData['staff'][number];
type Contact = SeedData['contacts'][number];
type Company = SeedData['companies'][number];

interface Correspondent {
  person: Person;
  company: Company;
  first: string;
}

interface MessagePlan {
  key: string;
  from: Person | null;
  to: Person[];
  cc?: Person[];
  subject: string;
  paragraphs: string[];
  /** Hours before `now`. */
  hoursAgo: number;
  attachments?: { name: string; contentType: string; isInline?: boolean }[];
  /** Extra mailboxes (by staff index 1, 2) holding the same message. */
  alsoIn?: number[];
  isDraft?: boolean;
}

function personOf(staff: Staff): Person {
  return { name: staff.name, address: staff.email };
}

function userOf(staff: Staff, seed: Pick<SeedData, 'sections'>): MailboxUser {
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
function correspondents(seed: Pick<SeedData, 'companies' | 'contacts'>, count: number): Correspondent[] {
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

function signature(c: Correspondent): string {
  return `Venlig hilsen<br>${escapeHtml(c.person.name)}<br>${escapeHtml(c.company.name)}<br>${escapeHtml(c.company.address)}, ${c.company.postcode} ${escapeHtml(c.company.city)}`;
}

function companyMessages(me: Person, colleagues: Person[], c: Correspondent[]): MessagePlan[] {
  const hej = 'Hej Mette';
  const at = (i: number): Correspondent => c[i] as Correspondent;
  const mail = (
    i: number,
    key: string,
    subject: string,
    text: string[],
    hoursAgo: number,
    extra: Partial<MessagePlan> = {},
  ): MessagePlan => ({
    key,
    from: at(i).person,
    to: [me],
    subject,
    paragraphs: [hej, ...text.map(escapeHtml), signature(at(i))],
    hoursAgo,
    ...extra,
  });
  return [
    mail(
      0,
      'lager',
      'Ledige stillinger som lagermedarbejder',
      [
        'Vi skal bruge tre lagermedarbejdere fra 1. august, gerne med truckcertifikat. Kan I sende os nogle kandidater?',
        'Stillingsopslaget er vedhæftet.',
      ],
      5,
      { attachments: [{ name: 'Stillingsopslag - lagermedarbejder.pdf', contentType: 'application/pdf' }] },
    ),
    mail(
      1,
      'praktik',
      'Praktikplads til en kandidat?',
      ['Vi har plads til en i virksomhedspraktik i kantinen i fire uger. Vi vil gerne høre, om I har en, der passer.'],
      20,
    ),
    mail(
      2,
      'loentilskud',
      'Spørgsmål om løntilskud',
      ['Hvordan fungerer løntilskud hos private arbejdsgivere, og hvor lang tid tager det at få en aftale på plads?'],
      29,
    ),
    mail(
      3,
      'fleksjob',
      'Fleksjob – muligheder hos os',
      [
        'Vi kunne godt tænke os at oprette et fleksjob på 15 timer om ugen i vores administration. Kan vi tage en snak om det?',
      ],
      47,
    ),
    {
      ...mail(
        4,
        'opfoelgning',
        'Opfølgning på vores møde i går',
        [
          'Tak for et godt møde. Som aftalt sender jeg vores rekrutteringsplan for efteråret.',
          'Jeg har sat Søren og Camilla på, da de også var med.',
        ],
        52,
        {
          attachments: [
            {
              name: 'Rekrutteringsplan efterår.xlsx',
              contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          ],
        },
      ),
      cc: [
        ...colleagues,
        { name: 'Jesper Holm', address: `jesper.holm@${at(4).company.domains[0] ?? 'example.dk'}` },
        { name: 'Lone Berg', address: `lone.berg@${at(4).company.domains[0] ?? 'example.dk'}` },
        { name: 'Lars Winther', address: `lars.winther@${at(4).company.domains[0] ?? 'example.dk'}` },
      ],
      alsoIn: [1, 2],
    },
    mail(
      5,
      'chauffoer',
      'Jobordre: 3 chauffører (C/CE)',
      [
        'Vi melder hermed tre stillinger som chauffør ind. Kørekort C/CE og chaufføruddannelse er et krav. Ansøgningsfrist om tre uger.',
      ],
      70,
      {
        attachments: [
          {
            name: 'Jobordre chauffør.docx',
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          },
        ],
        alsoIn: [1],
      },
    ),
    mail(
      6,
      'besoeg',
      'Re: Virksomhedsbesøg næste uge',
      ['Torsdag kl. 10 passer fint. I er velkomne til at parkere i gården.'],
      75,
    ),
    mail(
      7,
      'voksenlaerling',
      'Voksenlærling inden for VVS',
      [
        'Vi overvejer at ansætte en voksenlærling. Hvilke tilskud kan vi søge, og kan I hjælpe med at finde en kandidat?',
      ],
      98,
    ),
    mail(
      8,
      'partnerskab',
      'Samarbejdsaftale (partnerskab) – udkast',
      [
        'Vedhæftet er vores udkast til en partnerskabsaftale om rekruttering og praktik. Kig gerne på punkt 3 om opfølgning.',
      ],
      120,
      {
        attachments: [
          { name: 'Partnerskabsaftale udkast v2.pdf', contentType: 'application/pdf' },
          { name: 'image001.png', contentType: 'image/png', isInline: true },
        ],
      },
    ),
    mail(
      9,
      'mentor',
      'Mentorordning for ny medarbejder',
      ['Vores nye medarbejder kunne have gavn af en mentor de første måneder. Hvordan søger vi om mentorstøtte?'],
      150,
    ),
    mail(
      10,
      'jobrotation',
      'Jobrotation – uddannelse af vores medarbejdere',
      ['Vi sender fire medarbejdere på AMU-kursus i oktober og vil gerne have vikarer gennem jobrotation.'],
      170,
    ),
    mail(
      11,
      'igu',
      'IGU-forløb',
      ['Vi har gode erfaringer med IGU og vil gerne tage to nye elever i lager og logistik.'],
      200,
      { alsoIn: [2] },
    ),
    mail(
      0,
      'cpr',
      'Vedr. vores medarbejder – fastholdelse',
      [
        'Vi har en medarbejder, cpr 010190-1234, som har været sygemeldt med stress siden marts. Lægen har stillet diagnosen depression, og vi vil gerne fastholde ham på nedsat tid.',
        'Kan I hjælpe med et fastholdelsesforløb?',
      ],
      30,
    ),
  ];
}

function otherMessages(me: Person, colleague: Person, c: Correspondent[]): MessagePlan[] {
  const hostileCompany = c[3] as Correspondent;
  const domain = hostileCompany.company.domains[0] ?? 'example.dk';
  const customer = c[1] as Correspondent;
  return [
    {
      key: 'hostile',
      from: { name: '<img src=x onerror=alert(1)>', address: `kontakt@${domain}` },
      to: [me],
      subject: 'Tilbud <script>alert(1)</script>',
      paragraphs: [
        'Hej',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'Se vores tilbud på <a href="javascript:alert(1)">dette link</a>.',
      ],
      hoursAgo: 9,
    },
    {
      key: 'gmail',
      from: { name: 'Jens Mikkelsen', address: 'jens.mikkelsen84@gmail.com' },
      to: [me],
      subject: 'Spørgsmål om ledige job',
      paragraphs: ['Hej', 'Jeg så jeres opslag om lagerjob og vil gerne høre, om jeg kan søge.', 'Mvh Jens'],
      hoursAgo: 13,
    },
    {
      key: 'colleague',
      from: colleague,
      to: [me],
      subject: `Fwd: Kontakt hos ${customer.company.name}`,
      paragraphs: [
        'Hej Mette',
        `Til orientering: ${escapeHtml(customer.person.name)} er ny kontaktperson hos ${escapeHtml(customer.company.name)}.`,
        'Hilsen Søren',
      ],
      hoursAgo: 26,
    },
    {
      key: 'outbound',
      from: me,
      to: [customer.person],
      subject: 'Tilbud om hjælp til rekruttering',
      paragraphs: [
        `Hej ${escapeHtml(customer.first)}`,
        'Tak for snakken. Jobcentret kan hjælpe med opslag, screening af kandidater og virksomhedspraktik.',
        'Venlig hilsen<br>Mette Kjærgaard<br>Jobcenter Roskilde',
      ],
      hoursAgo: 18,
    },
    {
      key: 'draft',
      from: null,
      to: [],
      subject: 'Udkast: Invitation til jobmesse',
      paragraphs: ['Kære samarbejdspartner', 'Vi inviterer til jobmesse i Roskilde Kongrescenter.'],
      hoursAgo: 3,
      isDraft: true,
    },
  ];
}

function receivedAt(plan: MessagePlan, now: number): number {
  return Math.floor((now - plan.hoursAgo * HOUR) / 1000) * 1000;
}

function materialise(plan: MessagePlan, owner: MailboxUser, now: number): MicrosoftGraph.Message {
  const received = new Date(receivedAt(plan, now));
  const domain = plan.from?.address.split('@')[1] ?? 'roskilde.dk';
  const options = { seed: `demo|${owner.id}|${plan.key}`, mailboxId: owner.id, now: new Date(now) };
  const fromMe = plan.from?.address === owner.mail;
  return buildMessage(
    {
      subject: plan.subject,
      from: plan.from ? recipient(plan.from) : null,
      sender: plan.from ? recipient(plan.from) : null,
      toRecipients: plan.to.map(recipient),
      ccRecipients: (plan.cc ?? []).map(recipient),
      receivedDateTime: graphTimestamp(received),
      sentDateTime: plan.isDraft ? null : graphTimestamp(new Date(received.getTime() - 4_000)),
      internetMessageId: `<${hexFor(16, `demo|mid|${plan.key}`)}@${domain.includes('roskilde.dk') ? 'roskilde.dk' : domain}>`,
      body: { contentType: 'html', content: outlookHtml(plan.paragraphs) },
      attachments: (plan.attachments ?? []).map((a) => buildAttachment({ ...a, lastModified: received }, options)),
      isDraft: plan.isDraft ?? false,
      isRead: plan.hoursAgo > 12 || fromMe,
    },
    options,
  );
}

function utc(now: number, days: number, hour: number, minute = 0): string {
  const day = Math.floor(now / DAY) * DAY;
  return formatGraphDateTime(day + days * DAY + hour * HOUR + minute * 60_000);
}

function calendar(
  me: Person,
  soeren: Person,
  c: Correspondent[],
  owner: MailboxUser,
  now: number,
): Map<string, MicrosoftGraph.Event> {
  const opts = (key: string) => ({ seed: `demo|${owner.id}|event|${key}`, mailboxId: owner.id, now: new Date(now) });
  const shared = (key: string) => `040000008200E00074C5B7101A82E00800000000${hexFor(72, `demo|ical|${key}`)}`;
  const at = (i: number) => c[i] as Correspondent;
  const events = new Map<string, MicrosoftGraph.Event>();
  const visit = at(6);
  events.set(
    'visit',
    buildEvent(
      {
        subject: `Virksomhedsbesøg hos ${visit.company.name}`,
        iCalUId: shared('visit'),
        start: { dateTime: utc(now, 3, 8), timeZone: 'UTC' },
        end: { dateTime: utc(now, 3, 9, 30), timeZone: 'UTC' },
        location: place(visit.company.name, {
          street: visit.company.address,
          postalCode: visit.company.postcode,
          city: visit.company.city,
          countryOrRegion: 'Danmark',
        }),
        attendees: [attendee(visit.person, 'required', 'accepted'), attendee(soeren, 'required', 'accepted')],
        organizer: recipient(me),
        body: {
          contentType: 'html',
          content: outlookHtml([
            'Besøg og rundvisning. Vi taler om rekruttering til produktionen og muligheder for praktik.',
          ]),
        },
      },
      opts('visit'),
    ),
  );
  events.set(
    'jobfair',
    buildEvent(
      {
        subject: 'Jobmesse – Roskilde Kongrescenter',
        isAllDay: true,
        showAs: 'free',
        start: { dateTime: utc(now, 9, 0), timeZone: 'UTC' },
        end: { dateTime: utc(now, 10, 0), timeZone: 'UTC' },
        location: place('Roskilde Kongrescenter', {
          street: 'Møllehusvej 15',
          postalCode: '4000',
          city: 'Roskilde',
          countryOrRegion: 'Danmark',
        }),
        attendees: [],
        organizer: recipient(me),
      },
      opts('jobfair'),
    ),
  );
  const network = buildEvent(
    {
      subject: 'Netværksmøde: Erhvervsforum Roskilde',
      type: 'seriesMaster',
      iCalUId: shared('network'),
      start: { dateTime: utc(now, -14, 7), timeZone: 'UTC' },
      end: { dateTime: utc(now, -14, 8), timeZone: 'UTC' },
      recurrence: weeklyRecurrence(utc(now, -14, 0).slice(0, 10), 8),
      location: place('Roskilde Rådhus, mødesal 1'),
      attendees: [attendee(at(0).person), attendee(at(2).person), attendee(at(5).person)],
      organizer: recipient(me),
    },
    opts('network'),
  );
  events.set('network-master', network);
  events.set(
    'network-occurrence',
    occurrenceOf(
      network,
      {
        start: { dateTime: utc(now, 0, 7), timeZone: 'UTC' },
        end: { dateTime: utc(now, 0, 8), timeZone: 'UTC' },
      },
      opts('network-occurrence'),
    ),
  );
  events.set(
    'network-exception',
    occurrenceOf(
      network,
      {
        type: 'exception',
        subject: 'Netværksmøde: Erhvervsforum Roskilde (flyttet)',
        originalStart: `${utc(now, 7, 7).slice(0, 19)}Z`,
        start: { dateTime: utc(now, 7, 12), timeZone: 'UTC' },
        end: { dateTime: utc(now, 7, 13), timeZone: 'UTC' },
      },
      opts('network-exception'),
    ),
  );
  const room = meetingRoom({ name: 'Mødelokale 2.14 (Jobcenter Roskilde)', address: 'moedelokale-214@roskilde.dk' });
  events.set(
    'room',
    buildEvent(
      {
        subject: `Afklaring af løntilskud med ${at(2).company.name}`,
        start: { dateTime: utc(now, 1, 12), timeZone: 'UTC' },
        end: { dateTime: utc(now, 1, 13), timeZone: 'UTC' },
        location: room.location,
        locations: [room.location],
        attendees: [attendee(at(2).person, 'required', 'tentativelyAccepted'), room.attendee],
        organizer: recipient(me),
      },
      opts('room'),
    ),
  );
  // Entered in Danish local time: the store keeps it in UTC with originalStartTimeZone Europe/Copenhagen.
  const local = utc(now, 2, 0).slice(0, 10);
  events.set(
    'local',
    buildEvent(
      {
        subject: 'Opfølgning på praktikforløb',
        start: { dateTime: `${local}T10:00:00.0000000`, timeZone: 'Europe/Copenhagen' },
        end: { dateTime: `${local}T10:45:00.0000000`, timeZone: 'Europe/Copenhagen' },
        location: place(at(1).company.name),
        attendees: [attendee(at(1).person, 'required', 'accepted')],
        organizer: recipient(me),
      },
      opts('local'),
    ),
  );
  events.set(
    'teams',
    buildEvent(
      {
        subject: 'Online møde: rekrutteringsbehov i efteråret',
        start: { dateTime: utc(now, -2, 13), timeZone: 'UTC' },
        end: { dateTime: utc(now, -2, 13, 30), timeZone: 'UTC' },
        ...teamsMeeting(opts('teams')),
        location: {
          displayName: 'Microsoft Teams-møde',
          locationType: 'default',
          uniqueId: 'Microsoft Teams-møde',
          uniqueIdType: 'private',
        },
        attendees: [attendee(at(4).person, 'required', 'accepted')],
        organizer: recipient(at(4).person),
        isOrganizer: false,
        responseStatus: { response: 'accepted', time: graphTimestamp(new Date(now - 4 * DAY)) },
      },
      opts('teams'),
    ),
  );
  return events;
}

/** What the demo mailboxes are written from: the seed's people, known before its history is made. */
export type DemoPeople = Pick<SeedData, 'staff' | 'sections' | 'companies' | 'contacts'>;

/** Every planned mail with the mailboxes (0: the demo user, 1, 2: colleagues) it sits in. */
function planMail(people: DemoPeople): {
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

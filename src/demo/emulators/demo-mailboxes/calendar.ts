/**
 * The demo user's calendar: a company visit (also in Søren's calendar), an all-day job fair, a weekly
 * series with an occurrence and an exception, a room booking, a Danish-local-time entry and a Teams meeting.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  attendee,
  buildEvent,
  graphTimestamp,
  meetingRoom,
  occurrenceOf,
  place,
  recipient,
  teamsMeeting,
  weeklyRecurrence,
  type Person,
} from '../graph-factories.js';
import { hexFor } from '../graph-ids.js';
import { outlookHtml } from '../graph-text.js';
import { formatGraphDateTime } from '../graph-timezone.js';
import type { MailboxUser } from '../graph-store.js';
import { DAY, HOUR, type Correspondent } from './people.js';

function utc(now: number, days: number, hour: number, minute = 0): string {
  const day = Math.floor(now / DAY) * DAY;
  return formatGraphDateTime(day + days * DAY + hour * HOUR + minute * 60_000);
}

export function calendar(
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

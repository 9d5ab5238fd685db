import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { mapGraphEvent, unknownTimeZones } from '../../src/adapters/graph/map-event.js';
import { graphDateTimeToUtc, resolveTimeZone } from '../../src/adapters/graph/time-zones.js';
import { WINDOWS_ZONES } from '../../src/adapters/graph/windows-zones.js';
import { meetingSourceKey } from '../../src/domain/source-key.js';

function fixture<T = MicrosoftGraph.Event>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/graph/${name}.json`, import.meta.url), 'utf8')) as T;
}

function seriesInstances(): MicrosoftGraph.Event[] {
  return fixture<{ value: MicrosoftGraph.Event[] }>('event-series-instances').value;
}

function instance(index: number): MicrosoftGraph.Event {
  const event = seriesInstances()[index];
  assert.ok(event, `instance ${index} in the fixture`);
  return event;
}

const OPTIONS = { ownDomains: ['fjordby.dk'] } as const;

const utc = (dateTime: string, timeZone: string) => graphDateTimeToUtc({ dateTime, timeZone })?.toISOString();

describe('mapGraphEvent', () => {
  it('when a single meeting books a room and a projector, then it is keyed on its iCalUId and only people take part', () => {
    const event = fixture('event-single-with-room');
    const item = mapGraphEvent(event, OPTIONS);

    assert.equal(item.kind, 'meeting');
    assert.equal(item.graphId, event.id);
    assert.equal(item.iCalUId, event.iCalUId);
    assert.equal(item.sourceKey, meetingSourceKey(event.iCalUId ?? ''));
    assert.equal(item.internetMessageId, null);
    assert.equal(item.occurredAt.toISOString(), '2026-04-14T08:00:00.000Z');
    assert.equal(item.endsAt?.toISOString(), '2026-04-14T09:30:00.000Z');
    assert.equal(item.isAllDay, false);
    assert.equal(item.subject, 'Virksomhedsbesøg: Havnens Pakkeri – sæsonrekruttering');
    assert.deepEqual(item.participants, [
      { name: 'Jens Holm', email: 'jens.holm@fjordby.dk', role: 'organizer', side: 'ours' },
      { name: 'Sara Holm', email: 'sara.holm@havnens-pakkeri.dk', role: 'attendee', side: 'theirs' },
      { name: 'Anne Bech', email: 'anne.bech@jobcenter.fjordby.dk', role: 'attendee', side: 'ours' },
    ]);
    assert.equal(item.direction, null);
    assert.equal(item.isDraft, false);
    assert.deepEqual(item.categories, ['Kontaktspor']);
    assert.deepEqual(item.attachmentNames, []);
    assert.ok(item.excerpt?.startsWith('Hej Sara\nTak fordi vi må komme forbi. Dagsorden:\n1. Jeres behov'));
    assert.doesNotMatch(item.excerpt ?? '', /Adgangskode|Møde-id|Klik her/);
  });

  it("when Microsoft's documented Teams meeting is mapped, then its start is in UTC and the excerpt has no dial-in number, conference id or link", () => {
    const event = fixture('event-teams-online-meeting');
    const item = mapGraphEvent(event, OPTIONS);

    assert.equal(item.occurredAt.toISOString(), '2019-11-20T21:00:00.000Z', '13:00 Pacific Standard Time');
    assert.equal(item.excerpt, 'Does this time work for you?');
    assert.equal(
      mapGraphEvent({ ...event, body: null }, OPTIONS).excerpt,
      'Does this time work for you?',
      'from the bodyPreview',
    );
    for (const secret of [
      event.onlineMeeting?.tollNumber,
      '323-886-7531',
      '291 633 251',
      'Conference ID',
      'teams.microsoft.com',
    ]) {
      assert.ok(!item.excerpt?.includes(secret ?? '?'), secret ?? '');
    }
  });

  it("when a room was typed in as an ordinary attendee, then the event's location still marks it as a room", () => {
    const event = fixture('event-single-with-room');
    const attendees = (event.attendees ?? []).map((a) =>
      a.emailAddress?.address === 'moedelokale-havnen@fjordby.dk' ? { ...a, type: 'required' as const } : a,
    );

    const item = mapGraphEvent({ ...event, attendees }, OPTIONS);

    assert.ok(!item.participants.some((p) => p.email === 'moedelokale-havnen@fjordby.dk'));
    assert.equal(item.participants.length, 3);
  });

  it("when the same meeting is read from the organiser's and an attendee's calendar, then the source key is the same", () => {
    const organizers = fixture('event-single-with-room');
    const attendees: MicrosoftGraph.Event = {
      ...fixture('event-single-with-room'),
      id: 'AAMkAGM4ZTE2YjQ1LTQ2YjItNDQ0OS05NmUxLTc4ZWZiYTM5ZGY0NABGAAAAAAD1v0c3tJ2RR5pX4yE0qkLLBwCq0r2w5ZxTRqZ6l1nN8nSdAAAAAAENAACq0r2w5ZxTRqZ6l1nN8nSdAAAN2x4gAAA=',
      isOrganizer: false,
      responseStatus: { response: 'tentativelyAccepted', time: '2026-03-20T12:40:03.0000000Z' },
    };
    const a = mapGraphEvent(organizers, OPTIONS);
    const b = mapGraphEvent(attendees, OPTIONS);
    assert.notEqual(a.graphId, b.graphId);
    assert.equal(a.sourceKey, b.sourceKey);
  });

  it("when an event lasts all day, then it is that calendar date at 00:00 UTC to the next, not the zone's midnight", () => {
    const item = mapGraphEvent(fixture('event-all-day'), OPTIONS);

    assert.equal(item.isAllDay, true);
    assert.equal(item.occurredAt.toISOString(), '2026-04-16T00:00:00.000Z');
    assert.equal(item.endsAt?.toISOString(), '2026-04-17T00:00:00.000Z');
    assert.equal(item.excerpt, 'Stande fra 24 virksomheder. Virksomhedsservice bemander informationen hele dagen.');
    assert.deepEqual(
      item.participants.map((p) => [p.role, p.email]),
      [
        ['organizer', 'anne.bech@jobcenter.fjordby.dk'],
        ['attendee', 'jens.holm@fjordby.dk'],
        ['attendee', 'ole.strand@jobcenter.fjordby.dk'],
      ],
    );
  });

  it('when an all-day event comes in UTC (no Prefer header), then it lands on the same date', () => {
    const event = fixture('event-all-day');
    const item = mapGraphEvent(
      {
        ...event,
        start: { dateTime: '2026-04-16T00:00:00.0000000', timeZone: 'UTC' },
        end: { dateTime: '2026-04-17T00:00:00.0000000', timeZone: 'UTC' },
      },
      OPTIONS,
    );
    assert.equal(item.occurredAt.toISOString(), '2026-04-16T00:00:00.000Z');
  });

  it('when an all-day event is read in UTC and its Danish midnight arrives as 22:00 the day before, then it keeps its own date', () => {
    const event = fixture('event-all-day');
    const shifted: MicrosoftGraph.Event = {
      ...event,
      start: { dateTime: '2026-04-15T22:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-04-16T22:00:00.0000000', timeZone: 'UTC' },
    };

    const item = mapGraphEvent(shifted, OPTIONS);
    assert.equal(item.occurredAt.toISOString(), '2026-04-16T00:00:00.000Z');
    assert.equal(item.endsAt?.toISOString(), '2026-04-17T00:00:00.000Z');

    const withoutZone = mapGraphEvent(
      { ...shifted, originalStartTimeZone: 'tzone://Microsoft/Custom', originalEndTimeZone: null },
      OPTIONS,
    );
    assert.equal(withoutZone.occurredAt.toISOString(), '2026-04-16T00:00:00.000Z', 'rounded to the nearest midnight');
    assert.equal(withoutZone.endsAt?.toISOString(), '2026-04-17T00:00:00.000Z');
  });

  it('when two occurrences of one weekly series are logged, then their source keys differ and neither is the series key', () => {
    const master = mapGraphEvent(fixture('event-series-master'), OPTIONS);
    const first = mapGraphEvent(instance(0), OPTIONS);
    const second = mapGraphEvent(instance(1), OPTIONS);

    assert.equal(instance(0).type, 'occurrence');
    assert.equal(instance(0).seriesMasterId, fixture('event-series-master').id);
    assert.equal(master.occurredAt.toISOString(), '2026-03-03T09:00:00.000Z');
    assert.equal(
      first.occurredAt.toISOString(),
      '2026-03-10T09:00:00.000Z',
      "the occurrence has its own start, not the master's",
    );
    assert.equal(first.sourceKey, meetingSourceKey(instance(0).iCalUId ?? '', new Date('2026-03-10T09:00:00Z')));
    assert.equal(second.sourceKey, meetingSourceKey(instance(1).iCalUId ?? '', new Date('2026-03-17T09:00:00Z')));
    assert.notEqual(first.sourceKey, second.sourceKey);
    assert.notEqual(first.sourceKey, master.sourceKey);
    assert.equal(master.sourceKey, meetingSourceKey(fixture('event-series-master').iCalUId ?? ''));
  });

  it("when two occurrences carry the series' iCalUId (as some clients send), then their starts still tell them apart", () => {
    const seriesUid = fixture('event-series-master').iCalUId;
    const first = mapGraphEvent({ ...instance(0), iCalUId: seriesUid }, OPTIONS);
    const second = mapGraphEvent({ ...instance(1), iCalUId: seriesUid }, OPTIONS);
    assert.notEqual(first.sourceKey, second.sourceKey);
  });

  it('when an occurrence was moved (an exception), then it starts at the new time but keeps the key of the slot it was created for', () => {
    const exception = instance(2);
    const item = mapGraphEvent(exception, OPTIONS);

    assert.equal(exception.type, 'exception');
    assert.equal(item.occurredAt.toISOString(), '2026-03-25T12:00:00.000Z');
    assert.equal(item.endsAt?.toISOString(), '2026-03-25T12:30:00.000Z');
    assert.equal(item.sourceKey, meetingSourceKey(exception.iCalUId ?? '', new Date('2026-03-24T09:00:00Z')));
    assert.equal(item.excerpt, 'Flyttet til onsdag kl. 13, fordi lageret holder status tirsdag.');

    const movedAgain = mapGraphEvent(
      { ...exception, start: { dateTime: '2026-03-26T08:00:00.0000000', timeZone: 'UTC' } },
      OPTIONS,
    );
    assert.equal(
      movedAgain.sourceKey,
      item.sourceKey,
      'a colleague logging it after the next move meets the same contact',
    );
  });

  it('when an occurrence comes without originalStart or type, then seriesMasterId and its own start key it', () => {
    const { originalStart: _originalStart, type: _type, ...bare } = instance(1);
    const item = mapGraphEvent(bare, OPTIONS);
    assert.equal(item.sourceKey, meetingSourceKey(instance(1).iCalUId ?? '', new Date('2026-03-17T09:00:00Z')));
  });

  it('when an event in Romance Standard Time spans the switch to summer time, then start and end are the exact UTC instants', () => {
    const event = fixture('event-romance-dst');
    assert.equal(event.start?.timeZone, 'Romance Standard Time');

    const item = mapGraphEvent(event, OPTIONS);

    assert.equal(item.occurredAt.toISOString(), '2026-03-28T22:00:00.000Z', '23:00 CET (+01:00)');
    assert.equal(item.endsAt?.toISOString(), '2026-03-29T03:00:00.000Z', '05:00 CEST (+02:00)');
    assert.equal(
      item.excerpt,
      'Vi følger natholdet fra dejlægning til udbringning og ser på, om to ledige kan starte som bagerimedhjælpere.',
    );
  });

  it('when an event in Europe/Copenhagen spans the switch back to winter time, then start and end are the exact UTC instants', () => {
    const event = fixture('event-copenhagen-dst');
    assert.equal(event.start?.timeZone, 'Europe/Copenhagen');

    const item = mapGraphEvent(event, OPTIONS);

    assert.equal(item.occurredAt.toISOString(), '2026-10-24T20:00:00.000Z', '22:00 CEST (+02:00)');
    assert.equal(item.endsAt?.toISOString(), '2026-10-25T05:00:00.000Z', '06:00 CET (+01:00)');
  });

  it('when a payload lacks iCalUId, then the mailbox-local id keys it; without id or start it is refused', () => {
    const event = fixture('event-single-with-room');
    assert.equal(mapGraphEvent({ ...event, iCalUId: null }, OPTIONS).sourceKey, `event:${event.id}`);
    assert.throws(() => mapGraphEvent({ ...event, id: undefined }, OPTIONS), TypeError);
    assert.throws(() => mapGraphEvent({ ...event, start: null }, OPTIONS), TypeError);
  });

  it('when the organiser cancelled the meeting, then the item is marked cancelled; a meeting that stands is not', () => {
    const event = fixture('event-single-with-room');
    assert.equal(event.isCancelled, false);
    assert.equal(mapGraphEvent(event, OPTIONS).isCancelled, false);
    assert.equal(
      mapGraphEvent({ ...event, isCancelled: true, subject: 'Aflyst: Virksomhedsbesøg' }, OPTIONS).isCancelled,
      true,
    );
  });

  it('when an event has attachments, then their names are kept and inline ones left out', () => {
    const item = mapGraphEvent(
      {
        ...fixture('event-single-with-room'),
        attachments: [
          { name: 'Dagsorden.docx', isInline: false },
          { name: 'image001.png', isInline: true },
        ],
      },
      OPTIONS,
    );
    assert.deepEqual(item.attachmentNames, ['Dagsorden.docx']);
  });
});

describe('Graph date-times to UTC', () => {
  it('when Windows zone names are given, then the offsets of their IANA zones apply, summer time included', () => {
    assert.equal(utc('2026-01-15T10:00:00.0000000', 'W. Europe Standard Time'), '2026-01-15T09:00:00.000Z');
    assert.equal(utc('2026-07-15T10:00:00.0000000', 'W. Europe Standard Time'), '2026-07-15T08:00:00.000Z');
    assert.equal(utc('2026-07-15T10:00:00.0000000', 'Central Europe Standard Time'), '2026-07-15T08:00:00.000Z');
    assert.equal(utc('2026-07-01T09:00:00.0000000', 'GMT Standard Time'), '2026-07-01T08:00:00.000Z');
    assert.equal(utc('2026-01-01T09:00:00.0000000', 'GMT Standard Time'), '2026-01-01T09:00:00.000Z');
    assert.equal(utc('2026-07-01T09:00:00.0000000', 'FLE Standard Time'), '2026-07-01T06:00:00.000Z');
    assert.equal(utc('2026-01-15T09:00:00.0000000', 'Eastern Standard Time'), '2026-01-15T14:00:00.000Z');
    // US summer time starts on 8 March 2026, three weeks before Europe's.
    assert.equal(utc('2026-03-10T09:00:00.0000000', 'Pacific Standard Time'), '2026-03-10T16:00:00.000Z');
    assert.equal(utc('2026-03-02T09:00:00.0000000', 'pacific standard time'), '2026-03-02T17:00:00.000Z');
  });

  it('when the zone is UTC or the dateTime carries its own offset, then no zone rules apply', () => {
    assert.equal(utc('2026-03-29T02:30:00.0000000', 'UTC'), '2026-03-29T02:30:00.000Z');
    assert.equal(utc('2026-03-29T02:30:00.0000000', 'tzone://Microsoft/Utc'), '2026-03-29T02:30:00.000Z');
    assert.equal(utc('2026-07-01T09:00:00+02:00', 'Pacific Standard Time'), '2026-07-01T07:00:00.000Z');
  });

  it('when a local time falls in the hour skipped or repeated by DST, then it resolves forward or to the earlier instant', () => {
    assert.equal(
      utc('2026-03-29T02:30:00.0000000', 'Europe/Copenhagen'),
      '2026-03-29T01:30:00.000Z',
      'read as 03:30 CEST',
    );
    assert.equal(
      utc('2026-10-25T02:30:00.0000000', 'Europe/Copenhagen'),
      '2026-10-25T00:30:00.000Z',
      'the first 02:30, still CEST',
    );
    assert.equal(utc('2026-10-25T03:00:00.0000000', 'Europe/Copenhagen'), '2026-10-25T02:00:00.000Z');
  });

  it('when the zone is unknown or a legacy custom zone, then the time is read as UTC and resolveTimeZone says so', () => {
    assert.equal(resolveTimeZone('Mars Standard Time'), null);
    assert.equal(resolveTimeZone('tzone://Microsoft/Custom'), null);
    assert.equal(utc('2026-07-01T09:00:00.0000000', 'Mars Standard Time'), '2026-07-01T09:00:00.000Z');
    assert.equal(utc('2026-07-01T09:00:00.0000000', 'tzone://Microsoft/Custom'), '2026-07-01T09:00:00.000Z');
    assert.equal(resolveTimeZone('Romance Standard Time'), 'Europe/Paris');
    assert.equal(resolveTimeZone('Europe/Copenhagen'), 'Europe/Copenhagen');
  });

  it("when any of the 139 Windows names in CLDR's table is given, then it resolves to a zone this runtime knows", () => {
    const names = Object.keys(WINDOWS_ZONES);
    assert.ok(names.length >= 139, `${names.length} names`);
    const unresolved = names.filter((name) => {
      const zone = resolveTimeZone(name);
      if (zone === null) return true;
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return false;
      } catch {
        return true;
      }
    });
    assert.deepEqual(unresolved, []);
  });

  it('when zones with odd offsets or their own DST rules are named the Windows way, then their offsets apply', () => {
    assert.equal(utc('2026-01-15T10:00:00.0000000', 'Nepal Standard Time'), '2026-01-15T04:15:00.000Z', '+05:45');
    assert.equal(
      utc('2026-01-15T10:00:00.0000000', 'Cen. Australia Standard Time'),
      '2026-01-14T23:30:00.000Z',
      '+10:30 in summer',
    );
    assert.equal(
      utc('2026-07-15T10:00:00.0000000', 'Cen. Australia Standard Time'),
      '2026-07-15T00:30:00.000Z',
      '+09:30 in winter',
    );
    assert.equal(utc('2026-07-15T10:00:00.0000000', 'Myanmar Standard Time'), '2026-07-15T03:30:00.000Z', '+06:30');
    assert.equal(utc('2026-07-15T10:00:00.0000000', 'Cape Verde Standard Time'), '2026-07-15T11:00:00.000Z', '-01:00');
    assert.equal(
      utc('2026-07-15T10:00:00.0000000', 'Chatham Islands Standard Time'),
      '2026-07-14T21:15:00.000Z',
      '+12:45',
    );
  });

  it('when an event names a zone no table knows, then unknownTimeZones names it once so the adapter can log it', () => {
    const event = fixture('event-all-day');
    assert.deepEqual(unknownTimeZones(event), []);
    assert.deepEqual(unknownTimeZones(fixture('event-romance-dst')), []);
    assert.deepEqual(
      unknownTimeZones({
        ...event,
        originalStartTimeZone: 'Mars Standard Time',
        originalEndTimeZone: 'Mars Standard Time',
      }),
      ['Mars Standard Time'],
    );
  });

  it('when the dateTime is not a date, then there is no instant', () => {
    assert.equal(graphDateTimeToUtc({ dateTime: '2026-02-30T09:00:00', timeZone: 'UTC' }), null);
    assert.equal(graphDateTimeToUtc({ dateTime: 'i morgen', timeZone: 'UTC' }), null);
    assert.equal(graphDateTimeToUtc(null), null);
  });
});

/**
 * Realistic Microsoft Graph payloads (v1.0 shapes) for messages, events and attachments. Overrides
 * replace whole top-level properties. Ids are random, or stable when `options.seed` is given.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { base64For, changeKey, hexFor, restItemId } from './graph-ids.js';
import { outlookHtml, previewOf } from './graph-text.js';
import { formatGraphDateTime, parseGraphDateTime } from './graph-timezone.js';

export interface Person {
  name: string;
  address: string;
}

export interface FactoryOptions {
  /** Makes every generated id stable (same seed, same ids). */
  seed?: string;
  /** The mailbox owner's id, encoded into REST ids like Exchange does. */
  mailboxId?: string;
  /** The clock for default times (default: the current time). */
  now?: Date;
}

/** A file attachment with the OData type Graph puts on it. */
export type GraphFileAttachment = MicrosoftGraph.FileAttachment & { '@odata.type': '#microsoft.graph.fileAttachment' };

const DEFAULT_FROM: Person = { name: 'Birgitte Petersen', address: 'birgitte.petersen@ostergaard-byg.dk' };
const DEFAULT_TO: Person = { name: 'Mette Kjærgaard', address: 'mette.kjaergaard@roskilde.dk' };
const HOUR_MS = 3_600_000;
/** Exchange's "no response time". */
const NO_TIME = '0001-01-01T00:00:00Z';
const ICAL_PREFIX = '040000008200E00074C5B7101A82E00800000000';

export function recipient(person: Person): MicrosoftGraph.Recipient {
  return { emailAddress: { name: person.name, address: person.address } };
}

/** Graph's UTC timestamp form on messages: `2025-06-18T08:42:13Z` (no fraction). */
export function graphTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function seeded(options: FactoryOptions, part: string): string | undefined {
  return options.seed === undefined ? undefined : `${options.seed}|${part}`;
}

function domainOf(address: string | null | undefined): string {
  return address?.split('@')[1] ?? 'example.com';
}

export function buildAttachment(
  input: {
    name: string;
    contentType: string;
    content?: string | Buffer;
    size?: number;
    isInline?: boolean;
    lastModified?: Date;
  },
  options: FactoryOptions = {},
): GraphFileAttachment {
  const content =
    typeof input.content === 'string'
      ? Buffer.from(input.content, 'utf8')
      : (input.content ?? Buffer.from(`%PDF-1.4\n% ${input.name}\n`, 'latin1'));
  return {
    '@odata.type': '#microsoft.graph.fileAttachment',
    id: restItemId({ ...options, seed: seeded(options, `attachment|${input.name}`), extraBytes: 18 }),
    lastModifiedDateTime: graphTimestamp(input.lastModified ?? options.now ?? new Date()),
    name: input.name,
    contentType: input.contentType,
    size: input.size ?? content.length + 220,
    isInline: input.isInline ?? false,
    contentId: input.isInline ? `${hexFor(8, seeded(options, `cid|${input.name}`))}@eurprd07.prod.outlook.com` : null,
    contentLocation: null,
    contentBytes: content.toString('base64'),
  };
}

export function buildMessage(
  overrides: MicrosoftGraph.Message = {},
  options: FactoryOptions = {},
): MicrosoftGraph.Message {
  const id = overrides.id ?? restItemId({ ...options, seed: seeded(options, 'message') });
  const now = options.now?.getTime() ?? Date.now();
  const received = overrides.receivedDateTime ?? graphTimestamp(new Date(Math.floor(now / 1000) * 1000 - HOUR_MS));
  const receivedAt = Date.parse(received);
  const from = overrides.from === undefined ? recipient(DEFAULT_FROM) : overrides.from;
  const body = overrides.body ?? {
    contentType: 'html',
    content: outlookHtml([
      'Hej Mette',
      'Vi har fået en ordre mere og mangler to lagermedarbejdere fra august. Kan I hjælpe med kandidater?',
      'Venlig hilsen<br>Birgitte Petersen<br>Østergaard Byg A/S',
    ]),
  };
  const attachments = overrides.attachments ?? [];
  const key = changeKey(seeded(options, 'changeKey'));
  return {
    id,
    createdDateTime: received,
    lastModifiedDateTime: received,
    changeKey: key,
    categories: [],
    receivedDateTime: received,
    sentDateTime: graphTimestamp(new Date(receivedAt - 3_000)),
    hasAttachments: attachments.some((attachment) => !attachment.isInline),
    internetMessageId: `<${hexFor(12, seeded(options, 'mid'))}.${hexFor(8, seeded(options, 'mid2'))}@${domainOf(from?.emailAddress?.address)}>`,
    subject: 'Lagermedarbejdere til august',
    bodyPreview:
      body.contentType === 'text'
        ? (body.content ?? '').replace(/\s+/g, ' ').slice(0, 255)
        : previewOf(body.content ?? ''),
    importance: 'normal',
    parentFolderId: `AQMkA${base64For(40, seeded(options, 'folder'))}AAAEMAAAA`,
    conversationId: `AAQkA${base64For(45, seeded(options, 'conversation'))}=`,
    conversationIndex: base64For(22, seeded(options, 'conversationIndex')),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: true,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body,
    sender: overrides.sender === undefined ? from : overrides.sender,
    from,
    toRecipients: [recipient(DEFAULT_TO)],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
    ...overrides,
    attachments,
  };
}

export function attendee(
  person: Person,
  type: 'required' | 'optional' | 'resource' = 'required',
  response: MicrosoftGraph.ResponseType = 'none',
): MicrosoftGraph.Attendee {
  return { type, status: { response, time: NO_TIME }, emailAddress: { name: person.name, address: person.address } };
}

/** A meeting room: a `resource` attendee plus the matching location. */
export function meetingRoom(room: Person): { attendee: MicrosoftGraph.Attendee; location: MicrosoftGraph.Location } {
  return {
    attendee: attendee(room, 'resource', 'accepted'),
    location: {
      displayName: room.name,
      locationType: 'conferenceRoom',
      locationUri: room.address,
      uniqueId: room.address,
      uniqueIdType: 'directory',
    },
  };
}

export function place(displayName: string, address: MicrosoftGraph.PhysicalAddress = {}): MicrosoftGraph.Location {
  return { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private', address };
}

export function teamsMeeting(
  options: FactoryOptions = {},
): Pick<MicrosoftGraph.Event, 'isOnlineMeeting' | 'onlineMeetingProvider' | 'onlineMeeting'> {
  const thread = base64For(30, seeded(options, 'teams')).replace(/[+/]/g, 'x');
  return {
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    onlineMeeting: { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0` },
  };
}

export function buildEvent(overrides: MicrosoftGraph.Event = {}, options: FactoryOptions = {}): MicrosoftGraph.Event {
  const id = overrides.id ?? restItemId({ ...options, seed: seeded(options, 'event') });
  const now = options.now?.getTime() ?? Date.now();
  const tomorrow = new Date(now);
  tomorrow.setUTCHours(24 + 8, 0, 0, 0);
  const start = overrides.start ?? { dateTime: formatGraphDateTime(tomorrow.getTime()), timeZone: 'UTC' };
  const end = overrides.end ?? { dateTime: formatGraphDateTime(tomorrow.getTime() + HOUR_MS), timeZone: 'UTC' };
  const body = overrides.body ?? {
    contentType: 'html',
    content: outlookHtml(['Vi mødes og taler om jeres rekrutteringsbehov.']),
  };
  const organizer = overrides.organizer ?? recipient(DEFAULT_TO);
  const attachments = overrides.attachments ?? [];
  const created = graphTimestamp(new Date(Math.floor(now / 1000) * 1000 - 24 * HOUR_MS));
  const type = overrides.type ?? 'singleInstance';
  return {
    id,
    createdDateTime: created,
    lastModifiedDateTime: created,
    changeKey: changeKey(seeded(options, 'changeKey')),
    categories: [],
    transactionId: null,
    originalStartTimeZone: start.timeZone ?? 'UTC',
    originalEndTimeZone: end.timeZone ?? 'UTC',
    iCalUId: `${ICAL_PREFIX}${hexFor(72, seeded(options, 'ical'))}`,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: attachments.some((attachment) => !attachment.isInline),
    subject: 'Virksomhedsbesøg',
    bodyPreview: previewOf(body.content ?? ''),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: organizer.emailAddress?.address === DEFAULT_TO.address,
    responseRequested: true,
    seriesMasterId: null,
    showAs: 'busy',
    type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    recurrence: null,
    responseStatus: { response: 'organizer', time: NO_TIME },
    body,
    start,
    end,
    location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations: [],
    attendees: [attendee(DEFAULT_FROM)],
    organizer,
    onlineMeeting: null,
    ...overrides,
    attachments,
  };
}

/** A weekly series master; `occurrenceOf` makes its instances (same iCalUId, `seriesMasterId` set). */
export function weeklyRecurrence(startDate: string, occurrences: number): MicrosoftGraph.PatternedRecurrence {
  const day = new Date(`${startDate}T00:00:00Z`).getUTCDay();
  const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
  return {
    pattern: {
      type: 'weekly',
      interval: 1,
      month: 0,
      dayOfMonth: 0,
      daysOfWeek: [names[day] ?? 'monday'],
      firstDayOfWeek: 'monday',
      index: 'first',
    },
    range: {
      type: 'numbered',
      startDate,
      endDate: '0001-01-01',
      recurrenceTimeZone: 'Romance Standard Time',
      numberOfOccurrences: occurrences,
    },
  };
}

/**
 * An instance of a series: `occurrence` (or `exception` when overridden), same iCalUId, `seriesMasterId`
 * set, and `originalStart` = the slot in the series (default: its start, which must then be in UTC).
 */
export function occurrenceOf(
  master: MicrosoftGraph.Event,
  overrides: MicrosoftGraph.Event,
  options: FactoryOptions = {},
): MicrosoftGraph.Event {
  const { recurrence: _recurrence, id: _id, webLink: _webLink, changeKey: _changeKey, ...shared } = master;
  const slot = overrides.start?.dateTime
    ? `${formatGraphDateTime(parseGraphDateTime(overrides.start.dateTime)).slice(0, 19)}Z`
    : null;
  return buildEvent(
    {
      ...shared,
      type: 'occurrence',
      seriesMasterId: master.id ?? null,
      recurrence: null,
      originalStart: slot,
      ...overrides,
    },
    options,
  );
}

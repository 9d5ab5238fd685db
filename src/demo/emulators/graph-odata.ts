/**
 * The OData and `Prefer` behaviour the emulator honours: `$select`, `$expand=attachments($select=...)`,
 * `Prefer: IdType="ImmutableId"`, `outlook.timezone="..."` and `outlook.body-content-type="text"`.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { badRequest } from './graph-errors.js';
import { htmlToText } from './graph-text.js';
import { formatGraphDateTime, parseGraphDateTime, resolveTimeZone } from './graph-timezone.js';

export type EntityType = 'message' | 'event' | 'user';

const OUTLOOK_ITEM = ['id', 'categories', 'changeKey', 'createdDateTime', 'lastModifiedDateTime'];
const PROPERTIES: Record<EntityType, ReadonlySet<string>> = {
  message: new Set([
    ...OUTLOOK_ITEM,
    'bccRecipients',
    'body',
    'bodyPreview',
    'ccRecipients',
    'conversationId',
    'conversationIndex',
    'flag',
    'from',
    'hasAttachments',
    'importance',
    'inferenceClassification',
    'internetMessageHeaders',
    'internetMessageId',
    'isDeliveryReceiptRequested',
    'isDraft',
    'isRead',
    'isReadReceiptRequested',
    'parentFolderId',
    'receivedDateTime',
    'replyTo',
    'sender',
    'sentDateTime',
    'subject',
    'toRecipients',
    'uniqueBody',
    'webLink',
  ]),
  event: new Set([
    ...OUTLOOK_ITEM,
    'allowNewTimeProposals',
    'attendees',
    'body',
    'bodyPreview',
    'cancelledOccurrences',
    'end',
    'hasAttachments',
    'hideAttendees',
    'iCalUId',
    'importance',
    'isAllDay',
    'isCancelled',
    'isDraft',
    'isOnlineMeeting',
    'isOrganizer',
    'isReminderOn',
    'location',
    'locations',
    'onlineMeeting',
    'onlineMeetingProvider',
    'onlineMeetingUrl',
    'organizer',
    'originalEndTimeZone',
    'originalStart',
    'originalStartTimeZone',
    'recurrence',
    'reminderMinutesBeforeStart',
    'responseRequested',
    'responseStatus',
    'sensitivity',
    'seriesMasterId',
    'showAs',
    'start',
    'subject',
    'transactionId',
    'type',
    'webLink',
  ]),
  user: new Set([
    'id',
    'displayName',
    'mail',
    'userPrincipalName',
    'department',
    'jobTitle',
    'givenName',
    'surname',
    'officeLocation',
    'mobilePhone',
    'businessPhones',
    'preferredLanguage',
  ]),
};
const ATTACHMENT_PROPERTIES = new Set([
  'id',
  'name',
  'contentType',
  'size',
  'isInline',
  'lastModifiedDateTime',
  'contentBytes',
  'contentId',
  'contentLocation',
]);
const NAVIGATION = new Set([
  'attachments',
  'extensions',
  'instances',
  'calendar',
  'exceptionOccurrences',
  'multiValueExtendedProperties',
  'singleValueExtendedProperties',
]);

export interface QueryOptions {
  select: string[] | null;
  expandAttachments: { select: string[] | null } | null;
}

function parseSelect(value: string, allowed: ReadonlySet<string>, typeName: string): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!allowed.has(name))
      throw badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`,
        'RequestBroker--ParseUri',
      );
  }
  return names;
}

/** Splits on commas outside parentheses. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

export function parseQuery(query: Record<string, unknown>, type: EntityType): QueryOptions {
  const text = (name: string): string | undefined =>
    typeof query[name] === 'string' ? (query[name] as string) : undefined;
  const select = text('$select');
  const expand = text('$expand');
  const options: QueryOptions = {
    select: select === undefined ? null : parseSelect(select, PROPERTIES[type], type),
    expandAttachments: null,
  };
  if (expand === undefined) return options;
  for (const item of splitTopLevel(expand)) {
    const match = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(item);
    const name = match?.[1] ?? item;
    if (name !== 'attachments' || type === 'user') {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
        'RequestBroker--ParseUri',
      );
    }
    const inner = match?.[2] ?? '';
    const innerSelect = /^\$select=(.+)$/.exec(inner.trim());
    if (inner.trim() && !innerSelect)
      throw badRequest(`Unsupported expand options '${inner}'; the emulator supports $select only.`);
    options.expandAttachments = {
      select: innerSelect?.[1] ? parseSelect(innerSelect[1], ATTACHMENT_PROPERTIES, 'attachment') : null,
    };
  }
  return options;
}

export interface Preferences {
  raw: string | undefined;
  immutableId: boolean;
  timeZone: { name: string; zone: string } | null;
  textBody: boolean;
  /** What goes into `Preference-Applied`. */
  applied: string[];
}

export function parsePrefer(header: string | undefined): Preferences {
  const prefs: Preferences = { raw: header, immutableId: false, timeZone: null, textBody: false, applied: [] };
  for (const part of (header ?? '').match(/[^,"]+(?:"[^"]*")?/g) ?? []) {
    const match = /^\s*([\w.-]+)\s*=\s*"?([^"]*)"?\s*$/.exec(part);
    if (!match?.[1]) continue;
    const name = match[1].toLowerCase();
    const value = match[2] ?? '';
    if (name === 'idtype' && value.toLowerCase() === 'immutableid') {
      prefs.immutableId = true;
      prefs.applied.push('IdType="ImmutableId"');
    } else if (name === 'outlook.timezone') {
      const zone = resolveTimeZone(value);
      if (zone) prefs.timeZone = { name: value, zone };
    } else if (name === 'outlook.body-content-type' && value.toLowerCase() === 'text') {
      prefs.textBody = true;
      prefs.applied.push('outlook.body-content-type="text"');
    }
  }
  return prefs;
}

type Item = MicrosoftGraph.Message | MicrosoftGraph.Event;

function projectAttachments(item: Item, select: string[] | null): Record<string, unknown>[] {
  return (item.attachments ?? []).map((attachment) => {
    const full = attachment as Record<string, unknown>;
    if (!select) return { ...full };
    const out: Record<string, unknown> = { '@odata.type': full['@odata.type'], id: full.id };
    for (const name of select) out[name] = full[name] ?? null;
    return out;
  });
}

function asText(body: MicrosoftGraph.ItemBody | null | undefined): MicrosoftGraph.ItemBody | null | undefined {
  if (!body || body.contentType === 'text') return body;
  return { contentType: 'text', content: htmlToText(body.content ?? '') };
}

function inZone(
  time: MicrosoftGraph.DateTimeTimeZone | null | undefined,
  isAllDay: boolean,
  tz: { name: string; zone: string },
) {
  if (!time?.dateTime) return time;
  const instant = parseGraphDateTime(time.dateTime);
  return { dateTime: isAllDay ? time.dateTime : formatGraphDateTime(instant, tz.zone), timeZone: tz.name };
}

/**
 * A stored item as Graph would answer: `@odata.context`, `@odata.etag`, the selected (or default)
 * properties, expanded attachments, times in the preferred zone, text body when asked.
 */
export function present(
  item: Item,
  type: 'message' | 'event',
  context: { base: string; owner: string },
  options: QueryOptions,
  prefs: Preferences,
): Record<string, unknown> {
  const full: Record<string, unknown> = { ...item };
  if (type === 'event') {
    const event = item as MicrosoftGraph.Event;
    if (prefs.timeZone) {
      full.start = inZone(event.start, event.isAllDay === true, prefs.timeZone);
      full.end = inZone(event.end, event.isAllDay === true, prefs.timeZone);
    }
  }
  if (prefs.textBody) {
    full.body = asText(item.body);
    if ('uniqueBody' in item) full.uniqueBody = asText((item as MicrosoftGraph.Message).uniqueBody);
  }
  const collection = type === 'message' ? 'messages' : 'events';
  const selection = options.select ? `(${options.select.join(',')})` : '';
  const out: Record<string, unknown> = {
    '@odata.context': `${context.base}/$metadata#users('${context.owner}')/${collection}${selection}/$entity`,
    '@odata.etag': `W/"${item.changeKey ?? ''}"`,
  };
  if (options.select) {
    out.id = item.id;
    for (const name of options.select) out[name] = full[name] ?? null;
  } else {
    for (const [name, value] of Object.entries(full)) if (!NAVIGATION.has(name)) out[name] = value;
  }
  if (options.expandAttachments) {
    const attachmentSelect = options.expandAttachments.select;
    out['attachments@odata.context'] =
      `${context.base}/$metadata#users('${context.owner}')/${collection}('${item.id ?? ''}')/attachments${attachmentSelect ? `(${attachmentSelect.join(',')})` : ''}`;
    out.attachments = projectAttachments(item, attachmentSelect);
  }
  return out;
}

export function presentUser(
  user: Record<string, unknown>,
  base: string,
  options: QueryOptions,
): Record<string, unknown> {
  const selection = options.select ? `(${options.select.join(',')})` : '';
  const out: Record<string, unknown> = { '@odata.context': `${base}/$metadata#users${selection}/$entity` };
  const names = options.select ?? [
    'businessPhones',
    'displayName',
    'givenName',
    'jobTitle',
    'mail',
    'mobilePhone',
    'officeLocation',
    'preferredLanguage',
    'surname',
    'userPrincipalName',
    'id',
  ];
  // Like Graph: `department` is not a default property, and a user $select returns only what it names.
  for (const name of names) out[name] = user[name] ?? null;
  return out;
}

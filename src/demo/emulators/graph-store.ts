/** The Graph emulator's in-memory mailboxes: profile, messages, events, master categories. */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { guidFor, restItemId } from './graph-ids.js';
import { formatGraphDateTime, parseGraphDateTime, resolveTimeZone, zonedToInstant } from './graph-timezone.js';

export interface MailboxUser {
  /** The user's object id (`oid` in their tokens). */
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  department: string | null;
  jobTitle?: string | null;
  /** 'shared' for a shared mailbox nobody signs in to (mailboxSettings.userPurpose); 'user' when absent. */
  userPurpose?: 'user' | 'shared';
}

export interface MailboxContent {
  messages?: MicrosoftGraph.Message[];
  events?: MicrosoftGraph.Event[];
  masterCategories?: { displayName: string; color: MicrosoftGraph.CategoryColor }[];
}

export interface Mailbox {
  user: MailboxUser;
  messages: Map<string, MicrosoftGraph.Message>;
  events: Map<string, MicrosoftGraph.Event>;
  masterCategories: MicrosoftGraph.OutlookCategory[];
}

/** Outlook's preset categories (Danish client). */
const DEFAULT_MASTER_CATEGORIES: readonly { displayName: string; color: MicrosoftGraph.CategoryColor }[] = [
  { displayName: 'Rød kategori', color: 'preset0' },
  { displayName: 'Orange kategori', color: 'preset1' },
  { displayName: 'Gul kategori', color: 'preset3' },
  { displayName: 'Grøn kategori', color: 'preset4' },
  { displayName: 'Blå kategori', color: 'preset7' },
  { displayName: 'Lilla kategori', color: 'preset8' },
];

export class GraphStore {
  private readonly mailboxes: Mailbox[] = [];

  addMailbox(user: MailboxUser, content: MailboxContent = {}): Mailbox {
    const key = (value: string) => value.toLowerCase();
    if (
      this.mailboxes.some(
        (m) => key(m.user.id) === key(user.id) || key(m.user.userPrincipalName) === key(user.userPrincipalName),
      )
    ) {
      throw new Error(`A mailbox for ${user.userPrincipalName} already exists.`);
    }
    const mailbox: Mailbox = {
      user: { jobTitle: null, ...user },
      messages: new Map(),
      events: new Map(),
      masterCategories: (content.masterCategories ?? DEFAULT_MASTER_CATEGORIES).map((category) => ({
        id: guidFor(`${user.id}|category|${category.displayName}`),
        displayName: category.displayName,
        color: category.color,
      })),
    };
    this.addItems(mailbox, content);
    this.mailboxes.push(mailbox);
    return mailbox;
  }

  /** Puts messages and events into an existing mailbox (ids made when missing, events kept in UTC). */
  addItems(mailbox: Mailbox, content: Pick<MailboxContent, 'messages' | 'events'>): void {
    const user = mailbox.user;
    for (const message of content.messages ?? []) {
      const stored = structuredClone(message);
      stored.id ??= restItemId({ mailboxId: user.id });
      mailbox.messages.set(stored.id, stored);
    }
    for (const event of content.events ?? []) {
      const stored = normaliseEvent(structuredClone(event));
      stored.id ??= restItemId({ mailboxId: user.id });
      mailbox.events.set(stored.id, stored);
    }
  }

  /** By object id, user principal name or mail address (case-insensitive). */
  find(userKey: string): Mailbox | undefined {
    const wanted = userKey.toLowerCase();
    return this.mailboxes.find((m) =>
      [m.user.id, m.user.userPrincipalName, m.user.mail].some((value) => value.toLowerCase() === wanted),
    );
  }
}

/** Events are kept in UTC: a non-UTC start/end is converted, and its zone kept as original*TimeZone. */
function normaliseEvent(event: MicrosoftGraph.Event): MicrosoftGraph.Event {
  for (const side of ['start', 'end'] as const) {
    const time = event[side];
    if (!time?.dateTime) continue;
    const zoneName = time.timeZone ?? 'UTC';
    const zone = resolveTimeZone(zoneName);
    if (!zone) throw new Error(`Unknown time zone '${zoneName}' on event ${event.subject ?? ''}.`);
    const original = side === 'start' ? 'originalStartTimeZone' : 'originalEndTimeZone';
    if (!event[original] || event[original] === 'UTC') event[original] = zoneName;
    // All-day events float: midnight to midnight whatever the zone.
    const instant = event.isAllDay ? parseGraphDateTime(time.dateTime) : zonedToInstant(time.dateTime, zone);
    event[side] = { dateTime: formatGraphDateTime(instant), timeZone: 'UTC' };
  }
  return event;
}

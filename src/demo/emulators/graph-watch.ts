/**
 * Change tracking in the Graph emulator: subscriptions (POST/PATCH/DELETE /subscriptions with the
 * validation handshake against notificationUrl), change notifications POSTed when an item's
 * categories change (with switches to drop or duplicate them), and delta queries with delta links
 * on mailFolders/{inbox|sentitems}/messages and calendarView. Shapes follow Graph v1.0.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { Caller } from './graph-auth.js';
import { GraphFailure, accessDenied, badRequest, sendGraphJson } from './graph-errors.js';
import type { GraphStore, Mailbox } from './graph-store.js';
import { parseGraphDateTime } from './graph-timezone.js';

/** Outlook resources (message, event) allow subscriptions of up to 10,080 minutes (7 days). */
export const MAX_SUBSCRIPTION_MINUTES = 10_080;
const VALIDATION_TIMEOUT_MS = 10_000;

export type NotificationMode = 'deliver' | 'drop' | 'duplicate';

export interface EmulatedSubscription {
  id: string;
  tenantId: string;
  mailboxId: string;
  resource: string;
  kind: 'messages' | 'events';
  changeType: string;
  notificationUrl: string;
  clientState: string | null;
  expirationDateTime: string;
}

export interface NotificationRecord {
  subscriptionId: string;
  itemId: string;
  status: number | 'dropped' | 'failed';
}

type Item = MicrosoftGraph.Message | MicrosoftGraph.Event;

export class GraphWatch {
  readonly subscriptions = new Map<string, EmulatedSubscription>();
  readonly notifications: NotificationRecord[] = [];
  mode: NotificationMode = 'deliver';
  private readonly sequences = new WeakMap<Mailbox, { next: number; items: Map<string, number> }>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: GraphStore,
    private readonly now: () => Date,
  ) {}

  /** An item changed: it moves to the end of the delta feed, and subscribers hear of it. */
  changed(mailbox: Mailbox, kind: 'messages' | 'events', item: Item): void {
    if (!item.id) return;
    const seq = this.sequenceOf(mailbox);
    seq.next += 1;
    seq.items.set(item.id, seq.next);
    for (const subscription of this.subscriptions.values()) {
      if (subscription.mailboxId !== mailbox.user.id || subscription.kind !== kind) continue;
      if (new Date(subscription.expirationDateTime) <= this.now()) continue;
      this.notify(subscription, mailbox, item.id);
    }
  }

  /** Resolves when every notification sent so far has been answered. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private notify(subscription: EmulatedSubscription, mailbox: Mailbox, itemId: string): void {
    if (this.mode === 'drop') {
      this.notifications.push({ subscriptionId: subscription.id, itemId, status: 'dropped' });
      return;
    }
    const type = subscription.kind === 'messages' ? 'Message' : 'Event';
    const path = `Users/${mailbox.user.id}/${type}s/${itemId}`;
    const body = JSON.stringify({
      value: [
        {
          subscriptionId: subscription.id,
          subscriptionExpirationDateTime: subscription.expirationDateTime,
          changeType: 'updated',
          resource: path,
          resourceData: {
            '@odata.type': `#Microsoft.Graph.${type}`,
            '@odata.id': path,
            '@odata.etag': `W/"${randomBytes(6).toString('hex')}"`,
            id: itemId,
          },
          clientState: subscription.clientState,
          tenantId: subscription.tenantId,
        },
      ],
    });
    const times = this.mode === 'duplicate' ? 2 : 1;
    for (let i = 0; i < times; i += 1) {
      const sent = fetch(subscription.notificationUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
        .then(async (response) => {
          await response.arrayBuffer();
          this.notifications.push({ subscriptionId: subscription.id, itemId, status: response.status });
        })
        .catch(() => void this.notifications.push({ subscriptionId: subscription.id, itemId, status: 'failed' }))
        .finally(() => this.inFlight.delete(sent));
      this.inFlight.add(sent);
    }
  }

  private sequenceOf(mailbox: Mailbox) {
    let seq = this.sequences.get(mailbox);
    if (!seq) {
      seq = { next: 0, items: new Map() };
      this.sequences.set(mailbox, seq);
    }
    return seq;
  }

  /** Items of a feed changed after `since` (all when null), and the sequence to continue from. */
  changesSince(
    mailbox: Mailbox,
    feed: 'inbox' | 'sentitems' | 'calendar',
    since: number | null,
    window?: { start: Date; end: Date },
  ) {
    const seq = this.sequenceOf(mailbox);
    const changed = (id: string | null | undefined) =>
      since === null || (id !== undefined && id !== null && (seq.items.get(id) ?? 0) > since);
    const items: Item[] =
      feed === 'calendar'
        ? [...mailbox.events.values()].filter((event) => changed(event.id) && inWindow(event, window))
        : [...mailbox.messages.values()].filter(
            (message) => changed(message.id) && folderOf(mailbox, message) === feed,
          );
    return { items, next: seq.next };
  }

  /** /subscriptions, mounted at /v1.0 behind the auth middleware. */
  router(base: () => string): Router {
    const router = express.Router();
    router.use('/subscriptions', express.json({ limit: '64kb' }));

    router.post('/subscriptions', async (req: Request, res: Response) => {
      const caller = res.locals.caller as Caller;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const { changeType, notificationUrl, resource, expirationDateTime, clientState } = body;
      if (
        typeof changeType !== 'string' ||
        !changeType.split(',').every((type) => ['created', 'updated', 'deleted'].includes(type.trim()))
      ) {
        throw badRequest("Invalid 'changeType'.", 'InvalidRequest');
      }
      if (typeof notificationUrl !== 'string' || !/^https?:\/\//.test(notificationUrl))
        throw badRequest("Invalid 'notificationUrl'.", 'InvalidRequest');
      if (clientState !== undefined && (typeof clientState !== 'string' || clientState.length > 128)) {
        throw badRequest("'clientState' must be a string of at most 128 characters.", 'InvalidRequest');
      }
      const match =
        typeof resource === 'string' ? /^\/?(?:users\/([^/]+)|me)\/(messages|events)$/i.exec(resource) : null;
      if (!match)
        throw badRequest(`Resource '${String(resource)}' is not supported by the Graph emulator.`, 'InvalidRequest');
      const userKey = match[1] ? decodeURIComponent(match[1]) : caller.kind === 'user' ? caller.oid : '';
      const mailbox = this.store.find(userKey);
      if (!mailbox) throw new GraphFailure(404, 'ResourceNotFound', `Resource '${String(resource)}' was not found.`);
      if (caller.kind === 'user' && mailbox.user.id.toLowerCase() !== caller.oid.toLowerCase()) throw accessDenied();
      if (caller.kind === 'app' && caller.roles.size === 0) throw accessDenied();
      const expires = this.checkedExpiry(expirationDateTime);

      const token = randomUUID();
      if (!(await echoes(notificationUrl, token))) {
        throw badRequest(
          'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.',
          'ValidationError',
        );
      }
      const subscription: EmulatedSubscription = {
        id: randomUUID(),
        tenantId: caller.tid,
        mailboxId: mailbox.user.id,
        resource: String(resource),
        kind: match[2]!.toLowerCase() as 'messages' | 'events',
        changeType,
        notificationUrl,
        clientState: (clientState as string | undefined) ?? null,
        expirationDateTime: expires.toISOString(),
      };
      this.subscriptions.set(subscription.id, subscription);
      sendGraphJson(res, 201, {
        '@odata.context': `${base()}/$metadata#subscriptions/$entity`,
        ...present(subscription),
      });
    });

    router.patch('/subscriptions/:id', (req: Request<{ id: string }>, res: Response) => {
      const subscription = this.found(req.params.id);
      const expires = this.checkedExpiry((req.body as Record<string, unknown> | undefined)?.expirationDateTime);
      subscription.expirationDateTime = expires.toISOString();
      sendGraphJson(res, 200, {
        '@odata.context': `${base()}/$metadata#subscriptions/$entity`,
        ...present(subscription),
      });
    });

    router.delete('/subscriptions/:id', (req: Request<{ id: string }>, res: Response) => {
      this.found(req.params.id);
      this.subscriptions.delete(req.params.id);
      res.status(204).end();
    });
    return router;
  }

  /** delta routes on a mailbox (`/me/...`, `/users/{id}/...`). */
  mailboxRoutes(router: Router, base: () => string): void {
    const mailboxOf = (res: Response) => res.locals.mailbox as Mailbox;
    const answer = (res: Response, items: Item[], link: string, kind: 'message' | 'event') => {
      sendGraphJson(res, 200, {
        '@odata.context': `${base()}/$metadata#Collection(${kind})`,
        value: items.map((item) => ({ '@odata.type': `#microsoft.graph.${kind}`, ...structuredClone(item) })),
        '@odata.deltaLink': link,
      });
    };
    router.get('/mailFolders/:folder/messages/delta', (req: Request<{ folder: string }>, res: Response) => {
      const folder = req.params.folder.toLowerCase();
      if (folder !== 'inbox' && folder !== 'sentitems')
        throw badRequest(
          `The emulator tracks inbox and sentitems only (got ${req.params.folder}).`,
          'ErrorInvalidParameter',
        );
      const mailbox = mailboxOf(res);
      const since = deltaToken(req.query.$deltatoken);
      const { items, next } = this.changesSince(mailbox, folder, since);
      answer(
        res,
        items,
        `${base()}/users/${mailbox.user.id}/mailFolders/${folder}/messages/delta?$deltatoken=${next}`,
        'message',
      );
    });
    router.get('/calendarView/delta', (req: Request, res: Response) => {
      const mailbox = mailboxOf(res);
      const token = typeof req.query.$deltatoken === 'string' ? req.query.$deltatoken : null;
      const [sinceText, startText, endText] = token
        ? token.split('~')
        : [undefined, req.query.startDateTime, req.query.endDateTime];
      const start = new Date(String(startText ?? ''));
      const end = new Date(String(endText ?? ''));
      if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
        throw badRequest(
          'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
          'ErrorInvalidParameter',
        );
      }
      const since = token ? deltaToken(sinceText) : null;
      const { items, next } = this.changesSince(mailbox, 'calendar', since, { start, end });
      const link = `${base()}/users/${mailbox.user.id}/calendarView/delta?$deltatoken=${encodeURIComponent(`${next}~${start.toISOString()}~${end.toISOString()}`)}`;
      answer(res, items, link, 'event');
    });
  }

  private found(id: string): EmulatedSubscription {
    const subscription = this.subscriptions.get(id);
    if (!subscription)
      throw new GraphFailure(404, 'ResourceNotFound', `The object was not found: subscription '${id}'.`);
    return subscription;
  }

  private checkedExpiry(value: unknown): Date {
    const expires = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(expires.getTime())) throw badRequest("Invalid 'expirationDateTime'.", 'InvalidRequest');
    const now = this.now().getTime();
    if (expires.getTime() <= now)
      throw badRequest('Subscription expiration can only be in the future.', 'InvalidRequest');
    if (expires.getTime() > now + MAX_SUBSCRIPTION_MINUTES * 60_000) {
      throw badRequest(
        `Subscription expiration can only be ${MAX_SUBSCRIPTION_MINUTES} minutes in the future.`,
        'InvalidRequest',
      );
    }
    return expires;
  }
}

function present(subscription: EmulatedSubscription) {
  return {
    id: subscription.id,
    resource: subscription.resource,
    applicationId: null,
    changeType: subscription.changeType,
    clientState: subscription.clientState,
    notificationUrl: subscription.notificationUrl,
    expirationDateTime: subscription.expirationDateTime,
    creatorId: null,
    latestSupportedTlsVersion: 'v1_2',
  };
}

/** Graph's handshake: POST notificationUrl?validationToken=..., expect 200 and the token back as text within 10 s. */
async function echoes(notificationUrl: string, token: string): Promise<boolean> {
  const url = new URL(notificationUrl);
  url.searchParams.set('validationToken', token);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal: AbortSignal.timeout(VALIDATION_TIMEOUT_MS),
    });
    const text = await response.text();
    return (
      response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/plain') && text === token
    );
  } catch {
    return false;
  }
}

function deltaToken(value: unknown): number | null {
  if (value === undefined) return null;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw badRequest('The delta token is invalid.', 'SyncStateInvalid');
  return parsed;
}

/** The emulator keeps no folders: what the owner sent is in sent items, drafts nowhere, the rest in the inbox. */
function folderOf(mailbox: Mailbox, message: MicrosoftGraph.Message): 'inbox' | 'sentitems' | 'drafts' {
  if (message.isDraft) return 'drafts';
  const from = message.from?.emailAddress?.address?.toLowerCase();
  return from === mailbox.user.mail.toLowerCase() ? 'sentitems' : 'inbox';
}

function inWindow(event: MicrosoftGraph.Event, window: { start: Date; end: Date } | undefined): boolean {
  if (!window || event.type === 'seriesMaster') return event.type !== 'seriesMaster';
  if (!event.start?.dateTime || !event.end?.dateTime) return false;
  return (
    parseGraphDateTime(event.start.dateTime) < window.end.getTime() &&
    parseGraphDateTime(event.end.dateTime) > window.start.getTime()
  );
}

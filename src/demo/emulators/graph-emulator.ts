/**
 * A local stand-in for Microsoft Graph v1.0 over HTTPS (base `{url}/v1.0`): in-memory mailboxes and
 * calendars, bearer tokens checked with the identity emulator, Graph-shaped answers and errors, and
 * fault injection (404/403/401/429/503/504, Retry-After, delays) for tests. Used by tests and demo mode.
 */
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { DevTls } from './dev-tls.js';
import { listenHttps } from './dev-tls.js';
import { authenticate } from './graph-auth.js';
import { GraphFailure, badRequest, faultFailure, requestIds, sendFailure } from './graph-errors.js';
import { graphRouter } from './graph-routes.js';
import { MailboxGrants } from './graph-delegated.js';
import { GraphStore, type MailboxContent, type MailboxUser } from './graph-store.js';
import type { IdentityEmulator } from './identity-emulator.js';
import {
  GraphWatch,
  type EmulatedSubscription,
  type NotificationMode,
  type NotificationRecord,
} from './graph-watch.js';

export { ewsIdFor, restIdFromEws } from './graph-ids.js';
export {
  buildAttachment,
  buildEvent,
  buildMessage,
  attendee,
  meetingRoom,
  place,
  recipient,
  teamsMeeting,
  weeklyRecurrence,
  occurrenceOf,
} from './graph-factories.js';
export type { MailboxContent, MailboxUser } from './graph-store.js';
export type { EmulatedSubscription, NotificationMode, NotificationRecord } from './graph-watch.js';

export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Path below `/v1.0` (a leading `/v1.0` is ignored): a string matches exactly, a RegExp is tested. */
  path: string | RegExp;
  status: 404 | 403 | 429 | 503 | 504 | 401;
  retryAfterSeconds?: number;
  /** How many requests it hits; unlimited when omitted. */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface GraphRequestRecord {
  method: string;
  /** Path below `/v1.0`, e.g. `/me/messages/AAMkA...`. */
  path: string;
  query: Record<string, string>;
  /** The raw `Prefer` header, when sent. */
  prefer?: string;
  at: Date;
  /** The answer's status (set when the response is sent). */
  status?: number;
}

export interface GraphEmulator {
  /** `https://127.0.0.1:PORT` (no `/v1.0`). */
  readonly url: string;
  /** `{url}/v1.0`: the Graph base URL to configure. */
  readonly baseUrl: string;
  readonly ca: string;
  addMailbox(user: MailboxUser, content?: MailboxContent): void;
  /** New items in an existing mailbox (as if they had arrived); no notification is sent. */
  addMessages(userKey: string, messages: MicrosoftGraph.Message[]): void;
  addEvents(userKey: string, events: MicrosoftGraph.Event[]): void;
  /** A copy of the stored message (UTC, all properties), or undefined. `userKey` = id, UPN or mail. */
  getMessage(userKey: string, id: string): MicrosoftGraph.Message | undefined;
  getEvent(userKey: string, id: string): MicrosoftGraph.Event | undefined;
  getMasterCategories(userKey: string): MicrosoftGraph.OutlookCategory[];
  /**
   * The mailbox's owner gives a user access to it, as Exchange FullAccess (or folder permissions) on a
   * shared mailbox does: that user's delegated tokens with a `.Shared` permission then reach
   * `/users/{mailbox}/…`. `mailbox` = id, UPN or mail; `userId` = the user's object id.
   */
  grantMailboxAccess(mailbox: string, userId: string): void;
  /** Whether this user (id, UPN or mail) may open that mailbox: their own, or granted. */
  hasMailboxAccess(mailbox: string, userKey: string): boolean;
  /**
   * A read-only copy of a whole mailbox (profile, messages, events), or undefined when there is none.
   * For demo pages that list a mailbox without a token; tests keep using getMessage/getEvent.
   */
  listMailbox(
    userKey: string,
  ): { user: MailboxUser; messages: MicrosoftGraph.Message[]; events: MicrosoftGraph.Event[] } | undefined;
  injectFault(fault: FaultSpec): string;
  removeFault(id: string): void;
  clearFaults(): void;
  /** Delay every request by this many milliseconds (0 to stop). */
  setLatency(ms: number): void;
  /**
   * Sets an item's categories as a user would in Outlook: the item changes, its delta feed moves,
   * and subscribers are notified (per the notification mode).
   */
  setCategories(userKey: string, kind: 'email' | 'meeting', id: string, categories: string[]): void;
  /** deliver (default), drop every notification, or send each twice. */
  setNotificationMode(mode: NotificationMode): void;
  /** Subscriptions Graph holds now. */
  listSubscriptions(): EmulatedSubscription[];
  /** Forgets a subscription as Graph does when it expires or is removed (a PATCH then answers 404). */
  removeSubscription(id: string): void;
  /** Every notification sent (or dropped), oldest first. */
  readonly notifications: NotificationRecord[];
  /** Resolves when every notification sent so far has been answered. */
  notificationsSettled(): Promise<void>;
  /** The emulator's "now" for subscription expiry (default: the real time). */
  setClock(now: () => Date): void;
  /** Every request, oldest first, without auth headers. */
  readonly requests: GraphRequestRecord[];
  close(): Promise<void>;
}

interface ActiveFault extends FaultSpec {
  id: string;
  remaining: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const withoutPrefix = (path: string) => path.replace(/^\/v1\.0(?=\/|$)/, '') || '/';

export async function startGraphEmulator(options: {
  tls: DevTls;
  identity: Pick<IdentityEmulator, 'verifyToken'>;
  port?: number;
}): Promise<GraphEmulator> {
  const store = new GraphStore();
  let now = () => new Date();
  const watch = new GraphWatch(store, () => now());
  const grants = new MailboxGrants();
  const faults: ActiveFault[] = [];
  const requests: GraphRequestRecord[] = [];
  let latencyMs = 0;
  let url = '';

  const matchFault = (req: Request): ActiveFault | undefined => {
    const path = withoutPrefix(req.path);
    const index = faults.findIndex(
      (fault) =>
        (!fault.method || fault.method.toUpperCase() === req.method) &&
        (typeof fault.path === 'string' ? withoutPrefix(fault.path) === path : fault.path.test(path)),
    );
    const fault = faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault;
  };

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((req, res, next) => {
    const record: GraphRequestRecord = {
      method: req.method,
      path: withoutPrefix(req.path),
      query: Object.fromEntries(Object.entries(req.query).map(([name, value]) => [name, String(value)])),
      at: new Date(),
    };
    const prefer = req.get('prefer');
    if (prefer !== undefined) record.prefer = prefer;
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    requestIds(req, res);
    next();
  });
  app.use(async (req, _res, next) => {
    if (latencyMs > 0) await sleep(latencyMs);
    const fault = matchFault(req);
    if (!fault) return next();
    if (fault.delayMs) await sleep(fault.delayMs);
    throw faultFailure(fault.status, fault.retryAfterSeconds);
  });
  app.use(
    '/v1.0',
    async (req: Request, res: Response, next: NextFunction) => {
      res.locals.caller = await authenticate(req.get('authorization'), options.identity.verifyToken);
      next();
    },
    watch.router(() => `${url}/v1.0`),
    graphRouter(store, () => `${url}/v1.0`, {
      mailboxRoutes: (router) => watch.mailboxRoutes(router, () => `${url}/v1.0`),
      changed: (mailbox, kind, item) => watch.changed(mailbox, kind, item),
      grants,
    }),
  );
  app.use((req) => {
    const segment = withoutPrefix(req.path).split('/').filter(Boolean).pop() ?? '';
    throw badRequest(`Resource not found for the segment '${segment}'.`);
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof GraphFailure) return sendFailure(req, res, error);
    if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.parse.failed') {
      return sendFailure(
        req,
        res,
        badRequest(
          'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
        ),
      );
    }
    console.error('graph emulator: unexpected error', error);
    return sendFailure(
      req,
      res,
      new GraphFailure(500, 'generalException', 'An unexpected error occurred in the Graph emulator.'),
    );
  });

  const listener = await listenHttps(app, options.tls, options.port ?? 0);
  url = listener.url;

  const mailboxOf = (userKey: string) => {
    const mailbox = store.find(userKey);
    if (!mailbox) throw new Error(`No mailbox for ${userKey}.`);
    return mailbox;
  };

  return {
    url,
    baseUrl: `${url}/v1.0`,
    ca: options.tls.ca,
    requests,
    addMailbox: (user, content) => void store.addMailbox(user, content),
    addMessages: (userKey, messages) => store.addItems(mailboxOf(userKey), { messages }),
    addEvents: (userKey, events) => store.addItems(mailboxOf(userKey), { events }),
    getMessage: (userKey, id) => structuredClone(mailboxOf(userKey).messages.get(id)),
    getEvent: (userKey, id) => structuredClone(mailboxOf(userKey).events.get(id)),
    getMasterCategories: (userKey) => structuredClone(mailboxOf(userKey).masterCategories),
    grantMailboxAccess: (mailbox, userId) => grants.grant(mailboxOf(mailbox), userId),
    hasMailboxAccess(mailbox, userKey) {
      const target = store.find(mailbox);
      const user = store.find(userKey);
      if (!target || !user) return false;
      return target === user || grants.has(target, user.user.id);
    },
    listMailbox(userKey) {
      const mailbox = store.find(userKey);
      if (!mailbox) return undefined;
      return structuredClone({
        user: mailbox.user,
        messages: [...mailbox.messages.values()],
        events: [...mailbox.events.values()],
      });
    },
    setCategories(userKey, kind, id, categories) {
      const mailbox = mailboxOf(userKey);
      const item = kind === 'email' ? mailbox.messages.get(id) : mailbox.events.get(id);
      if (!item) throw new Error(`No ${kind} ${id} in ${userKey}.`);
      item.categories = [...categories];
      item.lastModifiedDateTime = `${new Date().toISOString().slice(0, 19)}Z`;
      watch.changed(mailbox, kind === 'email' ? 'messages' : 'events', item);
    },
    setNotificationMode(mode) {
      watch.mode = mode;
    },
    listSubscriptions: () => structuredClone([...watch.subscriptions.values()]),
    removeSubscription: (id) => void watch.subscriptions.delete(id),
    notifications: watch.notifications,
    notificationsSettled: () => watch.settled(),
    setClock(clock) {
      now = clock;
    },
    injectFault(fault) {
      const id = randomUUID();
      faults.push({ ...fault, id, remaining: fault.times ?? Number.POSITIVE_INFINITY });
      return id;
    },
    removeFault(id) {
      const index = faults.findIndex((fault) => fault.id === id);
      if (index >= 0) faults.splice(index, 1);
    },
    clearFaults: () => void faults.splice(0),
    setLatency(ms) {
      latencyMs = Math.max(0, ms);
    },
    close: () => listener.close(),
  };
}

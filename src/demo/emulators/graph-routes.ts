/** Graph v1.0 routes of the emulator, mounted at `/v1.0` behind the auth middleware. */
import { randomUUID } from 'node:crypto';
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { requirePermission, type Caller, type Permission } from './graph-auth.js';
import { GraphFailure, accessDenied, badRequest, notFound, sendGraphJson } from './graph-errors.js';
import { changeKey, ewsIdFor, restIdFromEws } from './graph-ids.js';
import { parsePrefer, parseQuery, present, presentUser, type Preferences } from './graph-odata.js';
import type { GraphStore, Mailbox } from './graph-store.js';
import { mailboxSettingsRoute } from './graph-shared-mailbox.js';
import { requireDelegatedAccess, requireSharedPermission, type MailboxGrants } from './graph-delegated.js';

const CATEGORY_COLORS = new Set(['none', ...Array.from({ length: 25 }, (_, i) => `preset${i}`)]);
const ID_TYPES = new Set(['ewsId', 'restId', 'restImmutableEntryId']);
const ALL_ID_TYPES = new Set(['entryId', 'ewsId', 'immutableEntryId', 'restId', 'restImmutableEntryId']);

/** The item collections a mailbox serves: their permissions, and the fields a PATCH may change. */
const ITEM_COLLECTIONS = [
  { path: 'messages', kind: 'message', read: 'readMail', write: 'writeMail', writable: ['categories', 'isRead'] },
  { path: 'events', kind: 'event', read: 'readCalendar', write: 'writeCalendar', writable: ['categories'] },
] as const satisfies readonly {
  path: string;
  kind: string;
  read: Permission;
  write: Permission;
  writable: readonly string[];
}[];

interface Locals {
  caller: Caller;
  mailbox: Mailbox;
  prefs: Preferences;
  /** A user token on a mailbox that is not theirs (shared or delegated): `.Shared` permissions apply. */
  delegated?: boolean;
}

const locals = (res: Response): Locals => res.locals as Locals;

function applyPreferences(res: Response, prefs: Preferences, extra: string[] = []): void {
  const applied = [...prefs.applied, ...extra];
  if (applied.length) res.set('Preference-Applied', applied.join(', '));
}

function check(res: Response, permission: Permission): void {
  const { caller, delegated } = locals(res);
  if (delegated) requireSharedPermission(caller, permission);
  else requirePermission(caller, permission, accessDenied);
}

function itemId(raw: string): string {
  if (!/^[A-Za-z0-9_=-]+$/.test(raw) || restIdFromEws(raw) !== null)
    throw badRequest('Id is malformed.', 'ErrorInvalidIdMalformed');
  return raw;
}

function touch(item: MicrosoftGraph.Message | MicrosoftGraph.Event): void {
  item.changeKey = changeKey();
  item.lastModifiedDateTime = `${new Date().toISOString().slice(0, 19)}Z`;
}

function patchItem(
  item: MicrosoftGraph.Message | MicrosoftGraph.Event,
  body: unknown,
  writable: readonly string[],
): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('Empty Payload. JSON content expected.');
  const changes = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(changes)) {
    if (!writable.includes(name))
      throw badRequest(
        `Property '${name}' cannot be updated in the Graph emulator (supported: ${writable.join(', ')}).`,
        'ErrorInvalidProperty',
      );
    if (name === 'categories' && (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string'))) {
      throw badRequest(
        "Invalid value for property 'categories': an array of strings is expected.",
        'ErrorInvalidProperty',
      );
    }
    if (name === 'isRead' && typeof value !== 'boolean')
      throw badRequest("Invalid value for property 'isRead'.", 'ErrorInvalidProperty');
  }
  // Like Graph, `categories` replaces the whole list.
  Object.assign(item, structuredClone(changes));
  touch(item);
}

/** Optional extensions: more mailbox routes (delta), and a hook when an item is changed. */
export interface GraphRouterHooks {
  mailboxRoutes?(router: Router): void;
  changed?(mailbox: Mailbox, kind: 'messages' | 'events', item: MicrosoftGraph.Message | MicrosoftGraph.Event): void;
  /** Who may open which mailbox besides its owner; without it a user token reaches only its own. */
  grants?: MailboxGrants;
}

export function graphRouter(store: GraphStore, base: () => string, hooks: GraphRouterHooks = {}): Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));
  router.use((req, res, next) => {
    locals(res).prefs = parsePrefer(req.get('prefer'));
    next();
  });

  const profileOf = (mailbox: Mailbox, req: Request, res: Response) => {
    const { user } = mailbox;
    sendGraphJson(
      res,
      200,
      presentUser(
        {
          ...user,
          givenName: user.displayName.split(' ')[0] ?? null,
          surname: user.displayName.split(' ').slice(1).join(' ') || null,
          businessPhones: [],
          preferredLanguage: 'da-DK',
        },
        base(),
        parseQuery(req.query, 'user'),
      ),
    );
  };

  router.get('/me', (req, res) => {
    const { caller } = locals(res);
    if (caller.kind !== 'user') throw badRequest('/me request is only valid with delegated authentication flow.');
    check(res, 'profile');
    const mailbox = store.find(caller.oid);
    if (!mailbox)
      throw new GraphFailure(
        404,
        'Request_ResourceNotFound',
        `Resource '${caller.oid}' does not exist or one of its queried reference-property objects are not present.`,
      );
    profileOf(mailbox, req, res);
  });

  router.get('/users/:user', (req: Request<{ user: string }>, res) => {
    const { caller } = locals(res);
    const mailbox = store.find(req.params.user);
    const self = caller.kind === 'user' && mailbox?.user.id.toLowerCase() === caller.oid.toLowerCase();
    requirePermission(
      caller,
      self ? 'profile' : 'otherProfile',
      () => new GraphFailure(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
    );
    if (!mailbox)
      throw new GraphFailure(
        404,
        'Request_ResourceNotFound',
        `Resource '${req.params.user}' does not exist or one of its queried reference-property objects are not present.`,
      );
    profileOf(mailbox, req, res);
  });

  const mailboxRoutes = express.Router({ mergeParams: true });
  router.use(
    '/me',
    (_req, res, next) => {
      const { caller } = locals(res);
      if (caller.kind !== 'user') throw badRequest('/me request is only valid with delegated authentication flow.');
      const mailbox = store.find(caller.oid);
      if (!mailbox)
        throw new GraphFailure(
          404,
          'MailboxNotEnabledForRESTAPI',
          'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
        );
      locals(res).mailbox = mailbox;
      next();
    },
    mailboxRoutes,
  );
  router.use(
    '/users/:user',
    (req: Request<{ user: string }>, res: Response, next: NextFunction) => {
      const { caller } = locals(res);
      const mailbox = store.find(req.params.user);
      if (!mailbox)
        throw new GraphFailure(404, 'ErrorInvalidUser', `The requested user '${req.params.user}' is invalid.`);
      if (caller.kind === 'user' && mailbox.user.id.toLowerCase() !== caller.oid.toLowerCase()) {
        if (!hooks.grants) throw accessDenied();
        requireDelegatedAccess(hooks.grants, caller, mailbox);
        locals(res).delegated = true;
      }
      locals(res).mailbox = mailbox;
      next();
    },
    mailboxRoutes,
  );

  const owner = (res: Response) => locals(res).mailbox.user.id;
  hooks.mailboxRoutes?.(mailboxRoutes);

  // Messages and events are read and patched alike; an event's answer also says which time zone it is in.
  for (const items of ITEM_COLLECTIONS) {
    const preferences = (res: Response, prefs: Preferences) =>
      applyPreferences(
        res,
        prefs,
        items.kind === 'event' && prefs.timeZone ? [`outlook.timezone="${prefs.timeZone.name}"`] : [],
      );
    const find = (req: Request<{ id: string }>, res: Response) => {
      const item = locals(res).mailbox[items.path].get(itemId(req.params.id));
      if (!item) throw notFound();
      return item;
    };

    mailboxRoutes.get(`/${items.path}/:id`, (req: Request<{ id: string }>, res) => {
      check(res, items.read);
      const item = find(req, res);
      const { prefs } = locals(res);
      preferences(res, prefs);
      sendGraphJson(
        res,
        200,
        present(item, items.kind, { base: base(), owner: owner(res) }, parseQuery(req.query, items.kind), prefs),
      );
    });

    mailboxRoutes.patch(`/${items.path}/:id`, (req: Request<{ id: string }>, res) => {
      check(res, items.write);
      const item = find(req, res);
      patchItem(item, req.body, items.writable);
      hooks.changed?.(locals(res).mailbox, items.path, item);
      const { prefs } = locals(res);
      preferences(res, prefs);
      sendGraphJson(
        res,
        200,
        present(
          item,
          items.kind,
          { base: base(), owner: owner(res) },
          { select: null, expandAttachments: null },
          prefs,
        ),
      );
    });
  }

  mailboxSettingsRoute(
    mailboxRoutes,
    (res) => locals(res).mailbox,
    (res) => check(res, 'readSettings'),
    (res) => `${base()}/$metadata#users('${owner(res)}')/mailboxSettings`,
  );

  mailboxRoutes.get('/outlook/masterCategories', (_req, res) => {
    check(res, 'readSettings');
    sendGraphJson(res, 200, {
      '@odata.context': `${base()}/$metadata#users('${owner(res)}')/outlook/masterCategories`,
      value: locals(res).mailbox.masterCategories,
    });
  });

  mailboxRoutes.post('/outlook/masterCategories', (req, res) => {
    check(res, 'writeSettings');
    const body = (req.body ?? {}) as { displayName?: unknown; color?: unknown };
    if (typeof body.displayName !== 'string' || !body.displayName.trim())
      throw badRequest("The property 'displayName' is required.", 'ErrorInvalidProperty');
    const color = body.color ?? 'none';
    if (typeof color !== 'string' || !CATEGORY_COLORS.has(color))
      throw badRequest(`Invalid value '${String(color)}' for property 'color'.`, 'ErrorInvalidProperty');
    const { mailbox } = locals(res);
    const name = body.displayName;
    if (mailbox.masterCategories.some((category) => category.displayName?.toLowerCase() === name.toLowerCase())) {
      // Graph answers 409; match on the status, the code is the emulator's.
      throw new GraphFailure(409, 'ErrorDuplicateCategory', `A category with the name '${name}' already exists.`);
    }
    const category: MicrosoftGraph.OutlookCategory = {
      id: randomUUID(),
      displayName: name,
      color: color as MicrosoftGraph.CategoryColor,
    };
    mailbox.masterCategories.push(category);
    sendGraphJson(res, 201, {
      '@odata.context': `${base()}/$metadata#users('${owner(res)}')/outlook/masterCategories/$entity`,
      ...category,
    });
  });

  mailboxRoutes.post('/translateExchangeIds', (req, res) => {
    check(res, 'translateIds');
    const body = (req.body ?? {}) as { inputIds?: unknown; sourceIdType?: unknown; targetIdType?: unknown };
    const { inputIds, sourceIdType, targetIdType } = body;
    if (
      !Array.isArray(inputIds) ||
      inputIds.length === 0 ||
      inputIds.length > 1000 ||
      inputIds.some((id) => typeof id !== 'string')
    ) {
      throw badRequest("'inputIds' must be an array of 1 to 1000 strings.", 'ErrorInvalidParameter');
    }
    for (const [name, value] of [
      ['sourceIdType', sourceIdType],
      ['targetIdType', targetIdType],
    ] as const) {
      if (typeof value !== 'string' || !ALL_ID_TYPES.has(value))
        throw badRequest(`Invalid value for '${name}'.`, 'ErrorInvalidParameter');
      if (!ID_TYPES.has(value))
        throw badRequest(
          `The emulator translates only ewsId, restId and restImmutableEntryId (got ${value}).`,
          'ErrorInvalidParameter',
        );
    }
    const value = (inputIds as string[]).map((sourceId) => {
      const restId =
        sourceIdType === 'ewsId' ? restIdFromEws(sourceId) : /^[A-Za-z0-9_=-]+$/.test(sourceId) ? sourceId : null;
      if (restId === null)
        return { sourceId, errorDetails: { code: 'ErrorInvalidIdMalformed', message: 'Id is malformed.' } };
      return { sourceId, targetId: targetIdType === 'ewsId' ? ewsIdFor(restId) : restId };
    });
    sendGraphJson(res, 200, {
      '@odata.context': `${base()}/$metadata#Collection(microsoft.graph.convertIdResult)`,
      value,
    });
  });

  return router;
}

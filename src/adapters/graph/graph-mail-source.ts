import {
  AuthenticationHandler,
  Client,
  GraphError,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  MailSourceError,
  type CapturedItem,
  type MailboxAccess,
  type MailProfile,
  type MailSource,
} from '../../ports/mail-source.js';
import type { Logger } from 'pino';
import type { OutboundFetch } from '../outbound-fetch.js';
import { mapGraphMessage } from './map-message.js';
import { mapGraphEvent, unknownTimeZones } from './map-event.js';

const MESSAGE_FIELDS = [
  'id',
  'internetMessageId',
  'subject',
  'body',
  'bodyPreview',
  'from',
  'sender',
  'toRecipients',
  'ccRecipients',
  'receivedDateTime',
  'sentDateTime',
  'createdDateTime',
  'categories',
  'isDraft',
  'hasAttachments',
].join(',');
const EVENT_FIELDS = [
  'id',
  'iCalUId',
  'subject',
  'body',
  'bodyPreview',
  'start',
  'end',
  'isAllDay',
  'type',
  'seriesMasterId',
  'originalStart',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'location',
  'locations',
  'organizer',
  'attendees',
  'categories',
  'isCancelled',
  'hasAttachments',
].join(',');
// Names only, for messages and meetings alike: an attachment's content is never read.
const ATTACHMENT_NAMES = 'attachments($select=name,isInline)';
const PROFILE_FIELDS = 'id,displayName,mail,userPrincipalName,department';
const CATEGORY_COLOR = 'preset9';

export interface GraphMailSourceOptions {
  tokens: { tokenFor(access: MailboxAccess): Promise<string> };
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  fetch: OutboundFetch;
  ownDomains: readonly string[];
  retry?: { maxRetries: number; delaySeconds: number };
  /** Warnings about payloads (an unknown time-zone name); ids and names only, never content. */
  logger?: Pick<Logger, 'warn'>;
}

/**
 * The mail source on Microsoft Graph, with the real Graph client: its retry handler honours
 * Retry-After on 429/503/504. Ids are immutable REST ids; Graph errors become MailSourceError codes.
 */
export class GraphMailSource implements MailSource {
  private readonly origin: string;
  private readonly version: string;
  private readonly customHosts: Set<string>;

  constructor(private readonly options: GraphMailSourceOptions) {
    const url = new URL(options.baseUrl);
    this.origin = `${url.origin}/`;
    this.version = url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
    // The client only attaches the token for Graph's own hosts unless told about others (emulator,
    // national clouds); it compares host names without ports.
    this.customHosts = new Set([url.hostname]);
  }

  async getMessage(access: MailboxAccess, restId: string): Promise<CapturedItem> {
    const message = await this.call<MicrosoftGraph.Message>(access, (client, root) =>
      client
        .api(`${root}/messages/${encodeURIComponent(restId)}`)
        .header('Prefer', 'IdType="ImmutableId"')
        .select(MESSAGE_FIELDS)
        .expand(ATTACHMENT_NAMES)
        .get(),
    );
    return mapped(() => mapGraphMessage(message, { ownDomains: this.options.ownDomains }));
  }

  async getEvent(access: MailboxAccess, restId: string): Promise<CapturedItem> {
    const event = await this.call<MicrosoftGraph.Event>(access, (client, root) =>
      client
        .api(`${root}/events/${encodeURIComponent(restId)}`)
        .header('Prefer', 'IdType="ImmutableId", outlook.timezone="UTC"')
        .select(EVENT_FIELDS)
        .expand(ATTACHMENT_NAMES)
        .get(),
    );
    for (const timeZone of unknownTimeZones(event)) {
      this.options.logger?.warn(
        { timeZone: timeZone.slice(0, 100) },
        'unknown time-zone name on an event: read as UTC',
      );
    }
    return mapped(() => mapGraphEvent(event, { ownDomains: this.options.ownDomains }));
  }

  async getProfile(access: MailboxAccess): Promise<MailProfile> {
    const user = await this.call<MicrosoftGraph.User>(access, (client, root) =>
      client.api(root).select(PROFILE_FIELDS).get(),
    );
    return {
      id: user.id ?? '',
      displayName: user.displayName ?? null,
      mail: user.mail ?? null,
      userPrincipalName: user.userPrincipalName ?? null,
      department: user.department ?? null,
    };
  }

  async addCategory(
    access: MailboxAccess,
    item: { kind: 'email' | 'meeting'; restId: string },
    category: string,
  ): Promise<void> {
    const path = `${item.kind === 'email' ? 'messages' : 'events'}/${encodeURIComponent(item.restId)}`;
    await this.ensureMasterCategory(access, category);
    // PATCH replaces the whole list: read it, add ours, write it back.
    const current = await this.call<{ categories?: string[] }>(access, (client, root) =>
      client.api(`${root}/${path}`).header('Prefer', 'IdType="ImmutableId"').select('categories').get(),
    );
    const categories = current.categories ?? [];
    if (categories.some((name) => name.toLowerCase() === category.toLowerCase())) return;
    await this.call(access, (client, root) =>
      client
        .api(`${root}/${path}`)
        .header('Prefer', 'IdType="ImmutableId"')
        .patch({ categories: [...categories, category] }),
    );
  }

  async toRestIds(access: MailboxAccess, ewsIds: readonly string[]): Promise<Map<string, string>> {
    if (ewsIds.length === 0) return new Map();
    const result = await this.call<{ value?: { sourceId?: string; targetId?: string }[] }>(access, (client, root) =>
      client
        .api(`${root}/translateExchangeIds`)
        .post({ inputIds: ewsIds, sourceIdType: 'ewsId', targetIdType: 'restImmutableEntryId' }),
    );
    return new Map(
      (result.value ?? []).flatMap((row) =>
        row.sourceId && row.targetId ? [[row.sourceId, row.targetId] as const] : [],
      ),
    );
  }

  /** Master categories give the tag its colour; without MailboxSettings.ReadWrite the item is still tagged. */
  private async ensureMasterCategory(access: MailboxAccess, category: string): Promise<void> {
    try {
      const list = await this.call<{ value?: { displayName?: string }[] }>(access, (client, root) =>
        client.api(`${root}/outlook/masterCategories`).get(),
      );
      if (list.value?.some((entry) => entry.displayName?.toLowerCase() === category.toLowerCase())) return;
      await this.clientFor(await this.options.tokens.tokenFor(access))
        .api(`${rootOf(access)}/outlook/masterCategories`)
        .post({ displayName: category, color: CATEGORY_COLOR });
    } catch (error) {
      if (error instanceof GraphError && error.statusCode === 409) return; // created meanwhile
      const failure = translateGraphError(error);
      if (failure.code === 'FORBIDDEN' || failure.code === 'NOT_FOUND') return;
      throw failure;
    }
  }

  /**
   * One Graph request with a token for `access` and Graph errors translated into MailSourceError;
   * `root` is `/me` or `/users/{id-or-address}`. Public for sibling Graph adapters (graph-mailbox-watch.ts).
   */
  async call<T>(access: MailboxAccess, request: (client: Client, root: string) => Promise<T>): Promise<T> {
    // The token is fetched first: inside the client's chain a token failure would come back as a
    // generic GraphError and lose its meaning (AUTH_REQUIRED and its claims challenge).
    const token = await this.options.tokens.tokenFor(access);
    try {
      return await request(this.clientFor(token), rootOf(access));
    } catch (error) {
      throw translateGraphError(error);
    }
  }

  private clientFor(token: string): Client {
    const retry = this.options.retry ?? { maxRetries: 3, delaySeconds: 1 };
    const middleware: Middleware[] = [
      new AuthenticationHandler({ getAccessToken: async () => token }),
      new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries)),
      new RedirectHandler(),
      new OutboundFetchHandler(this.options.fetch),
    ];
    return Client.initWithMiddleware({
      middleware,
      baseUrl: this.origin,
      defaultVersion: this.version,
      customHosts: this.customHosts,
    });
  }
}

/** The mappers refuse payloads without an id or a usable date: for the caller that item cannot be read. */
function mapped(map: () => CapturedItem): CapturedItem {
  try {
    return map();
  } catch {
    throw new MailSourceError('NOT_FOUND', 'The item has no usable id or date.');
  }
}

/** The signed-in user's own mailbox is `/me`; a shared one they open, or an app-only one, is `/users/{key}`. */
function rootOf(access: MailboxAccess): string {
  if (access.kind === 'app') return `/users/${encodeURIComponent(access.userId)}`;
  return access.sharedMailbox ? `/users/${encodeURIComponent(access.sharedMailbox)}` : '/me';
}

/** The last link of the Graph client's chain: our fetch, which trusts the emulator's certificate. */
class OutboundFetchHandler implements Middleware {
  constructor(private readonly fetch: OutboundFetch) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    context.response = await this.fetch(url, context.options as RequestInit);
  }
}

function translateGraphError(error: unknown): MailSourceError {
  if (error instanceof MailSourceError) return error;
  if (error instanceof GraphError) {
    const status = error.statusCode;
    // A request Graph cannot parse (a malformed id, mostly) fails the same way every time: not an outage.
    if (status === 400) return new MailSourceError('REJECTED', 'Microsoft Graph refused the request as malformed.');
    if (status === 404) return new MailSourceError('NOT_FOUND', 'The item is not in the mailbox (moved or deleted?).');
    if (status === 403) return new MailSourceError('FORBIDDEN', 'Access to this mailbox item was denied.');
    if (status === 401) return new MailSourceError('AUTH_REQUIRED', 'Microsoft Graph did not accept the sign-in.');
    if (status === 429)
      return new MailSourceError('THROTTLED', 'Microsoft Graph is throttling requests; try again shortly.');
  }
  return new MailSourceError('UNAVAILABLE', 'Microsoft Graph cannot be reached right now.');
}

import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppMailbox, DeltaChange, MailboxWatchSource } from '../../ports/mailbox-watch-source.js';
import type { DeltaFeed, WatchedResource } from '../../domain/tagging.js';
import type { GraphMailSource } from './graph-mail-source.js';

/** Graph's change types we want: a new item may arrive tagged (an Outlook rule), or be tagged later. */
const CHANGE_TYPES = 'created,updated';
/** Delta pages are followed up to this many; the rest waits for the next run (the link is kept). */
const MAX_PAGES = 200;

interface DeltaResponse {
  value?: { id?: string; categories?: string[]; '@removed'?: unknown }[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * The mailbox watch on Microsoft Graph, through the same client and error translation as the mail
 * source: subscriptions at /subscriptions (app-only: `users/{id}/messages`, `users/{id}/events`),
 * delta on the inbox, sent items and a calendar view, and category PATCHes.
 */
export class GraphMailboxWatch implements MailboxWatchSource {
  constructor(private readonly graph: Pick<GraphMailSource, 'call'>) {}

  async resolveMailbox(access: AppMailbox): Promise<{ id: string; displayName: string | null; shared: boolean }> {
    const user = await this.graph.call<{ id?: string; displayName?: string | null }>(access, (client, root) =>
      client.api(root).select('id,displayName').get(),
    );
    const settings = await this.graph.call<{ userPurpose?: string }>(access, (client, root) =>
      client.api(`${root}/mailboxSettings`).select('userPurpose').get(),
    );
    return { id: user.id ?? '', displayName: user.displayName ?? null, shared: settings.userPurpose === 'shared' };
  }

  async createSubscription(
    access: AppMailbox,
    input: { resource: WatchedResource; notificationUrl: string; clientState: string; expiresAt: Date },
  ): Promise<{ id: string; expiresAt: Date }> {
    const created = await this.graph.call<{ id?: string; expirationDateTime?: string }>(access, (client) =>
      client.api('/subscriptions').post({
        changeType: CHANGE_TYPES,
        notificationUrl: input.notificationUrl,
        // Lifecycle events (subscriptionRemoved, missed, reauthorizationRequired) come to the same endpoint.
        lifecycleNotificationUrl: input.notificationUrl,
        resource: `users/${encodeURIComponent(access.userId)}/${input.resource}`,
        expirationDateTime: input.expiresAt.toISOString(),
        clientState: input.clientState,
      }),
    );
    return { id: created.id ?? '', expiresAt: new Date(created.expirationDateTime ?? input.expiresAt) };
  }

  async renewSubscription(access: AppMailbox, id: string, expiresAt: Date): Promise<{ expiresAt: Date }> {
    const renewed = await this.graph.call<{ expirationDateTime?: string }>(access, (client) =>
      client.api(`/subscriptions/${encodeURIComponent(id)}`).patch({ expirationDateTime: expiresAt.toISOString() }),
    );
    return { expiresAt: new Date(renewed.expirationDateTime ?? expiresAt) };
  }

  async deleteSubscription(access: AppMailbox, id: string): Promise<void> {
    await this.graph.call(access, (client) => client.api(`/subscriptions/${encodeURIComponent(id)}`).delete());
  }

  async delta(access: AppMailbox, feed: DeltaFeed, deltaLink: string | null, window: { start: Date; end: Date }) {
    const kind = feed === 'calendar' ? 'meeting' : 'email';
    const changes: DeltaChange[] = [];
    let next: string | null = deltaLink;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const response: DeltaResponse = await this.graph.call(access, (client, root) =>
        firstOrNext(client, root, feed, next, window),
      );
      for (const item of response.value ?? []) {
        if (item.id)
          changes.push({
            kind,
            graphId: item.id,
            categories: item.categories ?? [],
            removed: item['@removed'] !== undefined,
          });
      }
      if (response['@odata.deltaLink']) return { changes, deltaLink: response['@odata.deltaLink'] };
      next = response['@odata.nextLink'] ?? null;
      if (!next) break;
    }
    // No delta link yet: keep the next link so the next run goes on from here.
    return { changes, deltaLink: next ?? deltaLink ?? '' };
  }

  async setCategories(
    access: AppMailbox,
    item: { kind: 'email' | 'meeting'; restId: string },
    categories: string[],
  ): Promise<void> {
    const path = `${item.kind === 'email' ? 'messages' : 'events'}/${encodeURIComponent(item.restId)}`;
    await this.graph.call(access, (client, root) =>
      client.api(`${root}/${path}`).header('Prefer', 'IdType="ImmutableId"').patch({ categories }),
    );
  }
}

function firstOrNext(
  client: Client,
  root: string,
  feed: DeltaFeed,
  link: string | null,
  window: { start: Date; end: Date },
): Promise<DeltaResponse> {
  const prefer = 'IdType="ImmutableId", odata.maxpagesize=100';
  if (link) return client.api(link).header('Prefer', prefer).get();
  if (feed === 'calendar') {
    return client
      .api(`${root}/calendarView/delta`)
      .header('Prefer', prefer)
      .query({ startDateTime: window.start.toISOString(), endDateTime: window.end.toISOString() })
      .get();
  }
  return client
    .api(`${root}/mailFolders/${feed}/messages/delta`)
    .header('Prefer', prefer)
    .select('id,categories')
    .get();
}

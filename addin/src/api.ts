/** The pane's routes on the service, over the shared API client (web-shared/api-client.ts). */
import { createApiCall, type ApiClientOptions } from '../../web-shared/api-client.js';
import type {
  CompanyDetail,
  CompanyList,
  ItemPreview,
  LogItemRequest,
  LogResult,
  Me,
  PaneContext,
  RememberedContact,
  Topic,
} from '../../web-shared/api-types.js';
import type { TagList, WatchStatus } from '../../web-shared/api-types.js';
import type { ItemKind, ItemRef } from './office-host.js';

export interface KontaktsporApi {
  me(): Promise<Me>;
  topics(): Promise<Topic[]>;
  context(emails: readonly string[], internetMessageId?: string | null): Promise<PaneContext>;
  searchCompanies(query: string, signal?: AbortSignal): Promise<CompanyList>;
  company(id: string): Promise<CompanyDetail>;
  preview(kind: ItemKind, ref: ItemRef): Promise<ItemPreview>;
  rememberContact(companyId: string, contact: { email: string; name?: string | null }): Promise<RememberedContact>;
  logItem(kind: ItemKind, body: LogItemRequest): Promise<LogResult>;
  /** The "Kontaktspor" category (issue 8). */
  mailboxWatch(): Promise<WatchStatus>;
  setMailboxWatch(on: boolean): Promise<WatchStatus>;
  myTags(): Promise<TagList>;
}

const SEARCH_LIMIT = 10;

export function createApi(options: ApiClientOptions): KontaktsporApi {
  const call = createApiCall(options);

  return {
    me: () => call<Me>('GET', '/api/me'),
    topics: async () => (await call<{ items: Topic[] }>('GET', '/api/topics')).items,
    context(emails, internetMessageId) {
      const params = new URLSearchParams();
      for (const email of emails) params.append('email', email);
      if (internetMessageId) params.set('internetMessageId', internetMessageId);
      return call<PaneContext>('GET', `/api/context?${params}`);
    },
    searchCompanies(query, signal) {
      const params = new URLSearchParams({ q: query, limit: String(SEARCH_LIMIT) });
      return call<CompanyList>('GET', `/api/companies?${params}`, undefined, signal);
    },
    company: (id) => call<CompanyDetail>('GET', `/api/companies/${encodeURIComponent(id)}`),
    preview(kind, ref) {
      const params = new URLSearchParams({ kind, itemId: ref.itemId, itemIdType: ref.itemIdType });
      if (ref.sharedMailbox) params.set('sharedMailbox', ref.sharedMailbox);
      return call<ItemPreview>('GET', `/api/items/preview?${params}`);
    },
    rememberContact(companyId, contact) {
      const body = { email: contact.email, ...(contact.name ? { name: contact.name } : {}) };
      return call<RememberedContact>('POST', `/api/companies/${encodeURIComponent(companyId)}/contacts`, body);
    },
    logItem: (kind, body) => call<LogResult>('POST', `/api/interactions/${kind}`, body),
    mailboxWatch: () => call<WatchStatus>('GET', '/api/me/mailbox-watch'),
    setMailboxWatch: (on) =>
      on
        ? call<WatchStatus>('POST', '/api/me/mailbox-watch', { consent: true })
        : call<WatchStatus>('DELETE', '/api/me/mailbox-watch'),
    myTags: () => call<TagList>('GET', '/api/me/tags'),
  };
}

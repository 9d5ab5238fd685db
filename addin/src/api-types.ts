/**
 * The service's API shapes as the pane sees them: types only, inferred from the server's zod schemas
 * (erased at build time, so no zod and no server code reaches the bundle).
 */
import type { z } from 'zod';
import type {
  CompanyDetailSchema,
  CompanyListSchema,
  CompanySummarySchema,
  ContactSchema,
  ItemPreviewSchema,
  LogItemResultSchema,
  MeSchema,
  PaneContextSchema,
  ServiceContextSchema,
  TopicsSchema,
} from '../../src/http/api-schemas.js';
import type { TagListSchema, WatchStatusSchema } from '../../src/http/api-schemas.js';

export type Me = z.infer<typeof MeSchema>;
/** The "Kontaktspor" category: whether my mailbox is watched, and my waiting and failed tags. */
export type WatchStatus = z.infer<typeof WatchStatusSchema>;
export type TagList = z.infer<typeof TagListSchema>;
export type Topic = z.infer<typeof TopicsSchema>['items'][number];
export type CompanySummary = z.infer<typeof CompanySummarySchema>;
export type CompanyList = z.infer<typeof CompanyListSchema>;
export type CompanyDetail = z.infer<typeof CompanyDetailSchema>;
export type ServiceContext = z.infer<typeof ServiceContextSchema>;
export type PaneContext = z.infer<typeof PaneContextSchema>;
export type ContextMatch = PaneContext['matches'][number];
export type AlreadyLogged = NonNullable<PaneContext['alreadyLogged']>;
export type RecentColleagueContact = ServiceContext['recentColleagueContacts'][number];
export type LastContact = ServiceContext['lastContacts'][number];
export type OpenVacancy = ServiceContext['openVacancies'][number];
export type ItemPreview = z.infer<typeof ItemPreviewSchema>;
export type RememberedContact = z.infer<typeof ContactSchema>;
export type LogResult = z.infer<typeof LogItemResultSchema>;
export type Visibility = NonNullable<ItemPreview['suggestedVisibility']>;

/** Body of POST /api/interactions/email|meeting (the server's LogItemBody, as sent). */
export interface LogItemRequest {
  itemId: string;
  itemIdType: 'rest' | 'ews';
  companyId: string;
  topics: string[];
  summary?: string;
  visibility?: Visibility;
  vacancy?: { title: string; positions: number; deadline?: string; location?: string; postcode?: string };
}

/** What the server puts into the page as #kontaktspor-config (see src/http/front-end-pages.ts). */
export interface ClientConfig {
  mode: 'demo' | 'production';
  auth: { clientId: string; apiScope: string; authority: string } | null;
}

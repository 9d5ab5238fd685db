/**
 * The service's API shapes as the tab sees them: types only, inferred from the server's zod schemas
 * (erased at build time, so no zod and no server code reaches the bundle).
 */
import type { z } from 'zod';
import type {
  CompanyDetailSchema,
  CompanyListSchema,
  CompanySchema,
  CompanySummarySchema,
  ContactListSchema,
  ContactSchema,
  HistoryPageSchema,
  InteractionViewSchema,
  KpiSchema,
  KpiTargetsSchema,
  MeSchema,
  SectionsSchema,
  ServiceContextSchema,
  StaffListSchema,
  SubscriptionSchema,
  TopicsSchema,
  VacancySchema,
  VacancyStatusSchema,
  VisibilitySchema,
} from '../../src/http/api-schemas.js';
import type { KpiMetric } from '../../src/domain/kpi-definitions.js';
import type { TagListSchema, WatchStatusSchema } from '../../src/http/api-schemas.js';
import type { StaffEmailClashListSchema } from '../../src/http/api-schemas.js';
import type {
  AlertSchema,
  DataSubjectExportSchema,
  ErasureResultSchema,
  NeverLogEntrySchema,
  PrivacySettingsSchema,
  PurgeResultSchema,
} from '../../src/http/api-schemas.js';

export type { KpiMetric };
export type Me = z.infer<typeof MeSchema>;
export type Topic = z.infer<typeof TopicsSchema>['items'][number];
export type Section = z.infer<typeof SectionsSchema>['items'][number];
export type StaffMember = z.infer<typeof StaffListSchema>['items'][number];
export type CompanySummary = z.infer<typeof CompanySummarySchema>;
export type CompanyList = z.infer<typeof CompanyListSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type CompanyDetail = z.infer<typeof CompanyDetailSchema>;
export type ServiceContext = z.infer<typeof ServiceContextSchema>;
export type RecentColleagueContact = ServiceContext['recentColleagueContacts'][number];
export type Interaction = z.infer<typeof InteractionViewSchema>;
export type InteractionKind = Interaction['kind'];
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
export type Vacancy = z.infer<typeof VacancySchema>;
export type VacancyStatus = z.infer<typeof VacancyStatusSchema>;
export type Visibility = z.infer<typeof VisibilitySchema>;
export type Kpi = z.infer<typeof KpiSchema>;
export type KpiMonth = Kpi['months'][number];
export type KpiTarget = z.infer<typeof KpiTargetsSchema>['items'][number];
export type ContactPerson = z.infer<typeof ContactListSchema>['items'][number];
export type RememberedContact = z.infer<typeof ContactSchema>;
export type Subscription = z.infer<typeof SubscriptionSchema>;
/** The "Kontaktspor" category: whether my mailbox is watched, and my waiting and failed tags. */
export type WatchStatus = z.infer<typeof WatchStatusSchema>;
export type TagList = z.infer<typeof TagListSchema>;
export type TagJob = TagList['pending'][number];

// --- the privacy and administration pages -------------------------------------------------------
/** One address or domain on a never-log list: the jobcentre's ('tenant', admins) or a user's own. */
export type NeverLogEntry = z.infer<typeof NeverLogEntrySchema>;
export type NeverLogScope = NeverLogEntry['scope'];
export type PurgeResult = z.infer<typeof PurgeResultSchema>;
/** Body of POST …/never-log/purge: count first, delete only on an explicit confirm. */
export type PurgeRequest = { dryRun: true } | { confirm: true };
export type PrivacySettings = z.infer<typeof PrivacySettingsSchema>;
export type DataSubjectExport = z.infer<typeof DataSubjectExportSchema>;
export type ErasureResult = z.infer<typeof ErasureResultSchema>;
/** A vacancy alert delivery (a row of the outbox) as admins see it. */
export type AlertDelivery = z.infer<typeof AlertSchema>;
/** Staff rows sharing one email: each a different Entra user (admins). */
export type StaffEmailClash = z.infer<typeof StaffEmailClashListSchema>['items'][number];

/** Body of POST /api/companies/:id/interactions (a call, visit or note logged by hand). */
export interface ManualContactRequest {
  kind: 'call' | 'visit' | 'note';
  occurredAt?: string;
  subject?: string | null;
  summary: string;
  topics: string[];
  direction?: 'inbound' | 'outbound' | null;
  visibility?: Visibility;
}

/** Body of PATCH /api/companies/:id: only what changed (domains and P-numbers replace their lists). */
export interface CompanyPatch {
  name?: string;
  cvr?: string | null;
  pNumbers?: string[];
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
  blockade?: boolean;
  doNotContact?: boolean;
  responsibleStaffId?: string | null;
  domains?: string[];
}

/** Body of POST /api/companies/:id/contacts. */
export interface NewContactPerson {
  email: string;
  name?: string | null;
  phone?: string | null;
  title?: string | null;
}

/** Body of POST /api/vacancies. */
export interface NewVacancy {
  companyId: string;
  title: string;
  positions: number;
  deadline?: string | null;
  topics?: string[];
  sectionId?: string | null;
}

/** Body of POST /api/subscriptions. */
export interface NewSubscription {
  conversationId: string;
  topics: string[];
  industryPrefixes: string[];
  postcodes: string[];
  keywords: string[];
}

/** Query of GET /api/companies/:id/interactions. */
export interface TimelineQuery {
  cursor?: string | null;
  limit?: number;
  kind?: InteractionKind | null;
  topic?: string | null;
  staff?: string | null;
  section?: string | null;
  /** ISO instants; `to` is exclusive. */
  from?: string | null;
  to?: string | null;
}

/** What the server puts into the page as #kontaktspor-config (see src/http/front-end-pages.ts). */
export interface ClientConfig {
  mode: 'demo' | 'production';
  auth: { clientId: string; apiScope: string; authority: string } | null;
}

/**
 * The service's API shapes as the tab and the add-in see them: types only, inferred from the server's
 * zod schemas (erased at build time, so no zod and no server code reaches a bundle). The response
 * schemas declare instants as ISO strings (`Timestamp`), so z.infer already gives the wire shape.
 * Request bodies are written out below: the body schemas' input types are wider than what the front
 * ends send (defaults make fields optional, z.coerce accepts anything), and `Sendable` checks at
 * compile time that each body still fits its schema.
 */
import type { z } from 'zod';
import type {
  CompanyDetailSchema,
  CompanyListSchema,
  CompanySchema,
  CompanySummarySchema,
  ContactListSchema,
  ContactSchema,
  CreateSubscriptionBody,
  CreateVacancyBody,
  HistoryPageSchema,
  InteractionViewSchema,
  ItemPreviewSchema,
  KpiSchema,
  KpiTargetsSchema,
  LogItemBody,
  LogItemResultSchema,
  ManualContactBody,
  MeSchema,
  PaneContextSchema,
  PatchCompanyBody,
  RememberContactBody,
  SectionsSchema,
  ServiceContextSchema,
  StaffListSchema,
  SubscriptionSchema,
  TopicsSchema,
  VacancySchema,
  VacancyStatusSchema,
  VisibilitySchema,
} from '../src/http/api-schemas.js';
import type {
  AlertSchema,
  DataSubjectExportSchema,
  ErasureResultSchema,
  NeverLogEntrySchema,
  PrivacySettingsSchema,
  PurgeResultSchema,
} from '../src/http/api-schemas.js';
import type { KpiMetric } from '../src/domain/kpi-definitions.js';
import type { TagListSchema, WatchStatusSchema } from '../src/http/api-schemas.js';
import type { RegisterStatusSchema, StaffEmailClashListSchema } from '../src/http/api-schemas.js';
import type { StarAdminStatusSchema } from '../src/http/schemas/star.js';
import type { SharedMailboxSchema } from '../src/http/api-schemas.js';
import type {
  CreateCompanyBody,
  FromRegisterBody,
  FromRegisterSchema,
  MergeBody,
  MergeResultSchema,
  RegisterFactsSchema,
  RegisterHitSchema,
} from '../src/http/api-schemas.js';

export type { KpiMetric };
export type Me = z.infer<typeof MeSchema>;
export type Topic = z.infer<typeof TopicsSchema>['items'][number];
export type Section = z.infer<typeof SectionsSchema>['items'][number];
export type StaffMember = z.infer<typeof StaffListSchema>['items'][number];
export type Visibility = z.infer<typeof VisibilitySchema>;

// --- companies and their context ----------------------------------------------------------------
export type CompanySummary = z.infer<typeof CompanySummarySchema>;
export type CompanyList = z.infer<typeof CompanyListSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type CompanyDetail = z.infer<typeof CompanyDetailSchema>;
export type ServiceContext = z.infer<typeof ServiceContextSchema>;
export type RecentColleagueContact = ServiceContext['recentColleagueContacts'][number];
export type LastContact = ServiceContext['lastContacts'][number];
export type OpenVacancy = ServiceContext['openVacancies'][number];
export type ContactPerson = z.infer<typeof ContactListSchema>['items'][number];
export type RememberedContact = z.infer<typeof ContactSchema>;

// --- the CVR register (issue 16) ------------------------------------------------------------------
export type RegisterFacts = z.infer<typeof RegisterFactsSchema>;
export type RegisterPUnit = RegisterFacts['pUnits'][number];
export type RegisterHit = z.infer<typeof RegisterHitSchema>;
export type FromRegisterResult = z.infer<typeof FromRegisterSchema>;
export type MergeResult = z.infer<typeof MergeResultSchema>;

// --- the history ----------------------------------------------------------------------------------
export type Interaction = z.infer<typeof InteractionViewSchema>;
export type InteractionKind = Interaction['kind'];
export type HistoryPage = z.infer<typeof HistoryPageSchema>;

// --- the Outlook pane -----------------------------------------------------------------------------
export type PaneContext = z.infer<typeof PaneContextSchema>;
export type ContextMatch = PaneContext['matches'][number];
export type AlreadyLogged = NonNullable<PaneContext['alreadyLogged']>;
export type ItemPreview = z.infer<typeof ItemPreviewSchema>;
export type LogResult = z.infer<typeof LogItemResultSchema>;

// --- vacancies, strategy and alerts ---------------------------------------------------------------
export type Vacancy = z.infer<typeof VacancySchema>;
export type VacancyStatus = z.infer<typeof VacancyStatusSchema>;
export type Kpi = z.infer<typeof KpiSchema>;
export type KpiMonth = Kpi['months'][number];
export type KpiTarget = z.infer<typeof KpiTargetsSchema>['items'][number];
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
export type RegisterSyncStatus = z.infer<typeof RegisterStatusSchema>;
/** GET /api/admin/star: STAR's inbox of jobordre messages (admins). */
export type StarAdminStatus = z.infer<typeof StarAdminStatusSchema>;
/** A shared mailbox (jobordre@…) the category flow watches (issue 17). */
export type SharedMailbox = z.infer<typeof SharedMailboxSchema>;

// --- request bodies and queries, as sent ---------------------------------------------------------

/** Body of POST /api/interactions/email|meeting (the server's LogItemBody, as sent). */
export interface LogItemRequest {
  itemId: string;
  itemIdType: 'rest' | 'ews';
  companyId: string;
  topics: string[];
  summary?: string;
  visibility?: Visibility;
  vacancy?: { title: string; positions: number; deadline?: string; location?: string; postcode?: string };
  /** The shared mailbox the item is in (its SMTP address); the caller's own mailbox when absent. */
  sharedMailbox?: string;
}

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

/** Body of POST /api/companies: a company staff type by hand (`cvr: null`: a company without CVR). */
export interface NewCompany {
  name: string;
  cvr?: string | null;
  pNumbers?: string[];
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
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

/** A body the front ends send, checked at compile time against what its schema accepts. */
type Sendable<Schema extends z.ZodType, Body extends z.input<Schema>> = Body;
/** Fails to compile when a body above drifts from the service's schema. */
export type SendableBodies = [
  Sendable<typeof LogItemBody, LogItemRequest>,
  Sendable<typeof ManualContactBody, ManualContactRequest>,
  Sendable<typeof PatchCompanyBody, CompanyPatch>,
  Sendable<typeof RememberContactBody, NewContactPerson>,
  Sendable<typeof CreateVacancyBody, NewVacancy>,
  Sendable<typeof CreateSubscriptionBody, NewSubscription>,
  Sendable<typeof CreateCompanyBody, NewCompany>,
  Sendable<typeof FromRegisterBody, { cvr: string }>,
  Sendable<typeof MergeBody, { mergedId: string }>,
];

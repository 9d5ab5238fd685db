/** The tab's routes on the service, over the shared API client (web-shared/api-client.ts). */
import { createApiCall, queryString, type ApiClientOptions } from '../../../web-shared/api-client.js';
import { eraseRequest } from '../admin/data-subject-logic.js';
import type {
  Company,
  CompanyDetail,
  CompanyList,
  CompanyPatch,
  FromRegisterResult,
  MergeResult,
  NewCompany,
  RegisterHit,
  ContactPerson,
  HistoryPage,
  Interaction,
  Kpi,
  KpiTarget,
  ManualContactRequest,
  Me,
  NewContactPerson,
  NewSubscription,
  NewVacancy,
  RememberedContact,
  Section,
  StaffMember,
  Subscription,
  TimelineQuery,
  Topic,
  Vacancy,
  VacancyStatus,
  TagJob,
  TagList,
  WatchStatus,
  AlertDelivery,
  DataSubjectExport,
  ErasureResult,
  NeverLogEntry,
  NeverLogScope,
  PrivacySettings,
  PurgeRequest,
  PurgeResult,
  RegisterSyncStatus,
  StarAdminStatus,
  SharedMailbox,
  StaffEmailClash,
} from '../../../web-shared/api-types.js';

export interface KpiQuery {
  from: string;
  to: string;
  section?: string | null;
}

export interface VacancyQuery {
  status?: 'open' | 'closed' | VacancyStatus;
  section?: string | null;
  companyId?: string;
  limit?: number;
}

export interface KontaktsporApi {
  me(): Promise<Me>;
  topics(): Promise<Topic[]>;
  sections(): Promise<Section[]>;
  staff(): Promise<StaffMember[]>;
  searchCompanies(query: string, signal?: AbortSignal): Promise<CompanyList>;
  company(id: string, signal?: AbortSignal): Promise<CompanyDetail>;
  updateCompany(id: string, patch: CompanyPatch): Promise<Company>;
  /** A company typed by hand (without CVR when `cvr` is null). */
  createCompany(body: NewCompany): Promise<Company>;
  /** The CVR register (issue 16): hits for a CVR, P-number or name; creating one; merging two (admins). */
  registerLookup(query: string, signal?: AbortSignal): Promise<RegisterHit[]>;
  createFromRegister(cvr: string): Promise<FromRegisterResult>;
  mergeCompanies(survivorId: string, mergedId: string): Promise<MergeResult>;
  timeline(companyId: string, query: TimelineQuery, signal?: AbortSignal): Promise<HistoryPage>;
  logContact(companyId: string, body: ManualContactRequest): Promise<Interaction>;
  contacts(companyId: string, signal?: AbortSignal): Promise<ContactPerson[]>;
  addContact(companyId: string, body: NewContactPerson): Promise<RememberedContact>;
  vacancies(query: VacancyQuery, signal?: AbortSignal): Promise<Vacancy[]>;
  createVacancy(body: NewVacancy): Promise<Vacancy>;
  transitionVacancy(id: string, to: VacancyStatus, note?: string | null): Promise<Vacancy>;
  kpi(query: KpiQuery, signal?: AbortSignal): Promise<Kpi>;
  setKpiTargets(targets: KpiTarget[]): Promise<KpiTarget[]>;
  subscriptions(conversationId: string, signal?: AbortSignal): Promise<Subscription[]>;
  subscribe(body: NewSubscription): Promise<Subscription>;
  unsubscribe(id: string): Promise<number>;
  /** The "Kontaktspor" category (issue 8). */
  mailboxWatch(signal?: AbortSignal): Promise<WatchStatus>;
  setMailboxWatch(on: boolean): Promise<WatchStatus>;
  myTags(signal?: AbortSignal): Promise<TagList>;
  /** The company for a tagged item that waits for one: logs it there. */
  chooseTagCompany(jobId: string, companyId: string): Promise<TagJob>;
  /** Never-log lists: my own ('user') or the jobcentre's ('tenant', admins). */
  neverLog(scope: NeverLogScope, signal?: AbortSignal): Promise<NeverLogEntry[]>;
  addNeverLog(scope: NeverLogScope, value: string): Promise<NeverLogEntry>;
  removeNeverLog(scope: NeverLogScope, id: string): Promise<number>;
  purgeNeverLog(scope: NeverLogScope, body: PurgeRequest): Promise<PurgeResult>;
  /** Admins: vacancy alerts that were given up on, and sending one again. */
  deadAlerts(signal?: AbortSignal): Promise<AlertDelivery[]>;
  retryAlert(id: string): Promise<AlertDelivery>;
  /** Admins: staff rows that share an email (a reused sign-in name). */
  staffEmailClashes(signal?: AbortSignal): Promise<StaffEmailClash[]>;
  registerStatus(signal?: AbortSignal): Promise<RegisterSyncStatus>;
  /** Admins: STAR's inbox of jobordre messages. */
  starStatus(signal?: AbortSignal): Promise<StarAdminStatus>;
  /** Admins: the shared mailboxes watched for the category, adding and removing one. */
  sharedMailboxes(signal?: AbortSignal): Promise<SharedMailbox[]>;
  addSharedMailbox(address: string, sectionId: string): Promise<SharedMailbox>;
  removeSharedMailbox(id: string): Promise<void>;
  /** Admins: when text decays and rows are deleted. */
  privacySettings(signal?: AbortSignal): Promise<PrivacySettings>;
  savePrivacySettings(settings: PrivacySettings): Promise<PrivacySettings>;
  /** Admins: a data subject's access and erasure requests, by email address. */
  exportDataSubject(email: string): Promise<DataSubjectExport>;
  eraseDataSubject(email: string): Promise<ErasureResult>;
}

/** Where a never-log list lives: the user's own under /api/me, the jobcentre's under /api/admin. */
export function neverLogPath(scope: NeverLogScope): string {
  return scope === 'user' ? '/api/me/never-log' : '/api/admin/never-log';
}

const SEARCH_LIMIT = 15;
const TIMELINE_PAGE = 25;

export function createApi(options: ApiClientOptions): KontaktsporApi {
  const call = createApiCall(options);

  const company = (id: string) => `/api/companies/${encodeURIComponent(id)}`;

  return {
    me: () => call<Me>('GET', '/api/me'),
    topics: async () => (await call<{ items: Topic[] }>('GET', '/api/topics')).items,
    sections: async () => (await call<{ items: Section[] }>('GET', '/api/sections')).items,
    staff: async () => (await call<{ items: StaffMember[] }>('GET', '/api/staff')).items,
    searchCompanies: (query, signal) =>
      call<CompanyList>('GET', `/api/companies${queryString({ q: query, limit: SEARCH_LIMIT })}`, undefined, signal),
    company: (id, signal) => call<CompanyDetail>('GET', company(id), undefined, signal),
    updateCompany: (id, patch) => call<Company>('PATCH', company(id), patch),
    createCompany: (body) => call<Company>('POST', '/api/companies', body),
    registerLookup: async (query, signal) =>
      (
        await call<{ items: RegisterHit[] }>(
          'GET',
          `/api/register/companies${queryString({ q: query })}`,
          undefined,
          signal,
        )
      ).items,
    createFromRegister: (cvr) => call<FromRegisterResult>('POST', '/api/companies/from-register', { cvr }),
    mergeCompanies: (survivorId, mergedId) => call<MergeResult>('POST', `${company(survivorId)}/merge`, { mergedId }),
    timeline(companyId, query, signal) {
      const qs = queryString({
        cursor: query.cursor,
        limit: query.limit ?? TIMELINE_PAGE,
        kind: query.kind,
        topic: query.topic,
        staff: query.staff,
        section: query.section,
        from: query.from,
        to: query.to,
      });
      return call<HistoryPage>('GET', `${company(companyId)}/interactions${qs}`, undefined, signal);
    },
    logContact: (companyId, body) => call<Interaction>('POST', `${company(companyId)}/interactions`, body),
    contacts: async (companyId, signal) =>
      (await call<{ items: ContactPerson[] }>('GET', `${company(companyId)}/contacts`, undefined, signal)).items,
    addContact: (companyId, body) => call<RememberedContact>('POST', `${company(companyId)}/contacts`, body),
    vacancies: async (query, signal) =>
      (
        await call<{ items: Vacancy[] }>(
          'GET',
          `/api/vacancies${queryString({ status: query.status, section: query.section, companyId: query.companyId, limit: query.limit ?? 100 })}`,
          undefined,
          signal,
        )
      ).items,
    createVacancy: (body) => call<Vacancy>('POST', '/api/vacancies', body),
    transitionVacancy: (id, to, note) =>
      call<Vacancy>('POST', `/api/vacancies/${encodeURIComponent(id)}/transition`, { to, ...(note ? { note } : {}) }),
    kpi: (query, signal) =>
      call<Kpi>(
        'GET',
        `/api/kpi${queryString({ from: query.from, to: query.to, section: query.section })}`,
        undefined,
        signal,
      ),
    setKpiTargets: async (targets) =>
      (await call<{ items: KpiTarget[] }>('PUT', '/api/kpi/targets', { targets: targets.map(toTargetBody) })).items,
    subscriptions: async (conversationId, signal) =>
      (
        await call<{ items: Subscription[] }>(
          'GET',
          `/api/subscriptions${queryString({ conversationId })}`,
          undefined,
          signal,
        )
      ).items,
    subscribe: (body) => call<Subscription>('POST', '/api/subscriptions', body),
    unsubscribe: async (id) =>
      (await call<{ removed: number }>('DELETE', `/api/subscriptions/${encodeURIComponent(id)}`)).removed,
    mailboxWatch: (signal) => call<WatchStatus>('GET', '/api/me/mailbox-watch', undefined, signal),
    setMailboxWatch: (on) =>
      on
        ? call<WatchStatus>('POST', '/api/me/mailbox-watch', { consent: true })
        : call<WatchStatus>('DELETE', '/api/me/mailbox-watch'),
    myTags: (signal) => call<TagList>('GET', '/api/me/tags', undefined, signal),
    chooseTagCompany: (jobId, companyId) =>
      call<TagJob>('POST', `/api/me/tags/${encodeURIComponent(jobId)}/company`, { companyId }),
    neverLog: async (scope, signal) =>
      (await call<{ items: NeverLogEntry[] }>('GET', neverLogPath(scope), undefined, signal)).items,
    addNeverLog: (scope, value) => call<NeverLogEntry>('POST', neverLogPath(scope), { value }),
    removeNeverLog: async (scope, id) =>
      (await call<{ removed: number }>('DELETE', `${neverLogPath(scope)}/${encodeURIComponent(id)}`)).removed,
    purgeNeverLog: (scope, body) => call<PurgeResult>('POST', `${neverLogPath(scope)}/purge`, body),
    deadAlerts: async (signal) =>
      (
        await call<{ items: AlertDelivery[] }>(
          'GET',
          `/api/alerts${queryString({ status: 'dead', limit: 200 })}`,
          undefined,
          signal,
        )
      ).items,
    retryAlert: (id) => call<AlertDelivery>('POST', `/api/alerts/${encodeURIComponent(id)}/retry`, {}),
    staffEmailClashes: async (signal) =>
      (await call<{ items: StaffEmailClash[] }>('GET', '/api/admin/staff/email-clashes', undefined, signal)).items,
    registerStatus: (signal) => call<RegisterSyncStatus>('GET', '/api/admin/register', undefined, signal),
    starStatus: (signal) => call<StarAdminStatus>('GET', '/api/admin/star', undefined, signal),
    sharedMailboxes: async (signal) =>
      (await call<{ items: SharedMailbox[] }>('GET', '/api/admin/shared-mailboxes', undefined, signal)).items,
    addSharedMailbox: (address, sectionId) =>
      call<SharedMailbox>('POST', '/api/admin/shared-mailboxes', { address, sectionId }),
    removeSharedMailbox: async (id) => {
      await call('DELETE', `/api/admin/shared-mailboxes/${encodeURIComponent(id)}`);
    },
    privacySettings: (signal) => call<PrivacySettings>('GET', '/api/admin/privacy-settings', undefined, signal),
    savePrivacySettings: (settings) => call<PrivacySettings>('PUT', '/api/admin/privacy-settings', settings),
    exportDataSubject: (email) => call<DataSubjectExport>('POST', '/api/admin/data-subjects/export', { email }),
    eraseDataSubject: (email) => call<ErasureResult>('POST', '/api/admin/data-subjects/erase', eraseRequest(email)),
  };
}

function toTargetBody(target: KpiTarget) {
  return {
    metric: target.metric,
    period: target.period,
    value: target.value,
    ...(target.sectionId ? { sectionId: target.sectionId } : {}),
  };
}

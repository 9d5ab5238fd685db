import type {
  AuditEntry,
  ChannelSubscription,
  ConversationRef,
  SubscriptionFilters,
  Company,
  CompanySummary,
  Contact,
  Interaction,
  InteractionEntry,
  InteractionKind,
  Section,
  Staff,
  Vacancy,
  VacancyEvent,
  VacancyStatus,
} from '../domain/model.js';
import type { Topic } from '../domain/topics.js';
import type { DeltaFeed, GraphSubscriptionRecord, MailboxWatch, TagJob, TagJobOutcome, TagJobStatus } from '../domain/tagging.js';
import type { ContactHit, DomainHit } from '../domain/company-matching.js';

export type NewCompany = Omit<Company, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type CompanyPatch = Partial<Omit<Company, 'id' | 'createdAt' | 'updatedAt'>>;
export type NewInteraction = Omit<Interaction, 'id' | 'createdAt' | 'attachmentNames'> & {
  id?: string;
  attachmentNames?: string[];
  coLoggers?: string[];
};
export type NewContact = Omit<Contact, 'id'> & { id?: string };
export type NewVacancy = Omit<Vacancy, 'id' | 'createdAt' | 'updatedAt' | 'companyName'> & { id?: string; createdAt?: Date };

export interface TimelineFilter {
  kinds?: InteractionKind[];
  topics?: string[];
  staffId?: string;
  sectionId?: string;
  from?: Date;
  to?: Date;
}

/** Position after which the next timeline page starts (newest first). */
export interface TimelinePosition {
  occurredAt: Date;
  id: string;
}

export interface VacancyFilter {
  statuses?: VacancyStatus[];
  sectionId?: string;
  companyId?: string;
  limit: number;
}

export interface DateRange {
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** Raw counts the strategy metrics are computed from, per month ('YYYY-MM') where it says so. */
export interface KpiFacts {
  companiesTotal: number;
  cooperatingCompanies: number;
  companiesServed: number;
  staffTotal: number;
  contactsByMonthAndSection: { month: string; sectionId: string | null; contacts: number; companies: number }[];
  loggingStaffByMonth: { month: string; staff: number }[];
  /** Companies served and cooperating per month, and how many were new to the period that month. */
  companiesByMonth: { month: string; served: number; cooperating: number; newlyServed: number; newlyCooperating: number }[];
  vacanciesByMonth: { month: string; received: number; filled: number }[];
  vacanciesReceived: number;
  vacanciesReferred: number;
  vacanciesFilled: number;
  vacanciesClosed: number;
  avgDaysToFirstAction: number | null;
}

export interface KpiTarget {
  metric: string;
  sectionId: string | null;
  period: string;
  value: number;
}

/**
 * The shared history's storage. Every function takes the tenant first and never sees another
 * tenant's rows. Implementations must pass test/contract/store.contract.ts.
 */
export interface Store {
  /** Runs `work` in one transaction: all its writes land or none do. */
  withTransaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;

  findStaffByEmail(tenantId: string, email: string): Promise<Staff | null>;
  listStaff(tenantId: string, ids?: readonly string[]): Promise<Staff[]>;
  insertStaff(tenantId: string, staff: Omit<Staff, 'id'> & { id?: string }): Promise<Staff>;
  /**
   * The staff row of a signed-in Entra user: found by object id, else by email (a row made before
   * the first sign-in), else created. Name and email follow the directory.
   */
  upsertStaffIdentity(tenantId: string, identity: { oid: string; email: string; name: string; sectionId: string | null }): Promise<Staff>;
  listSections(tenantId: string): Promise<Section[]>;
  insertSection(tenantId: string, section: Section): Promise<void>;
  listTopics(tenantId: string): Promise<Topic[]>;
  replaceTopics(tenantId: string, topics: readonly Topic[]): Promise<void>;

  searchCompaniesByName(tenantId: string, searchKey: string, limit: number): Promise<CompanySummary[]>;
  findCompaniesByCvrPrefix(tenantId: string, digits: string, limit: number): Promise<CompanySummary[]>;
  findCompaniesByPNumber(tenantId: string, pNumber: string, limit: number): Promise<CompanySummary[]>;
  findCompaniesByDomain(tenantId: string, domain: string, limit: number): Promise<CompanySummary[]>;
  listCompanies(tenantId: string, limit: number): Promise<CompanySummary[]>;
  getCompanySummaries(tenantId: string, ids: readonly string[]): Promise<CompanySummary[]>;
  getCompany(tenantId: string, id: string): Promise<Company | null>;
  /** Throws DomainError CONFLICT when the CVR is taken. */
  insertCompany(tenantId: string, company: NewCompany): Promise<Company>;
  /** Null when there is no such company. Throws DomainError CONFLICT when the CVR is taken. */
  updateCompany(tenantId: string, id: string, patch: CompanyPatch): Promise<Company | null>;

  findContactsByEmails(tenantId: string, emails: readonly string[]): Promise<ContactHit[]>;
  findDomainHits(tenantId: string, domains: readonly string[]): Promise<DomainHit[]>;
  listContacts(tenantId: string, companyId: string): Promise<Contact[]>;
  insertContact(tenantId: string, contact: NewContact): Promise<Contact>;
  /**
   * Makes `email` a contact person of the company: creates the contact, or moves an existing one
   * with that address here. Returns the company it belonged to before, if another.
   */
  assignContactEmail(
    tenantId: string,
    contact: { companyId: string; email: string; name: string | null; phone?: string | null; title?: string | null },
  ): Promise<{ contact: Contact; previousCompanyId: string | null }>;

  /** Newest first, strictly after `after` when given; `limit` rows at most. */
  listInteractions(
    tenantId: string,
    companyId: string,
    filter: TimelineFilter,
    after: TimelinePosition | null,
    limit: number,
  ): Promise<InteractionEntry[]>;
  getInteractionEntry(tenantId: string, id: string): Promise<InteractionEntry | null>;
  countInteractionsByTopic(tenantId: string, companyId: string, since: Date): Promise<{ topic: string; count: number }[]>;
  insertInteraction(tenantId: string, interaction: NewInteraction): Promise<Interaction>;
  /** Records one more staff member as having logged a stored contact; a repeat changes nothing. */
  addInteractionLogger(tenantId: string, interactionId: string, staffId: string): Promise<void>;
  /** The company a stored contact belongs to, or null when the tenant has no such contact. */
  companyOfInteraction(tenantId: string, interactionId: string): Promise<string | null>;
  /** The contact already stored under a source key (email or meeting), with who logged it. */
  findLoggedItem(
    tenantId: string,
    sourceKey: string,
  ): Promise<{ interactionId: string; companyId: string; loggedBy: { id: string; name: string | null }[] } | null>;

  listVacancies(tenantId: string, filter: VacancyFilter): Promise<Vacancy[]>;
  /** Locks the row for the rest of the transaction, so two transitions cannot race. */
  getVacancyForUpdate(tenantId: string, id: string): Promise<Vacancy | null>;
  insertVacancy(tenantId: string, vacancy: NewVacancy): Promise<Vacancy>;
  updateVacancyStatus(tenantId: string, id: string, status: VacancyStatus, claimedBy: string | null): Promise<Vacancy>;
  insertVacancyEvent(tenantId: string, event: Omit<VacancyEvent, 'id' | 'at'> & { at?: Date }): Promise<VacancyEvent>;
  listVacancyEvents(tenantId: string, vacancyId: string): Promise<VacancyEvent[]>;

  kpiFacts(tenantId: string, range: DateRange, sectionId: string | null, cooperationTopics: readonly string[]): Promise<KpiFacts>;
  listKpiTargets(tenantId: string, sectionId: string | null): Promise<KpiTarget[]>;
  /** Sets each target, replacing an earlier value for the same metric, section and period. */
  upsertKpiTargets(tenantId: string, targets: readonly KpiTarget[]): Promise<void>;

  findStaffByOid(tenantId: string, oid: string): Promise<Staff | null>;

  /** Stores (or refreshes) where the bot can write; keyed by conversation id. */
  saveConversationRef(tenantId: string, ref: ConversationRef): Promise<void>;
  getConversationRef(tenantId: string, conversationId: string): Promise<ConversationRef | null>;
  /** Forgets a conversation, or every conversation of a team (the app was removed); returns how many. */
  deleteConversationRefs(tenantId: string, where: { conversationId: string } | { teamId: string }): Promise<number>;

  listSubscriptions(tenantId: string, conversationId?: string): Promise<ChannelSubscription[]>;
  insertSubscription(tenantId: string, subscription: SubscriptionFilters & { conversationId: string; createdBy: string }): Promise<ChannelSubscription>;
  /** Removes one subscription, or all of a conversation's; returns how many. */
  deleteSubscriptions(tenantId: string, where: { id: string } | { conversationId: string }): Promise<number>;

  appendAudit(tenantId: string, entry: AuditEntry): Promise<void>;
  listAudit(tenantId: string, options: { companyId?: string; limit: number }): Promise<(AuditEntry & { at: Date })[]>;

  // --- "Kontaktspor" category flow (issue 8): watched mailboxes, Graph subscriptions, tag jobs ---

  /** Starts (or keeps) watching a staff member's mailbox; null when there is no such staff member. */
  upsertMailboxWatch(tenantId: string, staffId: string): Promise<MailboxWatch | null>;
  getMailboxWatch(tenantId: string, staffId: string): Promise<MailboxWatch | null>;
  listMailboxWatches(tenantId: string): Promise<MailboxWatch[]>;
  /** Stops watching; returns the Graph subscriptions that were held for it (to delete at Graph). */
  deleteMailboxWatch(tenantId: string, staffId: string): Promise<GraphSubscriptionRecord[]>;
  saveGraphSubscription(tenantId: string, subscription: GraphSubscriptionRecord): Promise<void>;
  getGraphSubscription(tenantId: string, id: string): Promise<GraphSubscriptionRecord | null>;
  listGraphSubscriptions(tenantId: string, where: { staffId: string } | { expiringBefore: Date }): Promise<GraphSubscriptionRecord[]>;
  deleteGraphSubscription(tenantId: string, id: string): Promise<void>;
  getDeltaLink(tenantId: string, staffId: string, feed: DeltaFeed): Promise<string | null>;
  saveDeltaLink(tenantId: string, staffId: string, feed: DeltaFeed, deltaLink: string, at: Date): Promise<void>;
  /** Queues an item; a repeat is a no-op unless the earlier job was cancelled or failed. */
  enqueueTagJob(tenantId: string, job: { staffId: string; kind: 'email' | 'meeting'; graphId: string }, now: Date): Promise<void>;
  /** Leases up to `limit` queued jobs (SKIP LOCKED; an expired lease may be taken again). */
  claimTagJobs(tenantId: string, now: Date, leaseUntil: Date, limit: number): Promise<TagJob[]>;
  finishTagJob(tenantId: string, id: string, outcome: TagJobOutcome, now: Date): Promise<void>;
  deleteTagJob(tenantId: string, id: string): Promise<void>;
  getTagJob(tenantId: string, id: string): Promise<TagJob | null>;
  listTagJobs(tenantId: string, staffId: string, statuses: readonly TagJobStatus[], limit: number): Promise<TagJob[]>;
  /** The user's personal bot conversation, by their Entra object id. */
  findPersonalConversationRef(tenantId: string, userOid: string): Promise<ConversationRef | null>;
}

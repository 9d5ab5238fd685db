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
import type { PrivacyCutoffs, PrivacySettings } from '../domain/privacy-policy.js';
import type { NeverLogKind, NeverLogRule } from '../domain/never-log.js';
import type { StaffEmailClash } from '../domain/staff-identity.js';

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

  /** The earliest staff row with this email (an email is an attribute and may be shared). */
  findStaffByEmail(tenantId: string, email: string): Promise<Staff | null>;
  listStaff(tenantId: string, ids?: readonly string[]): Promise<Staff[]>;
  /** A provisioned staff row; with `entraOid` it is already that Entra user's (the demo's fake directory). */
  insertStaff(tenantId: string, staff: Omit<Staff, 'id'> & { id?: string; entraOid?: string | null }): Promise<Staff>;
  /**
   * The staff row of a signed-in Entra user, always by (tenant, object id): found, else a row
   * provisioned by email that no one has signed in to yet is claimed, else created. A row with an
   * object id is never taken over by another one. Name and email follow the directory.
   */
  upsertStaffIdentity(tenantId: string, identity: { oid: string; email: string; name: string; sectionId: string | null }): Promise<Staff>;
  /** Staff rows that share an email with another row, grouped by email. */
  listStaffEmailClashes(tenantId: string): Promise<StaffEmailClash[]>;
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
  /** Open vacancies whose deadline (a local date) is before `today`, oldest deadline first. */
  listVacanciesPastDeadline(tenantId: string, today: string, limit: number): Promise<string[]>;
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

  // --- privacy by design (issue 11) ------------------------------------------------------------
  // Settings, decay and retention, never-log lists and data-subject requests. Set-based SQL in
  // src/adapters/store/{privacy,never-log,data-subject}-queries.ts.

  /** The tenant's settings, or null while it uses the defaults. */
  getPrivacySettings(tenantId: string): Promise<PrivacySettings | null>;
  savePrivacySettings(tenantId: string, settings: PrivacySettings, updatedBy: string): Promise<void>;
  /** Every tenant with staff: the one store function without a tenant, for the maintenance job. */
  listTenantIds(): Promise<string[]>;
  /** Removes text older than the cutoffs allow and records the tier it decayed to; idempotent. */
  decayInteractions(tenantId: string, cutoffs: Pick<PrivacyCutoffs, 'summaryBefore' | 'metadataBefore'>): Promise<{ toSummary: number; toMetadata: number }>;
  /** Deletes every contact of the companies whose last contact is before the cutoff; returns how many. */
  deleteExpiredInteractions(tenantId: string, lastContactBefore: Date): Promise<number>;
  deleteAuditBefore(tenantId: string, before: Date): Promise<number>;

  listNeverLogEntries(tenantId: string, owner: NeverLogOwner): Promise<NeverLogEntry[]>;
  /** The tenant's rules and the user's own: what a capture by that user is checked against. */
  neverLogRulesFor(tenantId: string, staffId: string): Promise<NeverLogRule[]>;
  /** Throws DomainError CONFLICT when the list already holds the value. */
  insertNeverLogEntry(tenantId: string, entry: NeverLogOwner & { kind: NeverLogKind; value: string; createdBy: string }): Promise<NeverLogEntry>;
  deleteNeverLogEntry(tenantId: string, owner: NeverLogOwner, id: string): Promise<number>;
  /** Deletes (or with dryRun counts) contacts whose participants the rules cover; a user's purge only their own. */
  purgeNeverLogged(
    tenantId: string,
    rules: { addresses: string[]; domains: string[] },
    options: { loggedBy: string | null; dryRun: boolean },
  ): Promise<{ interactions: number; contacts: number }>;

  /** Everything stored about a contact person, by address. */
  findDataSubject(tenantId: string, email: string): Promise<DataSubjectRecords>;
  namesOfDataSubject(tenantId: string, email: string): Promise<string[]>;
  /** Removes the person's rows and participant entries, and replaces their address and names in all stored text. */
  eraseDataSubject(
    tenantId: string,
    email: string,
    terms: { address: string; names: string[] },
    placeholder: string,
  ): Promise<{ contactsDeleted: number; participantEntriesRemoved: number; rowsRewritten: number }>;
  // --- vacancy alerts (issue 7): outbox of channel posts and card updates, shared send pacing ---

  /** Queues one post per channel; a channel that already has this vacancy's post is skipped. Returns how many were queued. */
  enqueueAlertPosts(tenantId: string, vacancyId: string, conversationIds: readonly string[], now: Date): Promise<number>;
  /** Queues a card update for every channel the vacancy was (or is being) posted to. Returns how many. */
  enqueueAlertUpdates(tenantId: string, vacancyId: string, now: Date): Promise<number>;
  /**
   * Leases due rows (FOR UPDATE SKIP LOCKED, in a short transaction of its own) and reserves each a
   * send slot under the shared pacing rows. A leased row is not handed out again until its lease ends.
   */
  claimDueAlerts(tenantId: string, options: AlertClaimOptions): Promise<ClaimedAlert[]>;
  /** Marks a leased row sent; false when the lease was lost (another instance took the row over). */
  completeAlert(tenantId: string, lease: AlertLease, sent: { activityId: string | null; postedConversationId: string | null }, now: Date): Promise<boolean>;
  /** Ends a failed attempt: retry at `retryAt`, or dead-letter; `pauseConversationUntil` honours a 429. */
  failAlert(tenantId: string, lease: AlertLease, failure: AlertFailure, now: Date): Promise<void>;
  /** Until when Teams asked (429 Retry-After) not to send to the conversation, or null. */
  conversationPausedUntil(tenantId: string, conversationId: string): Promise<Date | null>;
  /** Gives a leased row back without counting an attempt (its post is not out yet). */
  deferAlert(tenantId: string, lease: AlertLease, until: Date): Promise<void>;
  /** The post row of a vacancy in a channel, or null. */
  getAlertPost(tenantId: string, vacancyId: string, conversationId: string): Promise<AlertOutboxRow | null>;
  listAlerts(tenantId: string, filter: { status?: AlertStatus; vacancyId?: string; limit: number }): Promise<AlertOutboxRow[]>;
  /** Puts a dead-lettered row back in the queue with fresh attempts; null when there is no such dead row. */
  retryDeadAlert(tenantId: string, id: string, now: Date): Promise<AlertOutboxRow | null>;
  /** What an alert card shows: the vacancy, its company's name, industry and postcode, and who claimed it. */
  getAlertVacancy(tenantId: string, vacancyId: string): Promise<AlertVacancy | null>;

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

/** Whose never-log list: the tenant's (staffId null) or one user's. */
export interface NeverLogOwner {
  staffId: string | null;
}

export interface NeverLogEntry extends NeverLogRule {
  createdAt: Date;
}

export interface DataSubjectRecords {
  contacts: Contact[];
  interactions: Interaction[];
  auditEntries: (AuditEntry & { at: Date })[];
}

export type AlertKind = 'post' | 'update';
export type AlertStatus = 'pending' | 'sent' | 'dead';

export interface AlertOutboxRow {
  id: string;
  vacancyId: string;
  conversationId: string;
  kind: AlertKind;
  status: AlertStatus;
  attempts: number;
  nextAttemptAt: Date;
  /** A short error code of the last failure; never content. */
  lastError: string | null;
  activityId: string | null;
  postedConversationId: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export interface AlertLease {
  id: string;
  token: string;
}

export interface ClaimedAlert extends AlertOutboxRow {
  lease: AlertLease;
  /** Not before this instant may it be sent: its reserved slot under both rate limits. */
  slotAt: Date;
}

export interface AlertClaimOptions {
  now: Date;
  limit: number;
  leaseMs: number;
  /** Minimum gap between two sends to one conversation, and between any two sends of the app. */
  conversationSpacingMs: number;
  appSpacingMs: number;
  /** Rows whose slot would lie further ahead than this stay for a later claim. */
  maxAheadMs: number;
}

export interface AlertFailure {
  error: string;
  /** Null: dead-letter. */
  retryAt: Date | null;
  countsAsAttempt: boolean;
  pauseConversationUntil?: Date | null;
}

export interface AlertVacancy {
  vacancy: Vacancy;
  companyName: string;
  industryCode: string | null;
  companyPostcode: string | null;
  claimedByName: string | null;
}

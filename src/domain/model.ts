/** The shapes of the shared history, as the use cases see them (no storage or SDK detail). */
import type { Visibility } from './visibility.js';
import type { VacancyStatus } from './vacancy-lifecycle.js';
import type { DecayTier } from './privacy-policy.js';
import type { RegisterAddressEntry, RegisterNameEntry } from './register-company.js';
import type { JobnetFacts } from './jobordre.js';

export type { Visibility, VacancyStatus };

export type InteractionKind = 'email' | 'meeting' | 'call' | 'visit' | 'note';
export type ManualInteractionKind = Extract<InteractionKind, 'call' | 'visit' | 'note'>;
export type Direction = 'inbound' | 'outbound';

/** Who is acting: one staff member of one tenant (an Entra tenant id). */
export interface Actor {
  tenantId: string;
  staffId: string;
  name: string;
  email: string;
  sectionId: string | null;
  isAdmin: boolean;
  /** The caller's access token, for on-behalf-of calls to Graph. Never logged or stored. */
  userAssertion?: string;
}

export interface Staff {
  id: string;
  email: string;
  name: string;
  sectionId: string | null;
  isAdmin: boolean;
}

export interface Section {
  id: string;
  name: string;
}

export interface Company {
  id: string;
  cvr: string | null;
  name: string;
  pNumbers: string[];
  address: string | null;
  postcode: string | null;
  city: string | null;
  industryCode: string | null;
  employeeBand: string | null;
  blockade: boolean;
  doNotContact: boolean;
  responsibleStaffId: string | null;
  domains: string[];
  /** The register's status text ("NORMAL", "UNDER KONKURS", …); null for a company not from the register. */
  registerStatus: string | null;
  /** What the CVR register says, shown apart from what staff wrote; null when never read from it. */
  register: RegisterFacts | null;
  createdAt: Date;
  updatedAt: Date;
}

export type CompanySummary = Pick<
  Company,
  'id' | 'cvr' | 'name' | 'postcode' | 'city' | 'blockade' | 'doNotContact' | 'registerStatus'
>;

/** A workplace of a company, as the register knows it. */
export interface CompanyPUnit {
  pNumber: string;
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  /** Closed in the register ("Ophørt"). */
  active: boolean;
  /** In the configured municipality; a P-unit that moved away stays, marked. */
  inMunicipality: boolean;
}

export interface RegisterFacts {
  status: string;
  legalForm: string | null;
  industryText: string | null;
  employeeInterval: string | null;
  advertisingProtected: boolean;
  nameHistory: RegisterNameEntry[];
  addressHistory: RegisterAddressEntry[];
  /** The register's `sidstOpdateret`. */
  lastUpdated: string;
  /** When Kontaktspor last read it. */
  syncedAt: Date;
  pUnits: CompanyPUnit[];
}

export interface Contact {
  id: string;
  companyId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
}

export interface Participant {
  name: string | null;
  email: string | null;
  role: 'from' | 'to' | 'cc' | 'attendee' | 'organizer';
  side: 'ours' | 'theirs';
}

export interface Interaction {
  id: string;
  companyId: string;
  kind: InteractionKind;
  occurredAt: Date;
  subject: string | null;
  summary: string | null;
  excerpt: string | null;
  /** Names only: attachments themselves are never kept. */
  attachmentNames: string[];
  topics: string[];
  direction: Direction | null;
  participants: Participant[];
  source: string;
  sourceKey: string | null;
  visibility: Visibility;
  /** The staff member who logged it; null when no person did (tagged in a shared mailbox: Graph does not say who). */
  loggedBy: string | null;
  sectionId: string | null;
  /** The shared mailbox's address it was logged from; absent or null for a person's own mailbox or entry. */
  sharedMailbox?: string | null;
  createdAt: Date;
  /** Set once the stored text has decayed with age (privacy settings); absent or null: as logged. */
  decayedTo?: DecayTier | null;
}

/** An interaction with the names a reader needs; `loggers` holds every staff id who logged it. */
export interface InteractionEntry extends Interaction {
  loggedByName: string | null;
  loggers: string[];
}

export interface Vacancy {
  id: string;
  companyId: string;
  companyName?: string;
  title: string;
  positions: number;
  deadline: string | null;
  location: string | null;
  postcode: string | null;
  topics: string[];
  status: VacancyStatus;
  claimedBy: string | null;
  sectionId: string | null;
  interactionId: string | null;
  /** The staff member who registered it; null when it came from Jobnet (STAR's jobordre messages). */
  createdBy: string | null;
  /** What Jobnet says of it, when it came from a jobordre; null for a vacancy staff registered. */
  jobnet: JobnetFacts | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VacancyEvent {
  id: string;
  vacancyId: string;
  fromStatus: VacancyStatus | null;
  toStatus: VacancyStatus;
  /** Null when Kontaktspor itself moved the vacancy (its deadline passed). */
  actorId: string | null;
  at: Date;
  note: string | null;
}

export interface AuditEntry {
  actorId: string | null;
  action: string;
  companyId?: string | null;
  targetId?: string | null;
  /** Search criteria and ids only: never content. */
  criteria?: Record<string, unknown> | null;
}

/** Where the bot can write: a Teams conversation (personal chat, group chat or channel). */
export interface ConversationRef {
  conversationId: string;
  kind: 'personal' | 'groupChat' | 'channel';
  teamId: string | null;
  channelId: string | null;
  serviceUrl: string;
  userOid: string | null;
  /** The Bot Framework conversation reference, kept as Teams gave it. */
  reference: Record<string, unknown>;
}

/** What a section channel wants to hear about new vacancies. An empty filter list matches all. */
export interface SubscriptionFilters {
  topics: string[];
  industryPrefixes: string[];
  postcodes: string[];
  keywords: string[];
}

export interface ChannelSubscription extends SubscriptionFilters {
  id: string;
  conversationId: string;
  createdBy: string;
  createdAt: Date;
}

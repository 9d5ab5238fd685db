import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables in migrations.ts. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SectionsTable {
  tenant_id: string;
  id: string;
  name: string;
}

export interface StaffTable {
  tenant_id: string;
  id: string;
  entra_oid: string | null;
  email: string;
  name: string;
  section_id: string | null;
  is_admin: Generated<boolean>;
  created_at: Timestamp;
}

export interface TopicsTable {
  tenant_id: string;
  key: string;
  label_da: string;
  label_en: string;
  cooperation: Generated<boolean>;
  position: Generated<number>;
}

export interface CompaniesTable {
  tenant_id: string;
  id: string;
  cvr: string | null;
  name: string;
  name_search: string;
  p_numbers: ColumnType<string[], string[] | undefined, string[]>;
  address: string | null;
  postcode: string | null;
  city: string | null;
  industry_code: string | null;
  employee_band: string | null;
  blockade: Generated<boolean>;
  do_not_contact: Generated<boolean>;
  responsible_staff_id: string | null;
  register_status: ColumnType<string | null, string | null | undefined, string | null>;
  /** Json of RegisterFacts without syncedAt and pUnits (those have their own columns). */
  register_facts: ColumnType<unknown, string | null | undefined, string | null>;
  register_hash: ColumnType<string | null, string | null | undefined, string | null>;
  register_updated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  register_synced_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  register_counted: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanyDomainsTable {
  tenant_id: string;
  domain: string;
  company_id: string;
  source: ColumnType<'staff' | 'register', 'staff' | 'register' | undefined, 'staff' | 'register'>;
}

export interface CompanyPUnitsTable {
  tenant_id: string;
  p_number: string;
  company_id: string;
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  municipality_code: string | null;
  active: boolean;
  in_municipality: boolean;
}

export interface RegisterSyncTable {
  tenant_id: string;
  source: string;
  import_checkpoint: string | null;
  import_completed_at: Date | null;
  watermark: Date | null;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
  failures: Generated<number>;
  last_error_code: string | null;
}

export interface CompanyAliasesTable {
  tenant_id: string;
  alias_id: string;
  company_id: string;
  merged_at: Timestamp;
  merged_by: string | null;
}

export interface ContactsTable {
  tenant_id: string;
  id: string;
  company_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  created_at: Timestamp;
}

export interface InteractionsTable {
  tenant_id: string;
  id: string;
  company_id: string;
  kind: string;
  occurred_at: ColumnType<Date, Date | string, Date | string>;
  subject: string | null;
  summary: string | null;
  excerpt: string | null;
  attachment_names: ColumnType<string[], string[] | undefined, string[]>;
  topics: ColumnType<string[], string[], string[]>;
  direction: string | null;
  participants: ColumnType<unknown, string, string>;
  source: string;
  source_key: string | null;
  visibility: string;
  /** Migration 15: null when no person logged it (a tagged item in a shared mailbox). */
  logged_by: string | null;
  section_id: string | null;
  created_at: Timestamp;
  /** Migration 15: the shared mailbox's address it was logged from. */
  shared_mailbox: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 6: the tier the text decayed to, null while as logged. */
  decayed_to: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface InteractionLoggersTable {
  tenant_id: string;
  interaction_id: string;
  staff_id: string;
  logged_at: Timestamp;
  /** Insertion order, the tie-break when two loggers share a timestamp. */
  seq: Generated<string>;
}

export interface VacanciesTable {
  tenant_id: string;
  id: string;
  company_id: string;
  title: string;
  positions: number;
  deadline: string | null;
  location: string | null;
  postcode: string | null;
  topics: ColumnType<string[], string[], string[]>;
  status: string;
  claimed_by: string | null;
  section_id: string | null;
  interaction_id: string | null;
  created_by: string | null;
  jobordre_id: ColumnType<string | null, string | null | undefined, string | null>;
  jobnet_version: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Json of JobnetFacts without jobordreId and version (those have their own columns). */
  jobnet: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** STAR's messages as received; the inbox worker leases and processes them. */
export interface StarMessagesTable {
  tenant_id: string;
  id: string;
  message_id: string;
  jobordre_id: string;
  change_type: string;
  occurred_at: Date;
  received_at: Date;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Date;
  lease_until: Date | null;
  error_code: string | null;
  outcome: string | null;
  vacancy_id: string | null;
  finished_at: Date | null;
}

export interface VacancyEventsTable {
  tenant_id: string;
  id: string;
  vacancy_id: string;
  from_status: string | null;
  to_status: string;
  actor_id: string | null;
  at: Timestamp;
  note: string | null;
}

export interface KpiTargetsTable {
  tenant_id: string;
  metric: string;
  section_id: string;
  period: string;
  value: number;
}

export interface AuditLogTable {
  tenant_id: string;
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  company_id: string | null;
  target_id: string | null;
  criteria: ColumnType<unknown, string | null, string | null>;
}

export interface ConversationRefsTable {
  tenant_id: string;
  conversation_id: string;
  kind: string;
  team_id: string | null;
  channel_id: string | null;
  service_url: string;
  user_oid: string | null;
  reference: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface ChannelSubscriptionsTable {
  tenant_id: string;
  id: string;
  conversation_id: string;
  topics: ColumnType<string[], string[], string[]>;
  industry_prefixes: ColumnType<string[], string[], string[]>;
  postcodes: ColumnType<string[], string[], string[]>;
  keywords: ColumnType<string[], string[], string[]>;
  created_by: string;
  created_at: Timestamp;
  /** Insertion order, the tie-break when two subscriptions share a timestamp. */
  seq: Generated<string>;
}

/** Migration 6 (privacy). */
export interface PrivacySettingsTable {
  tenant_id: string;
  summary_after_days: number;
  metadata_after_days: number;
  retention_years: number;
  audit_retention_days: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface NeverLogEntriesTable {
  tenant_id: string;
  id: string;
  staff_id: string | null;
  kind: string;
  value: string;
  created_by: string;
  created_at: Timestamp;
}

export interface AlertOutboxTable {
  tenant_id: string;
  id: string;
  vacancy_id: string;
  conversation_id: string;
  kind: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_token: string | null;
  lease_until: Timestamp | null;
  last_error: string | null;
  activity_id: string | null;
  posted_conversation_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  sent_at: Timestamp | null;
}

export interface AlertPacingTable {
  tenant_id: string;
  key: string;
  next_free_at: Timestamp;
  paused_until: Timestamp | null;
}

export interface MailboxWatchesTable {
  tenant_id: string;
  owner_id: string;
  owner_kind: ColumnType<'staff' | 'shared', 'staff' | 'shared' | undefined, 'staff' | 'shared'>;
  graph_user_id: string;
  created_at: Timestamp;
}

export interface SharedMailboxesTable {
  tenant_id: string;
  id: string;
  address: string;
  display_name: string | null;
  section_id: string;
  graph_user_id: string | null;
  created_at: Timestamp;
  created_by: string;
}

export interface GraphSubscriptionsTable {
  tenant_id: string;
  id: string;
  owner_id: string;
  resource: 'messages' | 'events';
  client_state: string;
  expires_at: Timestamp;
}

export interface MailboxDeltaLinksTable {
  tenant_id: string;
  owner_id: string;
  feed: 'inbox' | 'sentitems' | 'calendar';
  delta_link: string;
  synced_at: Timestamp;
}

export interface TagJobsTable {
  tenant_id: string;
  id: string;
  owner_id: string;
  kind: 'email' | 'meeting';
  graph_id: string;
  status: 'queued' | 'needs_company' | 'logged' | 'cancelled' | 'failed';
  attempts: Generated<number>;
  error_code: string | null;
  candidate_ids: ColumnType<string[], string[] | undefined, string[]>;
  interaction_id: string | null;
  lease_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** A logged item to look at again: a change arrived for it (the category may have been applied anew). */
  recheck: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  privacy_settings: PrivacySettingsTable;
  never_log_entries: NeverLogEntriesTable;
  alert_outbox: AlertOutboxTable;
  alert_pacing: AlertPacingTable;
  mailbox_watches: MailboxWatchesTable;
  shared_mailboxes: SharedMailboxesTable;
  graph_subscriptions: GraphSubscriptionsTable;
  mailbox_delta_links: MailboxDeltaLinksTable;
  tag_jobs: TagJobsTable;
  conversation_refs: ConversationRefsTable;
  channel_subscriptions: ChannelSubscriptionsTable;
  sections: SectionsTable;
  staff: StaffTable;
  topics: TopicsTable;
  companies: CompaniesTable;
  company_domains: CompanyDomainsTable;
  company_p_units: CompanyPUnitsTable;
  company_aliases: CompanyAliasesTable;
  register_sync: RegisterSyncTable;
  contacts: ContactsTable;
  interactions: InteractionsTable;
  interaction_loggers: InteractionLoggersTable;
  vacancies: VacanciesTable;
  vacancy_events: VacancyEventsTable;
  star_messages: StarMessagesTable;
  kpi_targets: KpiTargetsTable;
  audit_log: AuditLogTable;
}

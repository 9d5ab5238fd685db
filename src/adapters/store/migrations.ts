/**
 * Schema migrations, the same SQL for PGlite and PostgreSQL. Append only: never edit a shipped step.
 * tenant_id leads every primary key and index, so tenants stay apart and the schema can be
 * distributed by tenant later (Citus).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'company history store',
    sql: `
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create table sections (
  tenant_id text not null,
  id text not null,
  name text not null,
  primary key (tenant_id, id)
);

create table staff (
  tenant_id text not null,
  id uuid not null,
  entra_oid text,
  email text not null,
  name text not null,
  section_id text,
  is_admin boolean not null default false,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, email),
  unique (tenant_id, entra_oid)
);

create table topics (
  tenant_id text not null,
  key text not null,
  label_da text not null,
  label_en text not null,
  cooperation boolean not null default false,
  position int not null default 0,
  primary key (tenant_id, key)
);

create table companies (
  tenant_id text not null,
  id uuid not null,
  cvr text,
  name text not null,
  name_search text not null,
  p_numbers text[] not null default '{}',
  address text,
  postcode text,
  city text,
  industry_code text,
  employee_band text,
  blockade boolean not null default false,
  do_not_contact boolean not null default false,
  responsible_staff_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, cvr),
  check (cvr is null or cvr ~ '^[0-9]{8}$')
);
create index companies_name_search on companies using gin (tenant_id, name_search gin_trgm_ops);
create index companies_name_order on companies (tenant_id, name_search, id);

create table company_domains (
  tenant_id text not null,
  domain text not null,
  company_id uuid not null,
  primary key (tenant_id, domain, company_id),
  foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade
);
create index company_domains_company on company_domains (tenant_id, company_id);

create table contacts (
  tenant_id text not null,
  id uuid not null,
  company_id uuid not null,
  name text,
  email text,
  phone text,
  title text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade
);
create unique index contacts_email on contacts (tenant_id, email) where email is not null;
create index contacts_company on contacts (tenant_id, company_id);

create table interactions (
  tenant_id text not null,
  id uuid not null,
  company_id uuid not null,
  kind text not null check (kind in ('email', 'meeting', 'call', 'visit', 'note')),
  occurred_at timestamptz not null,
  subject text,
  summary text,
  excerpt text,
  topics text[] not null default '{}',
  direction text check (direction in ('inbound', 'outbound')),
  participants jsonb not null default '[]',
  source text not null,
  source_key text,
  visibility text not null check (visibility in ('full', 'summary', 'subject', 'metadata')),
  logged_by uuid not null,
  section_id text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, company_id) references companies (tenant_id, id)
);
create unique index interactions_source_key on interactions (tenant_id, source_key) where source_key is not null;
create index interactions_timeline on interactions (tenant_id, company_id, occurred_at desc, id desc);
create index interactions_period on interactions (tenant_id, occurred_at);
create index interactions_topics on interactions using gin (tenant_id, topics);

create table interaction_loggers (
  tenant_id text not null,
  interaction_id uuid not null,
  staff_id uuid not null,
  logged_at timestamptz not null default now(),
  primary key (tenant_id, interaction_id, staff_id),
  foreign key (tenant_id, interaction_id) references interactions (tenant_id, id) on delete cascade
);
create index interaction_loggers_staff on interaction_loggers (tenant_id, staff_id);

create table vacancies (
  tenant_id text not null,
  id uuid not null,
  company_id uuid not null,
  title text not null,
  positions int not null check (positions > 0),
  deadline date,
  location text,
  postcode text,
  topics text[] not null default '{}',
  status text not null,
  claimed_by uuid,
  section_id text,
  interaction_id uuid,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, company_id) references companies (tenant_id, id)
);
create index vacancies_status on vacancies (tenant_id, status, created_at desc);
create index vacancies_company on vacancies (tenant_id, company_id, status);

create table vacancy_events (
  tenant_id text not null,
  id uuid not null,
  vacancy_id uuid not null,
  from_status text,
  to_status text not null,
  actor_id uuid not null,
  at timestamptz not null default now(),
  note text,
  primary key (tenant_id, id),
  foreign key (tenant_id, vacancy_id) references vacancies (tenant_id, id) on delete cascade
);
create index vacancy_events_vacancy on vacancy_events (tenant_id, vacancy_id, at);
create index vacancy_events_period on vacancy_events (tenant_id, at);

create table kpi_targets (
  tenant_id text not null,
  metric text not null,
  section_id text not null default '',
  period text not null,
  value double precision not null,
  primary key (tenant_id, metric, section_id, period)
);

create table audit_log (
  tenant_id text not null,
  id bigint generated always as identity,
  at timestamptz not null default now(),
  actor_id uuid,
  action text not null,
  company_id uuid,
  target_id text,
  criteria jsonb,
  primary key (tenant_id, id)
);
create index audit_log_at on audit_log (tenant_id, at);
create index audit_log_company on audit_log (tenant_id, company_id, at);
`,
  },
  {
    version: 2,
    name: 'attachment names on contacts',
    sql: `alter table interactions add column attachment_names text[] not null default '{}';`,
  },
  {
    version: 3,
    name: 'Teams conversations and channel alert subscriptions',
    sql: `
create table conversation_refs (
  tenant_id text not null,
  conversation_id text not null,
  kind text not null check (kind in ('personal', 'groupChat', 'channel')),
  team_id text,
  channel_id text,
  service_url text not null,
  user_oid text,
  reference jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, conversation_id)
);
create index conversation_refs_team on conversation_refs (tenant_id, team_id);

create table channel_subscriptions (
  tenant_id text not null,
  id uuid not null,
  conversation_id text not null,
  topics text[] not null default '{}',
  industry_prefixes text[] not null default '{}',
  postcodes text[] not null default '{}',
  keywords text[] not null default '{}',
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index channel_subscriptions_conversation on channel_subscriptions (tenant_id, conversation_id);
`,
  },
  {
    version: 4,
    name: 'indexes from the 1M-contact benchmark',
    sql: `
-- CVR prefix search: LIKE 'nnnn%' cannot use the plain unique index under a non-C collation.
create index companies_cvr_prefix on companies (tenant_id, cvr text_pattern_ops);
-- Topic counts of a company's last 12 months as an index-only scan (heavy companies have 40k+ contacts).
create index interactions_company_topics on interactions (tenant_id, company_id, occurred_at) include (topics);
`,
  },
  {
    version: 5,
    name: 'vacancy alert outbox and send pacing',
    sql: `
-- One row per channel post or card update of a vacancy alert, written in the transaction that
-- creates or changes the vacancy; the delivery worker sends it later. No card content is kept:
-- the card is rendered from the vacancy when it is sent.
create table alert_outbox (
  tenant_id text not null,
  id uuid not null,
  vacancy_id uuid not null,
  conversation_id text not null,
  kind text not null check (kind in ('post', 'update')),
  status text not null default 'pending' check (status in ('pending', 'sent', 'dead')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null,
  lease_token uuid,
  lease_until timestamptz,
  last_error text,
  activity_id text,
  posted_conversation_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz,
  primary key (tenant_id, id)
);
-- A vacancy is posted to a channel once; a reopen updates that thread's card instead.
create unique index alert_outbox_one_post on alert_outbox (tenant_id, vacancy_id, conversation_id) where kind = 'post';
create index alert_outbox_due on alert_outbox (tenant_id, next_attempt_at) where status = 'pending';
create index alert_outbox_dead on alert_outbox (tenant_id, updated_at) where status = 'dead';

-- The next free send slot per conversation and for the whole app, shared by every instance, so
-- Teams' rate limits hold however many processes deliver.
create table alert_pacing (
  tenant_id text not null,
  key text not null,
  next_free_at timestamptz not null,
  -- Set by a 429: nothing goes to the conversation before this, not even slots reserved earlier.
  paused_until timestamptz,
  primary key (tenant_id, key)
);
`,
  },
  {
    version: 6,
    name: 'privacy by design: settings, decay marker, never-log lists',
    sql: `
-- One row per tenant once an admin has changed a default; absent = the defaults in src/domain/privacy-policy.ts.
create table privacy_settings (
  tenant_id text not null,
  summary_after_days int not null check (summary_after_days between 1 and 36500),
  metadata_after_days int not null check (metadata_after_days between 1 and 36500),
  retention_years int not null check (retention_years between 1 and 100),
  audit_retention_days int not null check (audit_retention_days between 1 and 36500),
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (tenant_id),
  check (metadata_after_days >= summary_after_days)
);

-- The tier a contact's stored text has decayed to (null: as logged). Text removed by decay is gone.
alter table interactions add column decayed_to text check (decayed_to in ('summary', 'metadata'));

-- Addresses and domains that are never logged: for the whole tenant (staff_id null) or for one user.
create table never_log_entries (
  tenant_id text not null,
  id uuid not null,
  staff_id uuid,
  kind text not null check (kind in ('address', 'domain')),
  value text not null check (value = lower(value) and length(value) between 3 and 320),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index never_log_entries_value on never_log_entries
  (tenant_id, coalesce(staff_id, '00000000-0000-0000-0000-000000000000'::uuid), value);
create index never_log_entries_staff on never_log_entries (tenant_id, staff_id);
`,
  },
  {
    version: 7,
    name: 'Kontaktspor category: watched mailboxes, Graph subscriptions, delta links, tag jobs',
    sql: `
-- A staff member who opted in: the service watches their mailbox with app-only Graph access.
create table mailbox_watches (
  tenant_id text not null,
  staff_id uuid not null,
  graph_user_id text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, staff_id)
);

-- One Graph change-notification subscription per watched resource (messages, events).
create table graph_subscriptions (
  tenant_id text not null,
  id text not null,
  staff_id uuid not null,
  resource text not null check (resource in ('messages', 'events')),
  client_state text not null,
  expires_at timestamptz not null,
  primary key (tenant_id, id)
);
create index graph_subscriptions_staff on graph_subscriptions (tenant_id, staff_id);
create index graph_subscriptions_expiry on graph_subscriptions (tenant_id, expires_at);

-- Where the last delta query of a feed (inbox, sent items, calendar view) stopped.
create table mailbox_delta_links (
  tenant_id text not null,
  staff_id uuid not null,
  feed text not null check (feed in ('inbox', 'sentitems', 'calendar')),
  delta_link text not null,
  synced_at timestamptz not null,
  primary key (tenant_id, staff_id, feed)
);

-- A tagged (or maybe tagged) item waiting to be logged: ids and state only, never content.
create table tag_jobs (
  tenant_id text not null,
  id uuid not null,
  staff_id uuid not null,
  kind text not null check (kind in ('email', 'meeting')),
  graph_id text not null,
  status text not null check (status in ('queued', 'needs_company', 'logged', 'cancelled', 'failed')),
  attempts int not null default 0,
  error_code text,
  candidate_ids uuid[] not null default '{}',
  interaction_id uuid,
  lease_until timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index tag_jobs_item on tag_jobs (tenant_id, staff_id, kind, graph_id);
create index tag_jobs_queued on tag_jobs (tenant_id, updated_at) where status = 'queued';
create index tag_jobs_staff on tag_jobs (tenant_id, staff_id, status);
`,
  },
  {
    version: 9,
    name: 'vacancy deadlines: events by the service itself',
    sql: `
-- A vacancy whose deadline passed is closed by Kontaktspor, not by a person: no actor.
alter table vacancy_events alter column actor_id drop not null;
-- The deadline sweep reads only open vacancies with a deadline.
create index vacancies_open_deadline on vacancies (tenant_id, deadline)
  where deadline is not null and status in ('received', 'in_progress', 'paused');
`,
  },
  {
    version: 10,
    name: 'tag jobs: a logged item is looked at again when it changes',
    sql: `
-- The category applied again to a logged item: the job stays logged and is due a look.
alter table tag_jobs add column recheck boolean not null default false;
create index tag_jobs_recheck on tag_jobs (tenant_id, updated_at) where recheck;
`,
  },
  {
    version: 11,
    name: 'staff: a person is tenant + Entra object id, the email only an attribute',
    sql: `
-- Sign-in names are reassigned: two Entra users may share an email, each with their own row.
alter table staff drop constraint staff_tenant_id_email_key;
alter table staff drop constraint staff_tenant_id_entra_oid_key;
create unique index staff_entra_oid on staff (tenant_id, entra_oid) where entra_oid is not null;
create index staff_email on staff (tenant_id, email);
`,
  },
  {
    version: 12,
    name: 'interaction loggers: the order colleagues logged in survives one clock tick',
    sql: `
-- Two colleagues can log one contact within the clock's resolution; the sequence keeps who came first.
alter table interaction_loggers add column seq bigserial;
`,
  },
  {
    version: 13,
    name: 'the CVR register: register facts, P-units, domain sources, sync state, merged companies',
    sql: `
-- What the register says of a company, apart from what staff typed. register_hash: an import that
-- would change nothing is told apart without comparing every field. register_counted: an active
-- company with at least one employee and an active P-unit in the municipality (samarbejdsgrad's
-- denominator, as Jobindsats defines it).
alter table companies add column register_status text;
alter table companies add column register_facts jsonb;
alter table companies add column register_hash text;
alter table companies add column register_updated_at timestamptz;
alter table companies add column register_synced_at timestamptz;
alter table companies add column register_counted boolean not null default false;
create index companies_register_counted on companies (tenant_id) where register_counted;
create index companies_p_numbers on companies using gin (p_numbers);

-- A company's workplaces as the register knows them; staff meet companies here.
create table company_p_units (
  tenant_id text not null,
  p_number text not null check (p_number ~ '^[0-9]{10}$'),
  company_id uuid not null,
  name text,
  address text,
  postcode text,
  city text,
  municipality_code text,
  active boolean not null,
  in_municipality boolean not null,
  primary key (tenant_id, p_number),
  foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade
);
create index company_p_units_company on company_p_units (tenant_id, company_id);

-- Who put a domain on a company: an import replaces only its own, never a domain staff added.
alter table company_domains add column source text not null default 'staff' check (source in ('staff', 'register'));

-- One row per tenant: where the initial import stands (checkpoint) and the sync's watermark.
create table register_sync (
  tenant_id text primary key,
  source text not null,
  import_checkpoint text,
  import_completed_at timestamptz,
  watermark timestamptz,
  last_attempt_at timestamptz,
  last_success_at timestamptz,
  failures int not null default 0,
  last_error_code text
);

-- A merged company's id keeps resolving to the survivor.
create table company_aliases (
  tenant_id text not null,
  alias_id uuid not null,
  company_id uuid not null,
  merged_at timestamptz not null default now(),
  merged_by uuid,
  primary key (tenant_id, alias_id),
  foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade
);
create index company_aliases_company on company_aliases (tenant_id, company_id);
`,
  },
  {
    version: 14,
    name: 'jobordrer from STAR: Jobnet facts on vacancies, the durable inbox of STAR messages',
    sql: `
-- A vacancy from Jobnet: its jobordre id (one vacancy per jobordre), the version it shows (a change
-- that is not newer changes nothing) and Jobnet's facts (type, job title, work address, status).
-- created_by is null for those: Jobnet registered them, not a colleague.
alter table vacancies alter column created_by drop not null;
alter table vacancies add column jobordre_id text;
alter table vacancies add column jobnet_version timestamptz;
alter table vacancies add column jobnet jsonb;
create unique index vacancies_jobordre on vacancies (tenant_id, jobordre_id) where jobordre_id is not null;

-- Every message STAR delivered, written before the endpoint answers: after the answer nothing is
-- lost, a crash included. message_id is STAR's; a message delivered twice is stored once.
create table star_messages (
  tenant_id text not null,
  id uuid not null,
  message_id text not null,
  jobordre_id text not null,
  change_type text not null check (change_type in ('create', 'update')),
  occurred_at timestamptz not null,
  received_at timestamptz not null,
  status text not null check (status in ('queued', 'done', 'skipped', 'dead')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null,
  lease_until timestamptz,
  error_code text,
  outcome text,
  vacancy_id uuid,
  finished_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, message_id)
);
create index star_messages_due on star_messages (tenant_id, next_attempt_at) where status = 'queued';
create index star_messages_jobordre on star_messages (tenant_id, jobordre_id, occurred_at desc);
`,
  },
  {
    version: 15,
    name: 'shared mailboxes: watched like personal ones, their contacts logged by no person',
    sql: `
-- A functional mailbox (jobordre@…) an admin configured; the section that owns it owns its contacts.
create table shared_mailboxes (
  tenant_id text not null,
  id uuid not null,
  address text not null,
  display_name text,
  section_id text not null,
  graph_user_id text,
  created_at timestamptz not null default now(),
  created_by uuid not null,
  primary key (tenant_id, id),
  unique (tenant_id, address)
);

-- A watch, its subscriptions, delta links and tag jobs belong to an owner: a staff member (their own
-- mailbox) or a shared mailbox. Ids are UUIDs, so the owner id alone names the owner; the watch says which kind.
alter table mailbox_watches rename column staff_id to owner_id;
alter table mailbox_watches add column owner_kind text not null default 'staff' check (owner_kind in ('staff', 'shared'));
alter table graph_subscriptions rename column staff_id to owner_id;
alter table mailbox_delta_links rename column staff_id to owner_id;
alter table tag_jobs rename column staff_id to owner_id;

-- Graph does not say who set a category in a shared mailbox: such a contact names no person, but
-- the mailbox it came from (its address, kept even after the mailbox is no longer watched).
alter table interactions alter column logged_by drop not null;
alter table interactions add column shared_mailbox text;
`,
  },
  {
    version: 16,
    name: 'channel subscriptions list in the order they were made',
    sql: `
-- Two subscriptions made in the same millisecond (PGlite's clock) tie on created_at: seq breaks the tie.
alter table channel_subscriptions add column seq bigserial;
`,
  },
];

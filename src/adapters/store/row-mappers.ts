import type { JobnetFacts } from '../../domain/jobordre.js';
import type { DecayTier } from '../../domain/privacy-policy.js';
import type { Selectable } from 'kysely';
import type {
  AuditLogTable,
  ChannelSubscriptionsTable,
  CompaniesTable,
  CompanyPUnitsTable,
  ContactsTable,
  ConversationRefsTable,
  InteractionsTable,
  StaffTable,
  VacanciesTable,
  VacancyEventsTable,
} from './db-schema.js';
import type {
  ChannelSubscription,
  ConversationRef,
  Company,
  CompanyPUnit,
  CompanySummary,
  RegisterFacts,
  Contact,
  Interaction,
  InteractionKind,
  Participant,
  Staff,
  Vacancy,
  VacancyEvent,
  VacancyStatus,
  Visibility,
  Direction,
} from '../../domain/model.js';
import type { StoredAuditEntry } from '../../ports/store.js';

/** Rows -> domain shapes. The database's CHECK constraints guarantee the narrowed string types. */
export function toStaff(row: Selectable<StaffTable>): Staff {
  return { id: row.id, email: row.email, name: row.name, sectionId: row.section_id, isAdmin: row.is_admin };
}

export const COMPANY_SUMMARY_COLUMNS = [
  'id',
  'cvr',
  'name',
  'postcode',
  'city',
  'blockade',
  'do_not_contact',
  'register_status',
] as const;

export function toCompanySummary(
  row: Pick<Selectable<CompaniesTable>, (typeof COMPANY_SUMMARY_COLUMNS)[number]>,
): CompanySummary {
  return {
    id: row.id,
    cvr: row.cvr,
    name: row.name,
    postcode: row.postcode,
    city: row.city,
    blockade: row.blockade,
    doNotContact: row.do_not_contact,
    registerStatus: row.register_status,
  };
}

export function toCompany(
  row: Selectable<CompaniesTable>,
  domains: string[],
  pUnits: Selectable<CompanyPUnitsTable>[],
): Company {
  return {
    ...toCompanySummary(row),
    pNumbers: row.p_numbers,
    address: row.address,
    industryCode: row.industry_code,
    employeeBand: row.employee_band,
    responsibleStaffId: row.responsible_staff_id,
    domains,
    register: toRegisterFacts(row, pUnits),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRegisterFacts(
  row: Selectable<CompaniesTable>,
  pUnits: Selectable<CompanyPUnitsTable>[],
): RegisterFacts | null {
  if (row.register_facts === null || row.register_synced_at === null) return null;
  const facts = row.register_facts as Omit<RegisterFacts, 'syncedAt' | 'pUnits'>;
  return { ...facts, syncedAt: row.register_synced_at, pUnits: pUnits.map(toCompanyPUnit) };
}

export function toCompanyPUnit(row: Selectable<CompanyPUnitsTable>): CompanyPUnit {
  return {
    pNumber: row.p_number,
    name: row.name,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    active: row.active,
    inMunicipality: row.in_municipality,
  };
}

export function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    title: row.title,
  };
}

export function toInteraction(row: Selectable<InteractionsTable>): Interaction {
  return {
    id: row.id,
    companyId: row.company_id,
    kind: row.kind as InteractionKind,
    occurredAt: row.occurred_at,
    subject: row.subject,
    summary: row.summary,
    excerpt: row.excerpt,
    attachmentNames: row.attachment_names,
    topics: row.topics,
    direction: row.direction as Direction | null,
    participants: row.participants as Participant[],
    source: row.source,
    sourceKey: row.source_key,
    visibility: row.visibility as Visibility,
    loggedBy: row.logged_by,
    sectionId: row.section_id,
    sharedMailbox: row.shared_mailbox,
    createdAt: row.created_at,
    decayedTo: row.decayed_to as DecayTier | null,
  };
}

export function toVacancy(row: Selectable<VacanciesTable> & { company_name?: string }): Vacancy {
  return {
    id: row.id,
    companyId: row.company_id,
    ...(row.company_name === undefined ? {} : { companyName: row.company_name }),
    title: row.title,
    positions: row.positions,
    deadline: row.deadline,
    location: row.location,
    postcode: row.postcode,
    topics: row.topics,
    status: row.status as VacancyStatus,
    claimedBy: row.claimed_by,
    sectionId: row.section_id,
    interactionId: row.interaction_id,
    createdBy: row.created_by,
    jobnet: toJobnetFacts(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toJobnetFacts(row: Selectable<VacanciesTable>): JobnetFacts | null {
  if (row.jobordre_id === null || row.jobnet_version === null || row.jobnet === null) return null;
  return {
    ...(row.jobnet as Omit<JobnetFacts, 'jobordreId' | 'version'>),
    jobordreId: row.jobordre_id,
    version: row.jobnet_version,
  };
}

/** The jsonb part of a vacancy's Jobnet facts (the id and version have their own columns). */
export function jobnetColumns(facts: JobnetFacts | null) {
  if (!facts) return { jobordre_id: null, jobnet_version: null, jobnet: null };
  const { jobordreId, version, ...rest } = facts;
  return { jobordre_id: jobordreId, jobnet_version: version, jobnet: JSON.stringify(rest) };
}

export function toVacancyEvent(row: Selectable<VacancyEventsTable>): VacancyEvent {
  return {
    id: row.id,
    vacancyId: row.vacancy_id,
    fromStatus: row.from_status as VacancyStatus | null,
    toStatus: row.to_status as VacancyStatus,
    actorId: row.actor_id,
    at: row.at,
    note: row.note,
  };
}

export function toConversationRef(row: Selectable<ConversationRefsTable>): ConversationRef {
  return {
    conversationId: row.conversation_id,
    kind: row.kind as ConversationRef['kind'],
    teamId: row.team_id,
    channelId: row.channel_id,
    serviceUrl: row.service_url,
    userOid: row.user_oid,
    reference: (typeof row.reference === 'string' ? JSON.parse(row.reference) : row.reference) as Record<
      string,
      unknown
    >,
  };
}

export function toSubscription(row: Selectable<ChannelSubscriptionsTable>): ChannelSubscription {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    topics: row.topics,
    industryPrefixes: row.industry_prefixes,
    postcodes: row.postcodes,
    keywords: row.keywords,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export function toAuditEntry(row: Selectable<AuditLogTable>): StoredAuditEntry {
  return {
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    companyId: row.company_id,
    targetId: row.target_id,
    criteria: row.criteria as Record<string, unknown> | null,
  };
}

import type { AuditStore, CompanyStore, DirectoryStore, InteractionStore, VacancyStore } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor, Company, InteractionEntry, Staff, Vacancy } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { OPEN_STATUSES } from '../domain/vacancy-lifecycle.js';
import { toInteractionView, type InteractionView } from './interaction-view.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';

export type ContextStore = Pick<CompanyStore, 'getCompany'> &
  Pick<DirectoryStore, 'listStaff' | 'listSections'> &
  Pick<VacancyStore, 'listVacancies'> &
  Pick<InteractionStore, 'listInteractions' | 'countInteractionsByTopic'>;

/** What anyone meeting the company should know before they answer it. */
export interface ServiceContext {
  responsible: Pick<Staff, 'id' | 'name' | 'email' | 'sectionId'> | null;
  /** `registerStatus`: the CVR register's status text (null when not from the register); the views flag it. */
  flags: { blockade: boolean; doNotContact: boolean; registerStatus: string | null };
  openVacancies: Vacancy[];
  lastContacts: InteractionView[];
  /** Contacts per topic over the last 12 months, most frequent first. */
  topicCounts: { topic: string; count: number }[];
  /** Colleagues' contacts in the last 14 days, newest first: so nobody calls the company twice. */
  recentColleagueContacts: RecentColleagueContact[];
}

export interface RecentColleagueContact {
  staffId: string;
  name: string | null;
  sectionId: string | null;
  sectionName: string | null;
  occurredAt: string;
  kind: InteractionEntry['kind'];
  topics: string[];
}

const LAST_CONTACTS = 5;
const COLLISION_WINDOW_DAYS = 14;
const OPEN_VACANCIES_SHOWN = 20;

/** Builds the service context of a company the caller has already loaded. */
export async function buildServiceContext(
  store: ContextStore,
  clock: Clock,
  actor: Actor,
  company: Company,
): Promise<ServiceContext> {
  const yearAgo = new Date(clock.now());
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const tenant = actor.tenantId;
  const windowStart = new Date(clock.now().getTime() - COLLISION_WINDOW_DAYS * 86_400_000);
  const [responsible, openVacancies, lastContacts, topicCounts, recent, sections] = await Promise.all([
    company.responsibleStaffId ? store.listStaff(tenant, [company.responsibleStaffId]) : Promise.resolve([]),
    store.listVacancies(tenant, { companyId: company.id, statuses: [...OPEN_STATUSES], limit: OPEN_VACANCIES_SHOWN }),
    store.listInteractions(tenant, company.id, {}, null, LAST_CONTACTS),
    store.countInteractionsByTopic(tenant, company.id, yearAgo),
    store.listInteractions(tenant, company.id, { from: windowStart }, null, 20),
    store.listSections(tenant),
  ]);
  const sectionName = new Map(sections.map((section) => [section.id, section.name]));
  const person = responsible[0];
  return {
    responsible: person ? { id: person.id, name: person.name, email: person.email, sectionId: person.sectionId } : null,
    flags: { blockade: company.blockade, doNotContact: company.doNotContact, registerStatus: company.registerStatus },
    openVacancies,
    lastContacts: lastContacts.map((entry) => toInteractionView(actor, entry)),
    topicCounts,
    recentColleagueContacts: recent
      // A contact from a shared mailbox names no colleague to ask: it shows in the timeline only.
      .flatMap((entry) => (entry.loggedBy === null ? [] : [{ ...entry, loggedBy: entry.loggedBy }]))
      .filter((entry) => entry.loggedBy !== actor.staffId && !entry.loggers.includes(actor.staffId))
      .slice(0, 3)
      .map((entry) => ({
        staffId: entry.loggedBy,
        name: entry.loggedByName,
        sectionId: entry.sectionId,
        sectionName: entry.sectionId ? (sectionName.get(entry.sectionId) ?? null) : null,
        occurredAt: entry.occurredAt.toISOString(),
        kind: entry.kind,
        topics: entry.topics,
      })),
  };
}

/** The company page's head: the company and its service context. The read is audited. */
export async function getCompanyWithContext(
  deps: { store: ContextStore & AuditStore & Pick<CompanyStore, 'resolveCompanyId'>; clock: Clock },
  actor: Actor,
  requestedId: string,
): Promise<{ company: Company; context: ServiceContext }> {
  const companyId = await currentCompanyId(deps.store, actor, requestedId);
  const company = await deps.store.getCompany(actor.tenantId, companyId);
  if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
  const context = await buildServiceContext(deps.store, deps.clock, actor, company);
  await deps.store.appendAudit(actor.tenantId, { actorId: actor.staffId, action: AUDIT.companyRead, companyId });
  return { company, context };
}

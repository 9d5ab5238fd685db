import type {
  AuditStore,
  CompanyStore,
  DirectoryStore,
  InteractionStore,
  Transactional,
  VacancyStore,
} from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor, Vacancy, VacancyStatus } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { assertTransition } from '../domain/vacancy-lifecycle.js';
import { redactCpr } from '../domain/cpr.js';
import { assertKnownTopics } from './tenant-topics.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';
import { routeNewVacancy, routeVacancyChange, type AlertRoutingStore } from './vacancy-alert-routing.js';

/** What a vacancy's transition writes, inside the caller's transaction: the row, its event, audit and alerts. */
export type VacancyTransitionStore = VacancyStore & AuditStore & AlertRoutingStore;
/** A new vacancy also checks its company, topics, section and the contact it came from. */
export type NewVacancyStore = VacancyTransitionStore & CompanyStore & InteractionStore & DirectoryStore;

/** Open and closed vacancies (jobordrer), newest first. */
export async function listVacancies(
  { store }: { store: VacancyStore & AuditStore & Pick<CompanyStore, 'resolveCompanyId'> },
  actor: Actor,
  filter: {
    statuses?: VacancyStatus[] | undefined;
    sectionId?: string | undefined;
    companyId?: string | undefined;
    limit: number;
  },
): Promise<Vacancy[]> {
  const companyId = filter.companyId && (await currentCompanyId(store, actor, filter.companyId));
  const items = await store.listVacancies(actor.tenantId, {
    limit: filter.limit,
    ...(filter.statuses && { statuses: filter.statuses }),
    ...(filter.sectionId && { sectionId: filter.sectionId }),
    ...(companyId && { companyId }),
  });
  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.vacancyList,
    companyId: companyId || null,
    criteria: { statuses: filter.statuses ?? null, sectionId: filter.sectionId ?? null },
  });
  return items;
}

export interface VacancyInput {
  companyId: string;
  title: string;
  positions: number;
  deadline?: string | null | undefined;
  location?: string | null | undefined;
  postcode?: string | null | undefined;
  topics: string[];
  sectionId?: string | null | undefined;
  interactionId?: string | null | undefined;
}

/** Registers an employer's vacancy as received; its lifecycle starts with that event. */
export async function createVacancy(
  deps: { store: Transactional<NewVacancyStore>; clock: Clock },
  actor: Actor,
  input: VacancyInput,
): Promise<Vacancy> {
  const now = deps.clock.now();
  return deps.store.withTransaction(async (store) => {
    const companyId = await currentCompanyId(store, actor, input.companyId);
    const [company] = await store.getCompanySummaries(actor.tenantId, [companyId]);
    if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
    await assertKnownTopics(store, actor.tenantId, input.topics);
    if (input.interactionId && (await store.companyOfInteraction(actor.tenantId, input.interactionId)) !== companyId) {
      throw new DomainError('VALIDATION_FAILED', "interactionId: no contact with that id in this company's history.");
    }
    const sectionId = input.sectionId ?? actor.sectionId;
    if (input.sectionId) {
      const sections = await store.listSections(actor.tenantId);
      if (!sections.some((section) => section.id === input.sectionId)) {
        throw new DomainError('VALIDATION_FAILED', 'sectionId: no section with that id.');
      }
    }
    const vacancy = await store.insertVacancy(actor.tenantId, {
      companyId,
      title: redactCpr(input.title, now),
      positions: input.positions,
      deadline: input.deadline ?? null,
      location: input.location ? redactCpr(input.location, now) : null,
      postcode: input.postcode ?? null,
      topics: [...new Set(input.topics)],
      status: 'received',
      claimedBy: null,
      sectionId,
      interactionId: input.interactionId ?? null,
      createdBy: actor.staffId,
    });
    await store.insertVacancyEvent(actor.tenantId, {
      vacancyId: vacancy.id,
      fromStatus: null,
      toStatus: 'received',
      actorId: actor.staffId,
      note: null,
    });
    await store.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.vacancyCreate,
      companyId,
      targetId: vacancy.id,
    });
    await routeNewVacancy(store, actor.tenantId, vacancy, now);
    return vacancy;
  });
}

/**
 * Moves a vacancy along its lifecycle. The row is locked first, so of two people claiming at
 * once one wins and the other gets ILLEGAL_TRANSITION naming the current status.
 */
export async function transitionVacancy(
  deps: { store: Transactional<VacancyTransitionStore>; clock: Clock },
  actor: Actor,
  vacancyId: string,
  input: { to: VacancyStatus; note?: string | null | undefined },
): Promise<Vacancy> {
  const now = deps.clock.now();
  return deps.store.withTransaction(async (store) => {
    const vacancy = await store.getVacancyForUpdate(actor.tenantId, vacancyId);
    if (!vacancy) throw new DomainError('NOT_FOUND', 'No vacancy with that id.');
    return applyTransition(store, actor.tenantId, vacancy, {
      to: input.to,
      by: actor.staffId,
      note: input.note ?? null,
      now,
    });
  });
}

/**
 * The transition itself, inside the caller's transaction on a locked row: status, claimer, event,
 * audit and the alert cards to update. `by` is null when Kontaktspor itself moves the vacancy
 * (a deadline that passed).
 */
export async function applyTransition(
  store: VacancyTransitionStore,
  tenantId: string,
  vacancy: Vacancy,
  change: { to: VacancyStatus; by: string | null; note: string | null; now: Date },
): Promise<Vacancy> {
  assertTransition(vacancy.status, change.to);
  // Jobnet (by: null) moving a vacancy back in progress leaves it with whoever held it.
  const claimedBy =
    change.to === 'in_progress'
      ? (change.by ?? vacancy.claimedBy)
      : change.to === 'received'
        ? null
        : vacancy.claimedBy;
  const updated = await store.updateVacancyStatus(tenantId, vacancy.id, change.to, claimedBy);
  await store.insertVacancyEvent(tenantId, {
    vacancyId: vacancy.id,
    fromStatus: vacancy.status,
    toStatus: change.to,
    actorId: change.by,
    note: change.note ? redactCpr(change.note, change.now) : null,
  });
  await store.appendAudit(tenantId, {
    actorId: change.by,
    action: AUDIT.vacancyTransition,
    companyId: vacancy.companyId,
    targetId: vacancy.id,
    criteria: { from: vacancy.status, to: change.to },
  });
  await routeVacancyChange(store, tenantId, updated, vacancy.status, change.now);
  return updated;
}

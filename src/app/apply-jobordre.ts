/**
 * One STAR message applied (issue 17): read the jobordre it names and make the vacancy show it.
 * A message older than what the vacancy shows changes nothing (messages arrive repeated and out
 * of order); the vacancy row is locked while it changes, so two messages of one jobordre never
 * interleave; the company is ours by CVR or P-number, or created from the CVR register.
 */
import type { Clock } from '../ports/clock.js';
import type { CvrSource } from '../ports/cvr-source.js';
import type { JobordreSource } from '../ports/jobordre-source.js';
import type { CompanyStore, DirectoryStore, StarMessageOutcome, Transactional } from '../ports/store.js';
import type { Company, Vacancy } from '../domain/model.js';
import type { RegisterCompany } from '../domain/register-company.js';
import {
  initialVacancyStatus,
  isForMunicipality,
  isNewer,
  jobnetFactsOf,
  vacancyStatusForJobnet,
  type Jobordre,
  type JobordreMessage,
  type OtherMunicipalityRule,
} from '../domain/jobordre.js';
import { redactCpr } from '../domain/cpr.js';
import { AUDIT } from './audit-actions.js';
import { applyTransition, type VacancyTransitionStore } from './vacancies.js';
import { routeNewVacancy } from './vacancy-alert-routing.js';
import {
  companyIdByCvr,
  lookupRegister,
  storeRegisterCompany,
  type RegisterCompanyWriteStore,
} from './register-companies.js';
import { hasActiveWorkplaceIn } from './register-row.js';

/** Everything applying a jobordre writes, in one transaction. */
export type ApplyJobordreTxStore = VacancyTransitionStore & Pick<DirectoryStore, 'listStaff'>;
export type ApplyJobordreStore = Transactional<ApplyJobordreTxStore> &
  ApplyJobordreTxStore &
  Pick<CompanyStore, 'findCompaniesByCvrPrefix' | 'findCompaniesByPNumber'> &
  RegisterCompanyWriteStore;

export interface ApplyJobordreDeps {
  store: ApplyJobordreStore;
  source: JobordreSource;
  clock: Clock;
  /** The CVR register and the municipality it is read for; without it an unknown company is skipped. */
  register?: { source: CvrSource; municipalityCode: string } | undefined;
  otherMunicipalities: OtherMunicipalityRule;
}

/** How a message ended when it did not fail (dead letters are the worker's). */
export type AppliedOutcome = Exclude<StarMessageOutcome, { status: 'dead' }>;

/** Where a new jobordre's company stands before the transaction: ours, or why it is not taken. */
type CompanyFound = { company: Company } | { skip: 'company_unknown' | 'other_municipality' };

export async function applyJobordre(
  deps: ApplyJobordreDeps,
  tenantId: string,
  message: JobordreMessage,
): Promise<AppliedOutcome> {
  // Not locked yet (outside a transaction the lock ends with the read): only to spare STAR a call.
  const known = await deps.store.getVacancyByJobordreForUpdate(tenantId, message.jobordreId);
  if (known?.jobnet && known.jobnet.version.getTime() >= message.occurredAt.getTime())
    return { status: 'skipped', outcome: 'stale' };
  const jobordre = await deps.source.getJobordre(message.jobordreId);
  // The company is settled before the transaction: the register is a network call.
  const found = known ? null : await companyFor(deps, tenantId, jobordre);
  if (found && 'skip' in found) return { status: 'skipped', outcome: found.skip };
  const now = deps.clock.now();
  return deps.store.withTransaction(async (tx) => {
    const vacancy = await tx.getVacancyByJobordreForUpdate(tenantId, jobordre.id);
    if (vacancy) return updateFromJobnet(tx, tenantId, vacancy, jobordre, now);
    // Gone since the first look (erased): the lease runs out and the next attempt starts over.
    if (!found) throw new Error('the vacancy of this jobordre vanished while it was read');
    return createFromJobnet(tx, tenantId, found.company, jobordre, now);
  });
}

async function createFromJobnet(
  tx: ApplyJobordreTxStore,
  tenantId: string,
  company: Company,
  jobordre: Jobordre,
  now: Date,
): Promise<AppliedOutcome> {
  const status = initialVacancyStatus(jobordre.status);
  const place = jobordre.workAddress;
  const location = [place?.street, place?.city].filter(Boolean).join(', ');
  const [responsible] = company.responsibleStaffId ? await tx.listStaff(tenantId, [company.responsibleStaffId]) : [];
  const vacancy = await tx.insertVacancy(tenantId, {
    companyId: company.id,
    title: redactCpr(jobordre.title, now),
    positions: jobordre.positions,
    deadline: jobordre.deadline,
    location: location ? redactCpr(location, now) : null,
    postcode: place?.postcode ?? null,
    topics: [],
    status,
    claimedBy: null,
    sectionId: responsible?.sectionId ?? null,
    interactionId: null,
    createdBy: null,
    jobnet: jobnetFactsOf(jobordre),
  });
  await tx.insertVacancyEvent(tenantId, {
    vacancyId: vacancy.id,
    fromStatus: null,
    toStatus: status,
    actorId: null,
    note: 'Jobnet',
  });
  await tx.appendAudit(tenantId, {
    actorId: null,
    action: AUDIT.vacancyCreate,
    companyId: company.id,
    targetId: vacancy.id,
    criteria: { source: 'jobnet' },
  });
  if (status === 'received') await routeNewVacancy(tx, tenantId, vacancy, now);
  return { status: 'done', vacancyId: vacancy.id, outcome: 'created' };
}

async function updateFromJobnet(
  tx: ApplyJobordreTxStore,
  tenantId: string,
  vacancy: Vacancy,
  jobordre: Jobordre,
  now: Date,
): Promise<AppliedOutcome> {
  if (!isNewer(jobordre, vacancy.jobnet)) return { status: 'skipped', outcome: 'stale' };
  const place = jobordre.workAddress;
  const location = [place?.street, place?.city].filter(Boolean).join(', ');
  const updated = await tx.updateVacancyFromJobnet(tenantId, vacancy.id, {
    title: redactCpr(jobordre.title, now),
    positions: jobordre.positions,
    deadline: jobordre.deadline,
    location: location ? redactCpr(location, now) : null,
    postcode: place?.postcode ?? null,
    jobnet: jobnetFactsOf(jobordre),
  });
  const target = vacancyStatusForJobnet(updated.status, jobordre.status, updated.claimedBy !== null);
  if (target) {
    await applyTransition(tx, tenantId, updated, { to: target, by: null, note: `Jobnet: ${jobordre.statusText}`, now });
    return { status: 'done', vacancyId: vacancy.id, outcome: 'updated' };
  }
  const factsChanged = (['title', 'positions', 'deadline', 'location', 'postcode'] as const).some(
    (field) => updated[field] !== vacancy[field],
  );
  // The cards show title, positions and deadline: they follow Jobnet even when the status stays.
  if (factsChanged) await tx.enqueueAlertUpdates(tenantId, vacancy.id, now);
  return { status: 'done', vacancyId: vacancy.id, outcome: factsChanged ? 'updated' : 'unchanged' };
}

/** Our company by CVR, then P-number, then from the register; and whether the municipality takes it. */
async function companyFor(deps: ApplyJobordreDeps, tenantId: string, jobordre: Jobordre): Promise<CompanyFound> {
  const municipalityCode = deps.register?.municipalityCode ?? null;
  const takes = (hasWorkplaceHere: boolean) =>
    isForMunicipality(jobordre, municipalityCode, hasWorkplaceHere, deps.otherMunicipalities);
  const ours = await ourCompany(deps.store, tenantId, jobordre);
  if (ours) {
    // A company staff created without the register is here by their choice.
    const here = ours.register?.pUnits.some((unit) => unit.active && unit.inMunicipality) ?? true;
    return takes(here) ? { company: ours } : { skip: 'other_municipality' };
  }
  const fromRegister = deps.register && (await registerCompanyOf(deps.register.source, jobordre));
  if (!deps.register || !fromRegister) return { skip: 'company_unknown' };
  if (!takes(hasActiveWorkplaceIn(fromRegister, deps.register.municipalityCode))) return { skip: 'other_municipality' };
  const { company } = await storeRegisterCompany(deps, tenantId, null, fromRegister, deps.register.municipalityCode);
  return { company };
}

async function ourCompany(store: ApplyJobordreStore, tenantId: string, jobordre: Jobordre): Promise<Company | null> {
  const byCvr = jobordre.cvr && (await companyIdByCvr(store, tenantId, jobordre.cvr));
  const byPNumber =
    !byCvr && jobordre.pNumber ? (await store.findCompaniesByPNumber(tenantId, jobordre.pNumber, 1))[0]?.id : null;
  const id = byCvr || byPNumber;
  return id ? store.getCompany(tenantId, id) : null;
}

/** The register's company of the jobordre's CVR, else of its P-number; null when the register knows neither. */
async function registerCompanyOf(source: CvrSource, jobordre: Jobordre): Promise<RegisterCompany | null> {
  if (jobordre.cvr) {
    const hit = (await lookupRegister(source, jobordre.cvr, 1)).find((company) => company.cvr === jobordre.cvr);
    if (hit) return hit;
  }
  if (!jobordre.pNumber) return null;
  const pNumber = jobordre.pNumber;
  const hits = await lookupRegister(source, pNumber, 1);
  return hits.find((company) => company.pUnits.some((unit) => unit.pNumber === pNumber)) ?? null;
}

/**
 * Companies from the CVR register, by hand: staff look a company up in the register (by CVR,
 * P-number or name) and create it with its P-units and domains, instead of typing what the
 * register already knows.
 */
import type { AuditStore, CompanyStore, RegisterStore, Transactional } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { RegisterUnavailableError, type CvrSource } from '../ports/cvr-source.js';
import type { Actor, Company } from '../domain/model.js';
import type { RegisterAddress, RegisterCompany } from '../domain/register-company.js';
import { DomainError } from '../domain/errors.js';
import { AUDIT } from './audit-actions.js';
import { isInMunicipality, toRegisterCompanyRow } from './register-row.js';

export interface RegisterDeps {
  register?: { source: CvrSource; municipalityCode: string } | undefined;
}

/** One register hit as staff choose from it. */
export interface RegisterHit {
  cvr: string;
  name: string;
  address: Pick<RegisterAddress, 'street' | 'postcode' | 'city'> | null;
  status: string;
  legalForm: string | null;
  pUnits: number;
  /** Active P-units in the municipality. */
  pUnitsHere: number;
  advertisingProtected: boolean;
  /** The Kontaktspor company that already has this CVR, or null. */
  companyId: string | null;
}

const LOOKUP_LIMIT = 10;
const LOOKUP_TIMEOUT_MS = 10_000;

function registerOf(deps: RegisterDeps): { source: CvrSource; municipalityCode: string } {
  if (!deps.register) throw new DomainError('REGISTER_NOT_CONFIGURED', 'No CVR register is configured here.');
  return deps.register;
}

/** The register's answer, its failures translated into our codes. */
export async function lookupRegister(source: CvrSource, query: string, limit: number): Promise<RegisterCompany[]> {
  try {
    return await source.lookup(query, limit, AbortSignal.timeout(LOOKUP_TIMEOUT_MS));
  } catch (error) {
    if (error instanceof RegisterUnavailableError || (error instanceof Error && error.name === 'TimeoutError'))
      throw new DomainError('REGISTER_UNAVAILABLE', 'The CVR register does not answer. Try again in a moment.');
    throw error;
  }
}

/** Our company with exactly this CVR, or null. */
export async function companyIdByCvr(
  store: Pick<CompanyStore, 'findCompaniesByCvrPrefix'>,
  tenantId: string,
  cvr: string,
): Promise<string | null> {
  const found = await store.findCompaniesByCvrPrefix(tenantId, cvr, 2);
  return found.find((company) => company.cvr === cvr)?.id ?? null;
}

/** Register hits for a CVR, a P-number or a name, each marked with our company when it is already here. */
export async function registerLookup(
  deps: RegisterDeps & { store: Pick<CompanyStore, 'findCompaniesByCvrPrefix'> & Pick<AuditStore, 'appendAudit'> },
  actor: Actor,
  query: string,
): Promise<{ items: RegisterHit[] }> {
  const { source, municipalityCode } = registerOf(deps);
  const companies = await lookupRegister(source, query, LOOKUP_LIMIT);
  const items = await Promise.all(
    companies.slice(0, LOOKUP_LIMIT).map(async (company) => ({
      cvr: company.cvr,
      name: company.name,
      address: company.address && {
        street: company.address.street,
        postcode: company.address.postcode,
        city: company.address.city,
      },
      status: company.status,
      legalForm: company.legalForm?.long ?? company.legalForm?.short ?? null,
      pUnits: company.pUnits.length,
      pUnitsHere: company.pUnits.filter((unit) => unit.active && isInMunicipality(unit.address, municipalityCode))
        .length,
      advertisingProtected: company.advertisingProtected,
      companyId: await companyIdByCvr(deps.store, actor.tenantId, company.cvr),
    })),
  );
  // The query itself is not kept: a name search may be a person's name (an ENK).
  await deps.store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.registerLookup,
    criteria: { hits: items.length },
  });
  return { items };
}

/**
 * Creates the company the register knows by this CVR, with its P-units and domains. A CVR that is
 * already a company here is a CONFLICT naming that company; a company staff created without CVR
 * that has one of its P-numbers takes the register's facts instead (change "updated").
 */
export async function createCompanyFromRegister(
  deps: RegisterDeps & {
    store: Pick<CompanyStore, 'findCompaniesByCvrPrefix'> & RegisterCompanyWriteStore;
    clock: Clock;
  },
  actor: Actor,
  cvr: string,
): Promise<{ company: Company; change: 'created' | 'updated' }> {
  const { source, municipalityCode } = registerOf(deps);
  const existing = await companyIdByCvr(deps.store, actor.tenantId, cvr);
  if (existing) throw new DomainError('CONFLICT', `This CVR is already a company here: ${existing}.`);
  const found = (await lookupRegister(source, cvr, 1)).find((company) => company.cvr === cvr);
  if (!found) throw new DomainError('NOT_FOUND', 'The CVR register has no company with that CVR.');
  return storeRegisterCompany(deps, actor.tenantId, actor.staffId, found, municipalityCode);
}

/** What storing a register company writes, in its own transaction. */
export type RegisterCompanyWriteStore = Transactional<
  Pick<CompanyStore, 'getCompany'> & Pick<RegisterStore, 'applyRegisterCompanies'> & Pick<AuditStore, 'appendAudit'>
>;

/**
 * Stores a company as the register describes it, with its P-units and domains, and audits it.
 * `actorId` is null when Kontaktspor itself creates it (a jobordre from Jobnet for a company not here yet).
 */
export async function storeRegisterCompany(
  deps: { store: RegisterCompanyWriteStore; clock: Clock },
  tenantId: string,
  actorId: string | null,
  found: RegisterCompany,
  municipalityCode: string,
): Promise<{ company: Company; change: 'created' | 'updated' }> {
  const row = toRegisterCompanyRow(found, municipalityCode);
  return deps.store.withTransaction(async (tx) => {
    const [outcome] = await tx.applyRegisterCompanies(tenantId, [row], deps.clock.now());
    const company = outcome && (await tx.getCompany(tenantId, outcome.companyId));
    if (!outcome || !company) throw new Error('the register import wrote no company');
    await tx.appendAudit(tenantId, {
      actorId,
      action: outcome.change === 'created' ? AUDIT.companyCreate : AUDIT.companyUpdate,
      companyId: company.id,
      criteria: { source: 'register' },
    });
    return { company, change: outcome.change === 'created' ? 'created' : 'updated' };
  });
}

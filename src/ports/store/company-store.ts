import type { Company, CompanySummary } from '../../domain/model.js';
import type { DomainHit } from '../../domain/company-matching.js';

/** Register fields are written by the import only (RegisterStore). */
type StaffFields = Omit<Company, 'id' | 'createdAt' | 'updatedAt' | 'registerStatus' | 'register'>;
export type NewCompany = StaffFields & { id?: string };
export type CompanyPatch = Partial<StaffFields>;

/** What a merge moved to the surviving company. */
export interface MergeCounts {
  interactions: number;
  contacts: number;
  vacancies: number;
  domains: number;
  pUnits: number;
}

/** Companies and their mail domains. */
export interface CompanyStore {
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
  /** The companies that registered each of these mail domains. */
  findDomainHits(tenantId: string, domains: readonly string[]): Promise<DomainHit[]>;
  /** The company an id names now: itself, the survivor of a merge it went into, or null. */
  resolveCompanyId(tenantId: string, id: string): Promise<string | null>;
  /**
   * Moves the merged company's contacts, contact persons, vacancies, domains and P-units to the
   * survivor, deletes it and keeps its id as an alias of the survivor. Null when either is missing.
   */
  mergeCompanies(tenantId: string, survivorId: string, mergedId: string, actorId: string): Promise<MergeCounts | null>;
}

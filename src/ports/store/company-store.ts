import type { Company, CompanySummary } from '../../domain/model.js';
import type { DomainHit } from '../../domain/company-matching.js';

export type NewCompany = Omit<Company, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type CompanyPatch = Partial<Omit<Company, 'id' | 'createdAt' | 'updatedAt'>>;

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
}

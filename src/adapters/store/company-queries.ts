/**
 * Store queries for companies: name, CVR, P-number and domain search, and the company with its mail domains.
 * Each takes the Kysely db (or transaction) and the tenant first; KyselyStore delegates to these.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { COMPANY_SUMMARY_COLUMNS, toCompany, toCompanySummary } from './row-mappers.js';
import { translateConflicts } from './translate-conflicts.js';
import { toSearchKey } from '../../domain/search-key.js';
import type { Company } from '../../domain/model.js';
import type { CompanyPatch, NewCompany } from '../../ports/store.js';

type Db = Kysely<Database>;

function summaries(db: Db, tenantId: string) {
  return db.selectFrom('companies').select(COMPANY_SUMMARY_COLUMNS).where('companies.tenant_id', '=', tenantId);
}

export async function searchCompaniesByName(db: Db, tenantId: string, searchKey: string, limit: number) {
  // Prefix of the name, then prefix of a word, then trigram word similarity (typos, missing
  // letters). The search key holds only letters, digits and spaces, so LIKE needs no escaping.
  const rows = await summaries(db, tenantId)
    .where((eb) =>
      eb.or([
        eb('name_search', 'like', `%${searchKey}%`),
        eb(sql.val(searchKey), sql.raw('<%') as never, eb.ref('name_search')),
      ]),
    )
    .orderBy(sql`name_search like ${`${searchKey}%`}`, 'desc')
    .orderBy(sql`(' ' || name_search) like ${`% ${searchKey}%`}`, 'desc')
    .orderBy(sql`word_similarity(${searchKey}, name_search)`, 'desc')
    .orderBy('name_search')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toCompanySummary);
}

export async function findCompaniesByCvrPrefix(db: Db, tenantId: string, digits: string, limit: number) {
  const rows = await summaries(db, tenantId)
    .where('cvr', 'like', `${digits.replace(/\D/g, '')}%`)
    .orderBy('cvr')
    .limit(limit)
    .execute();
  return rows.map(toCompanySummary);
}

export async function findCompaniesByPNumber(db: Db, tenantId: string, pNumber: string, limit: number) {
  const rows = await summaries(db, tenantId)
    .where(sql<boolean>`p_numbers @> array[${pNumber}]::text[]`)
    .orderBy('name_search')
    .limit(limit)
    .execute();
  return rows.map(toCompanySummary);
}

export async function findCompaniesByDomain(db: Db, tenantId: string, domain: string, limit: number) {
  const rows = await summaries(db, tenantId)
    .innerJoin('company_domains as d', (join) =>
      join.onRef('d.tenant_id', '=', 'companies.tenant_id').onRef('d.company_id', '=', 'companies.id'),
    )
    .where('d.domain', '=', domain.toLowerCase())
    .orderBy('name_search')
    .limit(limit)
    .execute();
  return rows.map(toCompanySummary);
}

export async function listCompanies(db: Db, tenantId: string, limit: number) {
  const rows = await summaries(db, tenantId).orderBy('name_search').orderBy('id').limit(limit).execute();
  return rows.map(toCompanySummary);
}

export async function getCompanySummaries(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await summaries(db, tenantId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toCompanySummary);
}

export async function getCompany(db: Db, tenantId: string, id: string): Promise<Company | null> {
  const row = await db
    .selectFrom('companies')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [domains, pUnits] = await Promise.all([domainsOf(db, tenantId, id), pUnitsOf(db, tenantId, id)]);
  return toCompany(row, domains, pUnits);
}

function pUnitsOf(db: Db, tenantId: string, companyId: string) {
  return db
    .selectFrom('company_p_units')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('company_id', '=', companyId)
    .orderBy('in_municipality', 'desc')
    .orderBy('active', 'desc')
    .orderBy('p_number')
    .execute();
}

async function domainsOf(db: Db, tenantId: string, companyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('company_domains')
    .select('domain')
    .where('tenant_id', '=', tenantId)
    .where('company_id', '=', companyId)
    .orderBy('domain')
    .execute();
  return rows.map((row) => row.domain);
}

export async function insertCompany(db: Db, tenantId: string, company: NewCompany): Promise<Company> {
  const id = company.id ?? randomUUID();
  await translateConflicts(() =>
    db
      .insertInto('companies')
      .values({
        tenant_id: tenantId,
        id,
        cvr: company.cvr,
        name: company.name,
        name_search: toSearchKey(company.name),
        p_numbers: company.pNumbers,
        address: company.address,
        postcode: company.postcode,
        city: company.city,
        industry_code: company.industryCode,
        employee_band: company.employeeBand,
        blockade: company.blockade,
        do_not_contact: company.doNotContact,
        responsible_staff_id: company.responsibleStaffId,
      })
      .execute(),
  );
  await replaceDomains(db, tenantId, id, company.domains);
  return (await getCompany(db, tenantId, id))!;
}

export async function updateCompany(
  db: Db,
  tenantId: string,
  id: string,
  patch: CompanyPatch,
): Promise<Company | null> {
  const columns = {
    ...(patch.cvr !== undefined && { cvr: patch.cvr }),
    ...(patch.name !== undefined && { name: patch.name, name_search: toSearchKey(patch.name) }),
    ...(patch.pNumbers !== undefined && { p_numbers: patch.pNumbers }),
    ...(patch.address !== undefined && { address: patch.address }),
    ...(patch.postcode !== undefined && { postcode: patch.postcode }),
    ...(patch.city !== undefined && { city: patch.city }),
    ...(patch.industryCode !== undefined && { industry_code: patch.industryCode }),
    ...(patch.employeeBand !== undefined && { employee_band: patch.employeeBand }),
    ...(patch.blockade !== undefined && { blockade: patch.blockade }),
    ...(patch.doNotContact !== undefined && { do_not_contact: patch.doNotContact }),
    ...(patch.responsibleStaffId !== undefined && { responsible_staff_id: patch.responsibleStaffId }),
  };
  const updated = await translateConflicts(() =>
    db
      .updateTable('companies')
      .set({ ...columns, updated_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst(),
  );
  if (!updated) return null;
  if (patch.domains !== undefined) await replaceDomains(db, tenantId, id, patch.domains);
  return getCompany(db, tenantId, id);
}

/** Staff set the whole list: domains they drop go, new ones are theirs, kept ones keep their source. */
async function replaceDomains(db: Db, tenantId: string, companyId: string, domains: readonly string[]): Promise<void> {
  const unique = [...new Set(domains.map((domain) => domain.toLowerCase()))];
  let removal = db.deleteFrom('company_domains').where('tenant_id', '=', tenantId).where('company_id', '=', companyId);
  if (unique.length > 0) removal = removal.where('domain', 'not in', unique);
  await removal.execute();
  if (unique.length === 0) return;
  await db
    .insertInto('company_domains')
    .values(unique.map((domain) => ({ tenant_id: tenantId, domain, company_id: companyId, source: 'staff' as const })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
export async function findDomainHits(db: Db, tenantId: string, domains: readonly string[]) {
  if (domains.length === 0) return [];
  const rows = await db
    .selectFrom('company_domains')
    .select(['domain', 'company_id'])
    .where('tenant_id', '=', tenantId)
    .where(
      'domain',
      'in',
      domains.map((domain) => domain.toLowerCase()),
    )
    .execute();
  return rows.map((row) => ({ domain: row.domain, companyId: row.company_id }));
}

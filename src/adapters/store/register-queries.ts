/**
 * The CVR register's writes: a batch of register companies applied in one transaction (matched by
 * CVR, then by P-number; only register columns, register P-units and register domains change), and
 * the per-tenant sync state.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toSearchKey } from '../../domain/search-key.js';
import type { RegisterApplyOutcome, RegisterCompanyRow, RegisterSyncState } from '../../ports/store.js';

type Db = Kysely<Database>;

export function applyRegisterCompanies(
  db: Db,
  tenantId: string,
  rows: readonly RegisterCompanyRow[],
  syncedAt: Date,
): Promise<RegisterApplyOutcome[]> {
  if (rows.length === 0) return Promise.resolve([]);
  const work = (tx: Db) => applyInTransaction(tx, tenantId, rows, syncedAt);
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

interface Existing {
  id: string;
  cvr: string | null;
  p_numbers: string[];
  register_hash: string | null;
}

async function applyInTransaction(
  db: Db,
  tenantId: string,
  rows: readonly RegisterCompanyRow[],
  syncedAt: Date,
): Promise<RegisterApplyOutcome[]> {
  const existing = await matchExisting(db, tenantId, rows);
  const outcomes: RegisterApplyOutcome[] = [];
  const changed: { companyId: string; row: RegisterCompanyRow }[] = [];
  const created: { companyId: string; row: RegisterCompanyRow }[] = [];
  for (const row of rows) {
    const current = existing.get(row.cvr);
    if (current && current.register_hash === row.hash && current.cvr === row.cvr) {
      outcomes.push({ cvr: row.cvr, companyId: current.id, change: 'unchanged' });
    } else if (current) {
      await updateFromRegister(db, tenantId, current, row, syncedAt);
      changed.push({ companyId: current.id, row });
      outcomes.push({ cvr: row.cvr, companyId: current.id, change: 'updated' });
    } else {
      const companyId = randomUUID();
      created.push({ companyId, row });
      outcomes.push({ cvr: row.cvr, companyId, change: 'created' });
    }
  }
  // Set-based where it can be: the initial import creates thousands of companies.
  await insertFromRegister(db, tenantId, created, syncedAt);
  await replaceRegisterPUnits(db, tenantId, [...changed, ...created]);
  await replaceRegisterDomains(db, tenantId, [...changed, ...created]);
  // Read again, found the same: only the time it was last read moves.
  const unchanged = outcomes.filter((outcome) => outcome.change === 'unchanged').map((outcome) => outcome.companyId);
  if (unchanged.length > 0)
    await db
      .updateTable('companies')
      .set({ register_synced_at: syncedAt })
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', unchanged)
      .execute();
  return outcomes;
}

/** By CVR first; a company staff typed without CVR is found by one of its P-numbers. */
async function matchExisting(db: Db, tenantId: string, rows: readonly RegisterCompanyRow[]) {
  const byCvr = await db
    .selectFrom('companies')
    .select(['id', 'cvr', 'p_numbers', 'register_hash'])
    .where('tenant_id', '=', tenantId)
    .where(
      'cvr',
      'in',
      rows.map((row) => row.cvr),
    )
    .forUpdate()
    .execute();
  const found = new Map<string, Existing>(byCvr.map((row) => [row.cvr!, row]));
  const missing = rows.filter((row) => !found.has(row.cvr));
  const pNumbers = missing.flatMap((row) => row.pUnits.map((unit) => unit.pNumber));
  if (pNumbers.length === 0) return found;
  const byPNumber = await db
    .selectFrom('companies')
    .select(['id', 'cvr', 'p_numbers', 'register_hash'])
    .where('tenant_id', '=', tenantId)
    .where('cvr', 'is', null)
    .where(sql<boolean>`p_numbers && ${sql.val(pNumbers)}::text[]`)
    .orderBy('created_at')
    .forUpdate()
    .execute();
  const claimed = new Set<string>();
  for (const row of missing) {
    const match = byPNumber.find(
      (company) => !claimed.has(company.id) && row.pUnits.some((unit) => company.p_numbers.includes(unit.pNumber)),
    );
    if (!match) continue;
    claimed.add(match.id);
    found.set(row.cvr, match);
  }
  return found;
}

function registerColumns(row: RegisterCompanyRow, syncedAt: Date) {
  return {
    name: row.name,
    name_search: toSearchKey(row.name),
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    industry_code: row.industryCode,
    employee_band: row.employeeBand,
    register_status: row.status,
    register_facts: JSON.stringify(row.facts),
    register_hash: row.hash,
    register_updated_at: row.lastUpdated,
    register_synced_at: syncedAt,
    register_counted: row.counted,
  };
}

type Placed = { companyId: string; row: RegisterCompanyRow };

async function insertFromRegister(db: Db, tenantId: string, created: readonly Placed[], syncedAt: Date) {
  if (created.length === 0) return;
  await db
    .insertInto('companies')
    .values(
      created.map(({ companyId, row }) => ({
        tenant_id: tenantId,
        id: companyId,
        cvr: row.cvr,
        p_numbers: row.pUnits.map((unit) => unit.pNumber),
        responsible_staff_id: null,
        ...registerColumns(row, syncedAt),
      })),
    )
    .execute();
}

async function updateFromRegister(
  db: Db,
  tenantId: string,
  current: Existing,
  row: RegisterCompanyRow,
  syncedAt: Date,
) {
  // P-numbers staff typed that the register does not know stay; the register's are added.
  const pNumbers = [...new Set([...row.pUnits.map((unit) => unit.pNumber), ...current.p_numbers])];
  await db
    .updateTable('companies')
    .set({ cvr: row.cvr, p_numbers: pNumbers, updated_at: sql<Date>`now()`, ...registerColumns(row, syncedAt) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', current.id)
    .execute();
}

/** The register's P-units of these companies, as it now says; a P-unit that changed company follows. */
async function replaceRegisterPUnits(db: Db, tenantId: string, placed: readonly Placed[]) {
  if (placed.length === 0) return;
  const units = new Map(
    placed.flatMap(({ companyId, row }) => row.pUnits.map((unit) => [unit.pNumber, { companyId, unit }] as const)),
  );
  await db
    .deleteFrom('company_p_units')
    .where('tenant_id', '=', tenantId)
    .where(
      'company_id',
      'in',
      placed.map((entry) => entry.companyId),
    )
    .where(sql<boolean>`not (p_number = any(${sql.val([...units.keys()])}::text[]))`)
    .execute();
  if (units.size === 0) return;
  await db
    .insertInto('company_p_units')
    .values(
      [...units.values()].map(({ companyId, unit }) => ({
        tenant_id: tenantId,
        p_number: unit.pNumber,
        company_id: companyId,
        name: unit.name,
        address: unit.address,
        postcode: unit.postcode,
        city: unit.city,
        municipality_code: null,
        active: unit.active,
        in_municipality: unit.inMunicipality,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'p_number']).doUpdateSet((eb) => ({
        company_id: eb.ref('excluded.company_id'),
        name: eb.ref('excluded.name'),
        address: eb.ref('excluded.address'),
        postcode: eb.ref('excluded.postcode'),
        city: eb.ref('excluded.city'),
        active: eb.ref('excluded.active'),
        in_municipality: eb.ref('excluded.in_municipality'),
      })),
    )
    .execute();
}

/** The register's domains only: a domain staff added (or kept) is never touched. */
async function replaceRegisterDomains(db: Db, tenantId: string, placed: readonly Placed[]) {
  if (placed.length === 0) return;
  await db
    .deleteFrom('company_domains')
    .where('tenant_id', '=', tenantId)
    .where(
      'company_id',
      'in',
      placed.map((entry) => entry.companyId),
    )
    .where('source', '=', 'register')
    .execute();
  const values = placed.flatMap(({ companyId, row }) =>
    row.domains.map((domain) => ({ tenant_id: tenantId, domain, company_id: companyId, source: 'register' as const })),
  );
  if (values.length === 0) return;
  await db
    .insertInto('company_domains')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function getRegisterSync(db: Db, tenantId: string): Promise<RegisterSyncState | null> {
  const row = await db.selectFrom('register_sync').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row) return null;
  return {
    source: row.source,
    importCheckpoint: row.import_checkpoint,
    importCompletedAt: row.import_completed_at,
    watermark: row.watermark,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    failures: row.failures,
    lastErrorCode: row.last_error_code,
  };
}

export async function saveRegisterSync(db: Db, tenantId: string, state: RegisterSyncState): Promise<void> {
  const values = {
    source: state.source,
    import_checkpoint: state.importCheckpoint,
    import_completed_at: state.importCompletedAt,
    watermark: state.watermark,
    last_attempt_at: state.lastAttemptAt,
    last_success_at: state.lastSuccessAt,
    failures: state.failures,
    last_error_code: state.lastErrorCode,
  };
  await db
    .insertInto('register_sync')
    .values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
    .execute();
}

import type { CompanyPUnit, RegisterFacts } from '../../domain/model.js';

/**
 * One company as an import writes it: the register's fields only, already decided by the pure core
 * (which P-units are in the municipality, which domains may identify the company, whether it counts
 * in the samarbejdsgrad's denominator).
 */
export interface RegisterCompanyRow {
  cvr: string;
  name: string;
  address: string | null;
  postcode: string | null;
  city: string | null;
  industryCode: string | null;
  employeeBand: string | null;
  status: string;
  /** Active, at least one employee, an active P-unit in the municipality. */
  counted: boolean;
  facts: Omit<RegisterFacts, 'syncedAt' | 'pUnits'>;
  pUnits: CompanyPUnit[];
  domains: string[];
  /** Of everything above: equal hashes mean a re-import changes nothing. */
  hash: string;
  /** `sidstOpdateret`. */
  lastUpdated: Date;
}

export type RegisterChange = 'created' | 'updated' | 'unchanged';

export interface RegisterApplyOutcome {
  cvr: string;
  companyId: string;
  change: RegisterChange;
}

/** Where the import stands and how the sync is doing, per tenant. */
export interface RegisterSyncState {
  source: string;
  /** The last applied batch's checkpoint of an unfinished initial import; null when none is running. */
  importCheckpoint: string | null;
  importCompletedAt: Date | null;
  /** The newest `sidstOpdateret` applied: the next sync asks for changes since. */
  watermark: Date | null;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  /** Failed attempts since the last success (the backoff's exponent, the admin notice's trigger). */
  failures: number;
  lastErrorCode: string | null;
}

/** The CVR register's side of companies: applying imported documents and the sync's own state. */
export interface RegisterStore {
  /**
   * Writes the rows in one transaction: an existing company is matched by CVR, then by a P-number;
   * only register fields, register P-units and register domains change, never what staff typed.
   */
  applyRegisterCompanies(
    tenantId: string,
    rows: readonly RegisterCompanyRow[],
    syncedAt: Date,
  ): Promise<RegisterApplyOutcome[]>;
  getRegisterSync(tenantId: string): Promise<RegisterSyncState | null>;
  saveRegisterSync(tenantId: string, state: RegisterSyncState): Promise<void>;
}

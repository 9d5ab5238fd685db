/**
 * What Kontaktspor takes from the CVR register (INTEGRATIONS.md, "CVR"): a legal unit with its
 * production units (P-units), current values plus the history of names and addresses. The register
 * is the source of truth for these fields; staff never type them, and an import never touches what
 * staff typed (responsible consultant, flags, notes, domains added by hand).
 */

/** A historised value's validity, as ISO dates (`to = null`: current). */
export interface RegisterPeriod {
  from: string | null;
  to: string | null;
}

export interface RegisterAddress {
  /** Street, number, letter, floor and door as one line ("Algade 12B, 2. tv"). */
  street: string | null;
  postcode: string | null;
  city: string | null;
  /** Kommunekode, 3 digits as the register gives it ("265"). */
  municipalityCode: string | null;
  countryCode: string | null;
}

export interface RegisterNameEntry {
  name: string;
  period: RegisterPeriod;
}

export interface RegisterAddressEntry {
  address: RegisterAddress;
  period: RegisterPeriod;
}

export interface RegisterPUnit {
  /** 10 digits. */
  pNumber: string;
  name: string | null;
  address: RegisterAddress | null;
  /** `produktionsEnhedMetadata.sammensatStatus` is "Aktiv". */
  active: boolean;
  industryCode: string | null;
  employeeInterval: string | null;
}

export interface RegisterLegalForm {
  code: string;
  short: string | null;
  long: string | null;
}

export interface RegisterCompany {
  /** 8 digits. */
  cvr: string;
  name: string;
  nameHistory: RegisterNameEntry[];
  /** Current beliggenhedsadresse (the seat). */
  address: RegisterAddress | null;
  addressHistory: RegisterAddressEntry[];
  /** The register's status text as given ("NORMAL", "UNDER KONKURS", …); unknown values are kept. */
  status: string;
  legalForm: RegisterLegalForm | null;
  /** DB07 main industry, 6 digits, and its text. */
  industryCode: string | null;
  industryText: string | null;
  /** The newest employment interval code (ANTAL_5_9, …). */
  employeeInterval: string | null;
  /** `reklamebeskyttet`: no unsolicited marketing contact. */
  advertisingProtected: boolean;
  /** From current, non-secret email and website entries; never freemail, never the municipality's own. */
  domains: string[];
  /** Every P-unit of the legal unit the source returned (in the municipality or not, active or not). */
  pUnits: RegisterPUnit[];
  /** `sidstOpdateret`, ISO timestamp: the sync's watermark. */
  lastUpdated: string;
}

/** A source document Kontaktspor could not use, with the reason an operator can act on. */
export interface RegisterRejection {
  /** Where it was: a file line ("line 17") or a document id. */
  ref: string;
  reason: string;
}

export type RegisterStatusFlag = 'bankruptcy' | 'dissolved' | 'ceased' | 'winding_up' | 'reconstruction';

/**
 * The flag staff must see before contacting a company, from the register's status text, or null
 * when the company trades normally. Unknown statuses are shown as given, without a flag.
 */
export function registerStatusFlag(status: string | null): RegisterStatusFlag | null {
  if (status === null) return null;
  const s = status.trim().toUpperCase();
  if (s === 'UNDER KONKURS') return 'bankruptcy';
  if (s === 'UNDER TVANGSOPLØSNING' || s === 'UNDER FRIVILLIG LIKVIDATION') return 'winding_up';
  if (s === 'UNDER REKONSTRUKTION') return 'reconstruction';
  if (s.startsWith('OPLØST') || s === 'TVANGSOPLØST') return 'dissolved';
  if (s === 'OPHØRT' || s === 'SLETTET') return 'ceased';
  return null;
}

/** A company that no longer trades: it leaves the samarbejdsgrad's denominator. */
export function isRegisterActive(status: string | null): boolean {
  const flag = registerStatusFlag(status);
  return flag !== 'dissolved' && flag !== 'ceased';
}

const INTERVAL_MINIMUM = /^ANTAL_(\d+)_/;

/** The lower bound of an employment interval code (ANTAL_5_9 → 5, ANTAL_1000_ → 1000), or null. */
export function employeesAtLeast(interval: string | null): number | null {
  const match = interval === null ? null : INTERVAL_MINIMUM.exec(interval);
  return match ? Number(match[1]) : null;
}

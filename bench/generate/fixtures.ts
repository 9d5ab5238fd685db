/** What the generator promises about its data: the version of its shape and what the scenarios address. */

/** Bump when the generated data changes shape, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20_250_601;

/** What the load scenarios need to know about the generated data. */
export interface Fixtures {
  tenantId: string;
  /** The data ends here (UTC midnight, ISO). */
  anchor: string;
  demoStaff: { id: string; email: string; name: string; sectionId: string };
  staff: { id: string; email: string }[];
  heavy: CompanyFixture[];
  typical: CompanyFixture & { contactEmail: string; contactName: string };
  /** A valid CVR that exists, for the CVR search. */
  cvr: string;
  /** A P-number that exists. */
  pNumber: string;
  rows: Record<string, number>;
}

export interface CompanyFixture {
  id: string;
  name: string;
  cvr: string;
  domain: string;
  interactions: number;
}

export interface GenerationReport {
  fingerprint: Fingerprint;
  fixtures: Fixtures;
  /** Seconds per step, and in total. */
  seconds: Record<string, number>;
  reused: boolean;
}

export interface Fingerprint {
  profile: string;
  seed: number;
  version: number;
}

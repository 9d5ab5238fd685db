/**
 * Where the CVR register's documents come from: the CVR distribution (Elasticsearch), a file of the
 * same documents as newline-delimited JSON, later Serviceplatformen SF1530. Adapters map register
 * documents with the pure mappers; the use cases see only RegisterCompany.
 */
import type { RegisterCompany, RegisterRejection } from '../domain/register-company.js';

/** One batch, in CVR order; `checkpoint` resumes a read after this batch (opaque to callers). */
export interface RegisterBatch {
  companies: RegisterCompany[];
  rejected: RegisterRejection[];
  checkpoint: string;
  /** How many legal units the whole read will yield, when the source knows (for a progress bar). */
  total?: number;
}

export interface RegisterReadOptions {
  /** A checkpoint from an earlier batch of the same read: continue after it. */
  after?: string | null;
  batchSize: number;
  signal?: AbortSignal;
}

export interface CvrSource {
  /** A name for logs and the sync state ("distribution", "file"). */
  readonly name: string;
  /**
   * Every legal unit with at least one production unit in the municipality (kommunekode, "265"),
   * each with all its P-units (the use case decides which count).
   */
  companiesInMunicipality(municipalityCode: string, options: RegisterReadOptions): AsyncIterable<RegisterBatch>;
  /**
   * Legal units whose document, or one of whose P-units' documents, changed at or after `since`
   * (`sidstOpdateret`) and that have or had a P-unit in the municipality.
   */
  changedSince(municipalityCode: string, since: Date, options: RegisterReadOptions): AsyncIterable<RegisterBatch>;
  /** Register hits for a CVR number, a P-number or a name, for creating a company by hand. */
  lookup(query: string, limit: number, signal?: AbortSignal): Promise<RegisterCompany[]>;
}

/** The register could not be read (network, 5xx, auth): the caller retries with backoff. */
export class RegisterUnavailableError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'RegisterUnavailableError';
  }
}

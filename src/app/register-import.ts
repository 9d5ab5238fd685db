/**
 * The municipality's companies from the CVR register: the initial import (resumable from its
 * checkpoint) and the daily sync by `sidstOpdateret`. Each batch and the sync state that records it
 * are written in one transaction, so a run that stops half-way leaves nothing half-applied and the
 * next run continues after the last batch written. A re-run changes nothing (register_hash).
 */
import type { Clock } from '../ports/clock.js';
import type { CompanyStore, RegisterStore, RegisterSyncState, Transactional } from '../ports/store.js';
import type { CvrSource, RegisterBatch } from '../ports/cvr-source.js';
import type { RegisterRejection } from '../domain/register-company.js';
import { hasActiveWorkplaceIn, toRegisterCompanyRow } from './register-row.js';

export type RegisterImportStore = Transactional<RegisterStore & Pick<CompanyStore, 'findCompaniesByCvrPrefix'>> &
  RegisterStore;

export interface RegisterImportDeps {
  store: RegisterImportStore;
  source: CvrSource;
  clock: Clock;
}

export interface RegisterRunOptions {
  tenantId: string;
  municipalityCode: string;
  batchSize?: number;
  signal?: AbortSignal;
  /** After each batch: documents read so far, and how many there are when the source knows. */
  onProgress?(progress: { read: number; total: number | null; summary: RegisterSummary }): void;
}

export interface RegisterSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Documents the source could not use, and companies without a workplace here, with the reason. */
  rejected: RegisterRejection[];
}

/** The sync reads from a day before its watermark: the register indexes some changes late. */
const SYNC_OVERLAP_MS = 24 * 60 * 60 * 1000;
const DEFAULT_BATCH = 500;

function emptySummary(): RegisterSummary {
  return { created: 0, updated: 0, unchanged: 0, rejected: [] };
}

function freshState(source: string): RegisterSyncState {
  return {
    source,
    importCheckpoint: null,
    importCompletedAt: null,
    watermark: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    failures: 0,
    lastErrorCode: null,
  };
}

/**
 * Every legal unit with an active workplace in the municipality. Continues an import that stopped
 * (same source) from its checkpoint; otherwise reads the whole register again, which is harmless.
 */
export async function importRegister(deps: RegisterImportDeps, options: RegisterRunOptions): Promise<RegisterSummary> {
  const stored = await deps.store.getRegisterSync(options.tenantId);
  const start =
    stored?.source === deps.source.name ? stored : { ...freshState(deps.source.name), ...withoutSource(stored) };
  const batches = deps.source.companiesInMunicipality(options.municipalityCode, {
    after: start.importCheckpoint,
    ...readOptions(options),
  });
  const { state, summary } = await applyAll(deps, options, batches, start, 'import');
  const now = deps.clock.now();
  await deps.store.saveRegisterSync(options.tenantId, {
    ...state,
    importCheckpoint: null,
    importCompletedAt: now,
    lastSuccessAt: now,
    failures: 0,
    lastErrorCode: null,
  });
  return summary;
}

/** What changed in the register since the last run: new companies appear, the known ones follow. */
export async function syncRegister(deps: RegisterImportDeps, options: RegisterRunOptions): Promise<RegisterSummary> {
  const stored = await deps.store.getRegisterSync(options.tenantId);
  if (!stored?.importCompletedAt || stored.watermark === null) return importRegister(deps, options);
  const since = new Date(stored.watermark.getTime() - SYNC_OVERLAP_MS);
  const batches = deps.source.changedSince(options.municipalityCode, since, readOptions(options));
  const start = { ...stored, source: deps.source.name };
  const { state, summary } = await applyAll(deps, options, batches, start, 'sync');
  await deps.store.saveRegisterSync(options.tenantId, {
    ...state,
    lastSuccessAt: deps.clock.now(),
    failures: 0,
    lastErrorCode: null,
  });
  return summary;
}

function readOptions(options: RegisterRunOptions) {
  return { batchSize: options.batchSize ?? DEFAULT_BATCH, ...(options.signal && { signal: options.signal }) };
}

/** Every batch, each in its own transaction with the state that records it; progress after each. */
async function applyAll(
  deps: RegisterImportDeps,
  options: RegisterRunOptions,
  batches: AsyncIterable<RegisterBatch>,
  start: RegisterSyncState,
  mode: 'import' | 'sync',
): Promise<{ state: RegisterSyncState; summary: RegisterSummary }> {
  let state: RegisterSyncState = { ...start, lastAttemptAt: deps.clock.now() };
  const summary = emptySummary();
  let read = 0;
  for await (const batch of batches) {
    state = await applyBatch(deps, options, batch, state, summary, mode);
    read += batch.companies.length;
    options.onProgress?.({ read, total: batch.total ?? null, summary });
  }
  return { state, summary };
}

/** Notes a failed run, for the backoff and the admin's notice; the last good state stays as it is. */
export async function recordRegisterFailure(
  deps: Pick<RegisterImportDeps, 'store' | 'clock' | 'source'>,
  tenantId: string,
  errorCode: string,
): Promise<RegisterSyncState> {
  const stored = (await deps.store.getRegisterSync(tenantId)) ?? freshState(deps.source.name);
  const state = { ...stored, lastAttemptAt: deps.clock.now(), failures: stored.failures + 1, lastErrorCode: errorCode };
  await deps.store.saveRegisterSync(tenantId, state);
  return state;
}

async function applyBatch(
  deps: RegisterImportDeps,
  options: RegisterRunOptions,
  batch: RegisterBatch,
  state: RegisterSyncState,
  summary: RegisterSummary,
  mode: 'import' | 'sync',
): Promise<RegisterSyncState> {
  const { tenantId, municipalityCode } = options;
  summary.rejected.push(...batch.rejected);
  const next = await deps.store.withTransaction(async (tx) => {
    const rows = [];
    for (const company of batch.companies) {
      // A company without an active workplace here is followed only when Kontaktspor knows it
      // (its P-unit closed or moved away); the import never creates one.
      const known =
        mode === 'sync' &&
        (await tx.findCompaniesByCvrPrefix(tenantId, company.cvr, 1)).some((c) => c.cvr === company.cvr);
      if (hasActiveWorkplaceIn(company, municipalityCode) || known)
        rows.push(toRegisterCompanyRow(company, municipalityCode));
      else if (mode === 'import')
        summary.rejected.push({ ref: `CVR ${company.cvr}`, reason: 'no active production unit in the municipality' });
    }
    const outcomes = await tx.applyRegisterCompanies(tenantId, rows, deps.clock.now());
    for (const outcome of outcomes) summary[outcome.change] += 1;
    const newest = rows.reduce<Date | null>(
      (max, row) => (max === null || row.lastUpdated > max ? row.lastUpdated : max),
      state.watermark,
    );
    const saved: RegisterSyncState = {
      ...state,
      watermark: newest,
      ...(mode === 'import' && { importCheckpoint: batch.checkpoint }),
    };
    await tx.saveRegisterSync(tenantId, saved);
    return saved;
  });
  return next;
}

function withoutSource(state: RegisterSyncState | null): Partial<RegisterSyncState> {
  if (state === null) return {};
  const { source: _source, importCheckpoint: _checkpoint, ...rest } = state;
  return rest;
}

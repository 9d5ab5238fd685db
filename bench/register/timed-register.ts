/**
 * The import's ports wrapped with stopwatches, to say where its time goes without touching src/:
 * how long each batch took to come out of the source, and how long its transaction, its
 * applyRegisterCompanies and the sync's per-company lookups took in the store.
 */
import type { CvrSource, RegisterBatch } from '../../src/ports/cvr-source.js';
import type { RegisterImportStore } from '../../src/app/register-import.js';

export interface BatchTiming {
  companies: number;
  /** Waiting for the batch from the source (the first one includes reading the whole file). */
  sourceMs: number;
  /** The batch's transaction as a whole: row mapping, lookups, apply, sync state, commit. */
  transactionMs: number;
  applyMs: number;
  lookupMs: number;
  lookups: number;
}

export interface Timings {
  batches: BatchTiming[];
}

const since = (start: number) => performance.now() - start;

async function* timedBatches(batches: AsyncIterable<RegisterBatch>, timings: Timings): AsyncGenerator<RegisterBatch> {
  const iterator = batches[Symbol.asyncIterator]();
  for (;;) {
    const start = performance.now();
    const next = await iterator.next();
    if (next.done) return;
    timings.batches.push({
      companies: next.value.companies.length,
      sourceMs: since(start),
      transactionMs: 0,
      applyMs: 0,
      lookupMs: 0,
      lookups: 0,
    });
    yield next.value;
  }
}

export function timedSource(source: CvrSource, timings: Timings): CvrSource {
  return {
    name: source.name,
    companiesInMunicipality: (code, options) => timedBatches(source.companiesInMunicipality(code, options), timings),
    changedSince: (code, from, options) => timedBatches(source.changedSince(code, from, options), timings),
    lookup: (query, limit, signal) => source.lookup(query, limit, signal),
  };
}

/** Store calls are charged to the batch the source handed out last. */
export function timedStore(store: RegisterImportStore, timings: Timings): RegisterImportStore {
  const current = () => timings.batches.at(-1);
  return {
    getRegisterSync: (tenantId) => store.getRegisterSync(tenantId),
    saveRegisterSync: (tenantId, state) => store.saveRegisterSync(tenantId, state),
    applyRegisterCompanies: (tenantId, rows, syncedAt) => store.applyRegisterCompanies(tenantId, rows, syncedAt),
    async withTransaction(work) {
      const start = performance.now();
      try {
        return await store.withTransaction((tx) =>
          work({
            getRegisterSync: (tenantId) => tx.getRegisterSync(tenantId),
            saveRegisterSync: (tenantId, state) => tx.saveRegisterSync(tenantId, state),
            async applyRegisterCompanies(tenantId, rows, syncedAt) {
              const began = performance.now();
              try {
                return await tx.applyRegisterCompanies(tenantId, rows, syncedAt);
              } finally {
                const batch = current();
                if (batch) batch.applyMs += since(began);
              }
            },
            async findCompaniesByCvrPrefix(tenantId, digits, limit) {
              const began = performance.now();
              try {
                return await tx.findCompaniesByCvrPrefix(tenantId, digits, limit);
              } finally {
                const batch = current();
                if (batch) {
                  batch.lookupMs += since(began);
                  batch.lookups += 1;
                }
              }
            },
          }),
        );
      } finally {
        const batch = current();
        if (batch) batch.transactionMs += since(start);
      }
    },
  };
}

import { loadSeed } from '../../src/dev/load-seed.js';
import { buildSeedData, DEMO_USER_EMAIL, type SeedData } from '../../src/dev/seed-data.js';
import type { Store } from '../../src/ports/store.js';
import { newTenantId } from './databases.js';

let cached: SeedData | undefined;

/** The demo seed (built once per process) loaded into a fresh tenant of the given store. */
export async function seedTenant(store: Store): Promise<{ tenantId: string; data: SeedData; demoEmail: string }> {
  cached ??= buildSeedData();
  const tenantId = newTenantId();
  await loadSeed(store, tenantId, cached);
  return { tenantId, data: cached, demoEmail: DEMO_USER_EMAIL };
}

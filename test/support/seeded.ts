import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData, DEMO_USER_EMAIL, type SeedData } from '../../src/demo/seed-data.js';
import type { Store } from '../../src/ports/store.js';
import { newTenantId } from './databases.js';

let cached: { data: SeedData; now: Date } | undefined;

/**
 * The demo seed (built once per process) loaded into a fresh tenant of the given store, with the
 * moment it was built for: demo mailboxes written around the same `now` fit its history.
 */
export async function seedTenant(
  store: Store,
): Promise<{ tenantId: string; data: SeedData; now: Date; demoEmail: string }> {
  if (!cached) {
    const now = new Date();
    cached = { data: buildSeedData({ now }), now };
  }
  const tenantId = newTenantId();
  await loadSeed(store, tenantId, cached.data);
  return { tenantId, data: cached.data, now: cached.now, demoEmail: DEMO_USER_EMAIL };
}

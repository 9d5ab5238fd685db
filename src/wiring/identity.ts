import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import { buildSeedData, DEMO_USER_EMAIL } from '../demo/seed-data.js';
import { loadSeed } from '../demo/load-seed.js';
import { demoIdentity } from '../demo/demo-identity.js';
import { entraIdentity, type IdentityWiring } from '../adapters/auth/production-identity.js';

/** Production: Entra ID and Microsoft Graph. Demo: seed data and the local emulators, same code path. */
export async function wireIdentity(
  config: Config,
  store: Store,
  logger: Logger,
  clock: Clock,
): Promise<IdentityWiring> {
  if (config.entra) {
    const wiring = entraIdentity({
      entra: config.entra,
      graphBaseUrl: config.graphBaseUrl,
      ownDomains: config.ownDomains,
      store,
      logger,
    });
    return { ...wiring, close: async () => undefined };
  }
  const demo = config.demo!;
  // One "now" for the seed and the demo mailboxes: the seed's history ends before the inbox's mail.
  const now = clock.now();
  const seed = demo.seed ? buildSeedData({ now }) : undefined;
  if (seed && (await loadSeed(store, demo.tenantId, seed)))
    logger.info({ tenantId: demo.tenantId }, 'demo data seeded');
  return demoIdentity({ config, store, logger, seed, now, defaultEmail: DEMO_USER_EMAIL });
}

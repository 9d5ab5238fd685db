import type { Config } from '../config.js';
import { openDatabase } from '../adapters/store/open-database.js';
import { KyselyStore } from '../adapters/store/kysely-store.js';

/** The store on the configured database (PGlite or PostgreSQL). */
export async function openStore(config: Config): Promise<KyselyStore> {
  return new KyselyStore(await openDatabase(config.database));
}

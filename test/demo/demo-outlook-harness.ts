import type { Server } from 'node:http';
import express from 'express';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { startEmulators, type Emulators } from '../../src/demo/emulators/index.js';
import { demoOutlookRouter } from '../../src/demo/outlook/demo-outlook.routes.js';
import type { SeedData } from '../../src/demo/seed-data.js';
import { seedTenant } from '../support/seeded.js';

export interface DemoOutlookHarness {
  url: string;
  store: KyselyStore;
  emulators: Emulators;
  seed: SeedData;
  tenantId: string;
  demoEmail: string;
  close(): Promise<void>;
}

/**
 * The demo Outlook router in a small express app over a seeded store and the emulators (with the
 * demo mailboxes). `pages` are served as they are (e.g. a stand-in consumer at `/addin/`).
 */
export async function startDemoOutlook(options: { pages?: Record<string, string> } = {}): Promise<DemoOutlookHarness> {
  const store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
  const { tenantId, data, now, demoEmail } = await seedTenant(store);
  const emulators = await startEmulators({ seed: data, now, tenantId });
  const app = express();
  for (const [path, html] of Object.entries(options.pages ?? {})) {
    app.get(path, (_req, res) => void res.type('html').send(html));
  }
  app.use('/dev', demoOutlookRouter({ graph: emulators.graph, store, tenantId, defaultEmail: demoEmail }));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    store,
    emulators,
    seed: data,
    tenantId,
    demoEmail,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulators.close();
      await store.close();
    },
  };
}

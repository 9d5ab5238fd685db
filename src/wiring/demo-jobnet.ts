/**
 * The demo's `/dev/jobnet` page over the STAR emulator: an employer from the demo seed registers a
 * jobordre, or changes one's status, and the emulator delivers the message to the service.
 */
import type { Router } from 'express';
import type { Clock } from '../ports/clock.js';
import type { StarInboxStore } from '../ports/store.js';
import type { StarEmulator } from '../demo/emulators/star/star-emulator.js';
import { demoJobordrer, type DemoJobordreCompany } from '../demo/emulators/star/demo-jobordrer.js';
import { demoJobnetRouter } from '../demo/jobnet/demo-jobnet.routes.js';
import { buildSeedData } from '../demo/seed-data.js';

export function demoJobnet(parts: {
  emulator: StarEmulator;
  store: Pick<StarInboxStore, 'starInboxStatus'>;
  tenantId: string;
  clock: Clock;
}): Router {
  const { emulator } = parts;
  // Built at the first press, not at start-up: most demo starts never register a jobordre.
  let companies: DemoJobordreCompany[] | null = null;
  const demoCompanies = () =>
    (companies ??= buildSeedData().companies.map((company) => ({
      cvr: company.cvr,
      pNumber: company.pNumbers[0] ?? null,
      name: company.name,
      address: company.address,
      postcode: company.postcode,
      city: company.city,
    })));
  let published = 0;
  return demoJobnetRouter({
    list: () => emulator.list(),
    async publishDemo() {
      // Each press is the next employer in the seed, with a jobordre of its own.
      published += 1;
      const all = demoCompanies();
      const company = all[(published * 7) % all.length]!;
      const [input] = demoJobordrer([company], { now: parts.clock.now(), seed: published });
      const jobordre = emulator.publish(input!);
      await emulator.idle();
      return jobordre;
    },
    async setStatus(jobordreId, status) {
      if (!emulator.get(jobordreId)) return null;
      const jobordre = emulator.setStatus(jobordreId, status);
      await emulator.idle();
      return jobordre;
    },
    inbox: () => parts.store.starInboxStatus(parts.tenantId),
  });
}

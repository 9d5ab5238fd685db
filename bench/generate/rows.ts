/** The load phases in order, then what the scenarios address in the generated data. */
import { DEMO_TENANT_ID } from '../../src/config.js';
import { Prng } from '../../src/demo/prng.js';
import type { SqlRunner } from '../bench-target.js';
import type { Profile } from '../profiles.js';
import { loadCompanies } from './companies.js';
import type { CompanyFixture, Fixtures } from './fixtures.js';
import { loadInteractions } from './interactions.js';
import { DAY, type LoadContext } from './phase.js';
import { loadStaff } from './staff.js';
import { InsertSink } from './table-loader.js';
import { loadTeams } from './teams.js';
import { loadVacancies } from './vacancies.js';

/** Fills the target with the profile's tenant. Assumes an empty, migrated schema. */
export async function generateRows(runners: readonly SqlRunner[], profile: Profile, seed: number, anchorMs: number) {
  const prng = new Prng(seed);
  const tenant = DEMO_TENANT_ID;
  const sink = new InsertSink(runners);
  const timings: Record<string, number> = {};
  const rows: Record<string, number> = {};
  let stepStart = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - stepStart) / 1000;
    stepStart = now;
  };
  const ctx: LoadContext = { prng, tenant, sink, rows };
  const start = anchorMs - profile.years * 365.25 * DAY;

  const { staff, consultants } = await loadStaff(ctx, profile);
  step('staff');
  const { companies, pNumbers } = await loadCompanies(ctx, profile, consultants, start, anchorMs);
  step('companies');
  const interactionCounts = await loadInteractions(ctx, profile, { companies, staff, consultants }, start, anchorMs);
  step('interactions');
  await loadVacancies(ctx, profile, companies, consultants, start, anchorMs);
  step('vacancies');
  await loadTeams(ctx, profile, consultants, anchorMs);
  step('teams');

  // --- what the scenarios address ---------------------------------------------------------------
  const heavyCount = profile.heavy.length;
  const fixture = (index: number): CompanyFixture => {
    const c = companies[index]!;
    return { id: c.id, name: c.name, cvr: c.cvr, domain: c.domains[0]!, interactions: interactionCounts[index]! };
  };
  // A typical company: its own domain, a contact person with an address, a few dozen contacts.
  let typicalIndex = -1;
  for (let i = heavyCount + 20; i < companies.length && typicalIndex < 0; i++) {
    const c = companies[i]!;
    const count = interactionCounts[i]!;
    if (c.domains.length > 0 && c.contacts.some((p) => p.email) && count >= 20 && count <= 60) typicalIndex = i;
  }
  if (typicalIndex < 0)
    throw new Error('No typical company (20-60 contacts, a domain, an emailed contact) in the data.');
  const typicalContact = companies[typicalIndex]!.contacts.find((p) => p.email)!;
  const demo = staff[0]!;
  const fixtures: Fixtures = {
    tenantId: tenant,
    anchor: new Date(anchorMs).toISOString(),
    demoStaff: { id: demo.id, email: demo.email, name: demo.name, sectionId: demo.sectionId },
    staff: staff.map((s) => ({ id: s.id, email: s.email })),
    heavy: profile.heavy.map((_, i) => fixture(i)),
    typical: { ...fixture(typicalIndex), contactEmail: typicalContact.email!, contactName: typicalContact.name },
    cvr: companies[Math.floor(companies.length / 2)]!.cvr,
    pNumber: [...pNumbers][Math.floor(pNumbers.size / 3)]!,
    rows,
  };
  return { fixtures, timings };
}

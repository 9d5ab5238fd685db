import { randomUUID } from 'node:crypto';
import { buildSeedData, DEMO_USER_EMAIL, type SeedData } from '../../../src/demo/seed-data.js';
import { toInteractionView, type InteractionView } from '../../../src/app/interaction-view.js';
import { OPEN_STATUSES } from '../../../src/domain/vacancy-lifecycle.js';
import type { Actor, CompanySummary, InteractionEntry, Vacancy } from '../../../src/domain/model.js';
import type { CardServiceContext } from '../../../bot/cards/card-types.js';

/**
 * Realistic card inputs: the demo tenant's seeded companies, contacts and vacancies, turned into
 * the shapes the service hands the bot (visibility applied as for the demo user), plus factories
 * for the hostile cases.
 */
export const SEED_NOW = new Date('2025-06-01T10:00:00Z');
let seed: SeedData | undefined;

export function seedData(): SeedData {
  seed ??= buildSeedData({ now: SEED_NOW });
  return seed;
}

export function demoActor(): Actor {
  const me = seedData().staff.find((staff) => staff.email === DEMO_USER_EMAIL);
  if (!me) throw new Error('the seed has no demo user');
  return {
    tenantId: 'demo',
    staffId: me.id,
    name: me.name,
    email: me.email,
    sectionId: me.sectionId,
    isAdmin: me.isAdmin,
  };
}

export type SeedCompany = SeedData['companies'][number];

export function seededCompany(predicate: (company: SeedCompany) => boolean = () => true): SeedCompany {
  const company = seedData().companies.find(predicate);
  if (!company) throw new Error('no seeded company matches');
  return company;
}

/** The seeded company with the most contacts: the fullest company card. */
export function busiestCompany(): SeedCompany {
  const counts = new Map<string, number>();
  for (const interaction of seedData().interactions)
    counts.set(interaction.companyId, (counts.get(interaction.companyId) ?? 0) + 1);
  return seededCompany((company) => company.id === [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]);
}

export function summaryOf(company: SeedCompany): CompanySummary {
  const { id, cvr, name, postcode, city, blockade, doNotContact } = company;
  return { id, cvr, name, postcode, city, blockade, doNotContact, registerStatus: null };
}

export function vacanciesOf(companyId: string | null, options: { open?: boolean } = {}): Vacancy[] {
  const data = seedData();
  const names = new Map(data.companies.map((company) => [company.id, company.name]));
  return data.vacancies
    .filter((vacancy) => companyId === null || vacancy.companyId === companyId)
    .filter((vacancy) => !options.open || OPEN_STATUSES.includes(vacancy.status))
    .map((vacancy) => ({
      id: vacancy.id,
      companyId: vacancy.companyId,
      companyName: names.get(vacancy.companyId) ?? '',
      title: vacancy.title,
      positions: vacancy.positions,
      deadline: vacancy.deadline,
      location: vacancy.location,
      postcode: vacancy.postcode,
      topics: vacancy.topics,
      status: vacancy.status,
      claimedBy: vacancy.claimedBy,
      sectionId: vacancy.sectionId,
      interactionId: vacancy.interactionId,
      createdBy: vacancy.createdBy,
      jobnet: null,
      createdAt: vacancy.createdAt,
      updatedAt: vacancy.createdAt,
    }));
}

/** The company's contacts, newest first, as the demo user may see them. */
export function historyOf(companyId: string): InteractionView[] {
  const data = seedData();
  const names = new Map(data.staff.map((staff) => [staff.id, staff.name]));
  return data.interactions
    .filter((interaction) => interaction.companyId === companyId)
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
    .map((interaction) => {
      const { coLoggers, ...rest } = interaction;
      const entry: InteractionEntry = {
        ...rest,
        attachmentNames: [],
        createdAt: interaction.occurredAt,
        loggedByName: names.get(interaction.loggedBy) ?? null,
        loggers: [interaction.loggedBy, ...coLoggers],
      };
      return toInteractionView(demoActor(), entry);
    });
}

/** The service context the company card shows, computed from the seed as the service would. */
export function contextOf(company: SeedCompany): CardServiceContext {
  const data = seedData();
  const yearAgo = new Date(SEED_NOW);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const counts = new Map<string, number>();
  for (const interaction of data.interactions) {
    if (interaction.companyId !== company.id || interaction.occurredAt < yearAgo) continue;
    for (const topic of interaction.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const responsible = data.staff.find((staff) => staff.id === company.responsibleStaffId);
  return {
    responsible: responsible ? { name: responsible.name, sectionId: responsible.sectionId } : null,
    flags: { blockade: company.blockade, doNotContact: company.doNotContact, registerStatus: null },
    openVacancies: vacanciesOf(company.id, { open: true }),
    topicCounts: [...counts].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count),
  };
}

export const HOSTILE_NAME = '**Fed** [klik](javascript:alert(1)) <script>alert(1)</script> _x_ `code` # > &amp; \\';

export function buildCompanySummary(overrides: Partial<CompanySummary> = {}): CompanySummary {
  return {
    id: randomUUID(),
    cvr: '13585628',
    name: 'Testfirma ApS',
    postcode: '4000',
    city: 'Roskilde',
    blockade: false,
    doNotContact: false,
    registerStatus: null,
    ...overrides,
  };
}

export function buildContext(overrides: Partial<CardServiceContext> = {}): CardServiceContext {
  return {
    responsible: { name: 'Mette Kjærgaard', sectionId: 'virksomhedsservice' },
    flags: { blockade: false, doNotContact: false, registerStatus: null },
    openVacancies: [],
    topicCounts: [],
    ...overrides,
  };
}

export function buildVacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  const now = SEED_NOW;
  return {
    id: randomUUID(),
    companyId: randomUUID(),
    companyName: 'Testfirma ApS',
    title: 'Lagermedarbejder',
    positions: 2,
    deadline: '2025-07-01',
    location: 'Roskilde',
    postcode: '4000',
    topics: ['rekruttering'],
    status: 'received',
    claimedBy: null,
    sectionId: 'virksomhedsservice',
    interactionId: null,
    createdBy: randomUUID(),
    jobnet: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function buildInteractionView(overrides: Partial<InteractionView> = {}): InteractionView {
  return {
    id: randomUUID(),
    companyId: randomUUID(),
    kind: 'call',
    occurredAt: '2025-05-20T08:30:00.000Z',
    subject: 'Rekrutteringsbehov',
    summary: 'Talte om behov for to lagermedarbejdere.',
    excerpt: null,
    attachmentNames: [],
    topics: ['rekruttering'],
    direction: 'outbound',
    visibility: 'summary',
    decayedTo: null,
    source: 'manual',
    loggedBy: { id: randomUUID(), name: 'Mette Kjærgaard' },
    sharedMailbox: null,
    sectionId: 'virksomhedsservice',
    loggerCount: 1,
    insider: false,
    ...overrides,
  };
}

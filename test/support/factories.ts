import { randomInt, randomUUID } from 'node:crypto';
import { completeCvr } from '../../src/domain/cvr.js';
import type { NewCompany, NewInteraction, NewVacancy } from '../../src/ports/store.js';
import type { Actor } from '../../src/domain/model.js';
import type { JobnetFacts } from '../../src/domain/jobordre.js';

/** A fresh valid CVR number each call. */
export function buildCvr(): string {
  for (;;) {
    const cvr = completeCvr(String(randomInt(1_000_000, 4_999_999)));
    if (cvr) return cvr;
  }
}

export function buildCompany(overrides: Partial<NewCompany> = {}): NewCompany {
  const slug = randomUUID().slice(0, 8);
  return {
    cvr: buildCvr(),
    name: `Testfirma ${slug} ApS`,
    pNumbers: [],
    address: 'Algade 1',
    postcode: '4000',
    city: 'Roskilde',
    industryCode: '412000',
    employeeBand: '10-49',
    blockade: false,
    doNotContact: false,
    responsibleStaffId: null,
    domains: [`firma-${slug}.dk`],
    ...overrides,
  };
}

export function buildInteraction(
  companyId: string,
  loggedBy: string,
  overrides: Partial<NewInteraction> = {},
): NewInteraction {
  return {
    companyId,
    kind: 'call',
    occurredAt: new Date(),
    subject: 'Rekrutteringsbehov',
    summary: 'Talte om behov for to lagermedarbejdere.',
    excerpt: null,
    topics: ['rekruttering'],
    direction: 'outbound',
    participants: [],
    source: 'manual',
    sourceKey: null,
    visibility: 'summary',
    loggedBy,
    sectionId: null,
    ...overrides,
  };
}

export function buildVacancy(
  companyId: string,
  createdBy: string | null,
  overrides: Partial<NewVacancy> = {},
): NewVacancy {
  return {
    companyId,
    title: 'Lagermedarbejder',
    positions: 1,
    deadline: null,
    location: null,
    postcode: null,
    topics: [],
    status: 'received',
    claimedBy: null,
    sectionId: null,
    interactionId: null,
    createdBy,
    ...overrides,
  };
}

/** What Jobnet says of a vacancy that came from a jobordre: an open position on løntilskud in Roskilde. */
export function buildJobnetFacts(overrides: Partial<JobnetFacts> = {}): JobnetFacts {
  return {
    jobordreId: String(randomInt(1_000_000, 9_999_999)),
    version: new Date('2026-03-02T09:15:00Z'),
    status: 'open',
    statusText: 'Aktiv',
    type: { code: 'LOENTILSKUD', label: 'Løntilskud', specialTerms: true },
    occupation: { code: '8322.3', label: 'Lagermedarbejder' },
    workAddress: { street: 'Industrivej 12', postcode: '4000', city: 'Roskilde', municipalityCode: '265' },
    ...overrides,
  };
}

/** A vacancy as it arrives from Jobnet: nobody registered it, it carries its jobordre's facts. */
export function buildJobnetVacancy(companyId: string, overrides: Partial<NewVacancy> = {}): NewVacancy {
  return buildVacancy(companyId, null, { jobnet: buildJobnetFacts(), ...overrides });
}

export function buildActor(tenantId: string, staffId: string, overrides: Partial<Actor> = {}): Actor {
  return {
    tenantId,
    staffId,
    name: 'Test Medarbejder',
    email: 'test@roskilde.dk',
    sectionId: null,
    isAdmin: false,
    ...overrides,
  };
}

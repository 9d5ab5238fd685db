/** Builders for the API shapes the tab's logic reads; override only what a test is about. */
import type { Company, Interaction, Kpi, KpiMonth } from '../../web-shared/api-types.js';
import { buildCompanySummary } from '../web-shared/factories.js';

export const COMPANY_ID = '6f1c2b1e-1111-4222-8333-944455556666';
export const STAFF_ID = '0a1b2c3d-0000-4000-8000-000000000001';

export function buildInteraction(overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    companyId: COMPANY_ID,
    kind: 'call',
    occurredAt: new Date(2026, 2, 15, 10, 30).toISOString(),
    subject: 'Rekruttering af lagerfolk',
    summary: 'Virksomheden søger 3 lagermedarbejdere.',
    excerpt: null,
    attachmentNames: [],
    topics: ['rekruttering'],
    direction: 'outbound',
    visibility: 'summary',
    decayedTo: null,
    source: 'manual',
    loggedBy: { id: STAFF_ID, name: 'Mette Kjærgaard' },
    sharedMailbox: null,
    sectionId: 'virksomhedsservice',
    loggerCount: 1,
    insider: false,
    ...overrides,
  };
}

export function buildCompany(overrides: Partial<Company> = {}): Company {
  return {
    ...buildCompanySummary({ id: COMPANY_ID }),
    pNumbers: ['1012697712'],
    address: 'Industrivej 12',
    industryCode: '412000',
    employeeBand: '50-249',
    responsibleStaffId: STAFF_ID,
    domains: ['ostergaard-byg.dk'],
    register: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A month as an older service sent it (no per-month metrics) unless overrides add them: the tab handles both. */
export function buildMonth(month: string, overrides: Partial<KpiMonth> = {}): KpiMonth {
  return {
    month,
    contacts: 10,
    contactsBySection: { virksomhedsservice: 10 },
    staffShareLogging: 0.5,
    ...overrides,
  } as KpiMonth;
}

export function buildKpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    period: { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
    sectionId: null,
    metrics: {
      samarbejdsgrad: 0.4,
      contacts: 30,
      companies_served: 12,
      staff_share_logging: 0.5,
      vacancies_received: 4,
      vacancies_filled: 2,
      referral_rate: 0.5,
      fill_rate: 0.6667,
      time_to_first_action_days: 2.5,
    },
    counts: {
      companiesTotal: 50,
      companiesInRegister: 0,
      denominator: 'companies',
      cooperatingCompanies: 20,
      companiesServed: 30,
      companiesServedInRegister: 0,
      staffTotal: 16,
      vacanciesClosed: 3,
      vacanciesReferred: 2,
    },
    months: [buildMonth('2026-01'), buildMonth('2026-02'), buildMonth('2026-03')],
    targets: [],
    ...overrides,
  };
}

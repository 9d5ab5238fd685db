import type { AuditStore, DirectoryStore, KpiFacts, KpiStore, KpiTarget } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { monthsBetween, ratio, type KpiMetric } from '../domain/kpi-definitions.js';
import { tenantTopics } from './tenant-topics.js';
import { AUDIT } from './audit-actions.js';

type Deps = { store: KpiStore & Pick<DirectoryStore, 'listTopics'> & AuditStore };

/** Metrics computed for the whole period only (from the vacancies' facts, not per month). */
type PeriodOnlyMetric = 'referral_rate' | 'fill_rate' | 'time_to_first_action_days';

export interface MonthRow {
  month: string;
  contacts: number;
  contactsBySection: Record<string, number>;
  /** Share of the staff (of the section, when one is chosen) who logged a contact that month. */
  staffShareLogging: number | null;
  /**
   * The metrics for that month alone. The rates and days are absent (the tab then asks month by
   * month); null here would read as "no figure that month" and leave their charts empty.
   */
  metrics: Record<Exclude<KpiMetric, PeriodOnlyMetric>, number | null>;
  /** From the period's start to the end of that month: each company counts once. */
  cumulative: { samarbejdsgrad: number | null; companies_served: number };
}

export interface StrategyKpis {
  period: { from: string; to: string };
  sectionId: string | null;
  metrics: Record<KpiMetric, number | null>;
  /** The raw counts behind the ratios, so a reader can check them. */
  counts: {
    companiesTotal: number;
    /** Active companies with at least one employee and a workplace in the municipality, per the CVR register. */
    companiesInRegister: number;
    /** What the samarbejdsgrad divides by: the register's count once it has been imported, else every company we know. */
    denominator: KpiDenominator;
    cooperatingCompanies: number;
    /** Companies served in the period: all of them, and those the register counts. */
    companiesServed: number;
    companiesServedInRegister: number;
    staffTotal: number;
    vacanciesClosed: number;
    vacanciesReferred: number;
  };
  months: MonthRow[];
  targets: KpiTarget[];
}

export type KpiDenominator = 'register' | 'companies';

/**
 * Jobindsats divides by the municipality's companies with at least one employee; the CVR register
 * knows them once imported. Before that, the companies Kontaktspor knows are the best there is.
 */
export function samarbejdsgradDenominator(facts: Pick<KpiFacts, 'companiesInRegister' | 'companiesTotal'>): {
  denominator: KpiDenominator;
  companies: number;
} {
  return facts.companiesInRegister > 0
    ? { denominator: 'register', companies: facts.companiesInRegister }
    : { denominator: 'companies', companies: facts.companiesTotal };
}

/** The strategy's sub-goals for a period (`to` exclusive), for the whole jobcenter or one section. */
export async function strategyKpis(
  { store }: Deps,
  actor: Actor,
  query: { from: Date; to: Date; sectionId: string | null },
): Promise<StrategyKpis> {
  const topics = await tenantTopics(store, actor.tenantId);
  const cooperation = topics.filter((topic) => topic.cooperation).map((topic) => topic.key);
  const [facts, targets] = await Promise.all([
    store.kpiFacts(actor.tenantId, { from: query.from, to: query.to }, query.sectionId, cooperation),
    store.listKpiTargets(actor.tenantId, query.sectionId),
  ]);

  const base = samarbejdsgradDenominator(facts);
  // By the register, only the register's companies count above the line as below it.
  const byRegister = base.denominator === 'register';
  const lastInstant = new Date(query.to.getTime() - 1);
  let servedSoFar = 0;
  let cooperatingSoFar = 0;
  const months = monthsBetween(query.from, lastInstant).map((month): MonthRow => {
    const rows = facts.contactsByMonthAndSection.filter((row) => row.month === month);
    const logging = facts.loggingStaffByMonth.find((row) => row.month === month)?.staff ?? 0;
    const companies = facts.companiesByMonth.find((row) => row.month === month);
    const vacancies = facts.vacanciesByMonth.find((row) => row.month === month);
    servedSoFar += companies?.newlyServed ?? 0;
    cooperatingSoFar += (byRegister ? companies?.newlyCooperatingInRegister : companies?.newlyCooperating) ?? 0;
    const contacts = rows.reduce((sum, row) => sum + row.contacts, 0);
    const staffShareLogging = ratio(logging, facts.staffTotal);
    return {
      month,
      contacts,
      contactsBySection: Object.fromEntries(rows.map((row) => [row.sectionId ?? 'none', row.contacts])),
      staffShareLogging,
      metrics: {
        samarbejdsgrad: ratio(
          (byRegister ? companies?.cooperatingInRegister : companies?.cooperating) ?? 0,
          base.companies,
        ),
        contacts,
        companies_served: companies?.served ?? 0,
        staff_share_logging: staffShareLogging,
        vacancies_received: vacancies?.received ?? 0,
        vacancies_filled: vacancies?.filled ?? 0,
      },
      cumulative: { samarbejdsgrad: ratio(cooperatingSoFar, base.companies), companies_served: servedSoFar },
    };
  });

  await store.appendAudit(actor.tenantId, {
    actorId: actor.staffId,
    action: AUDIT.kpiRead,
    criteria: { from: query.from.toISOString(), to: query.to.toISOString(), sectionId: query.sectionId },
  });
  return {
    period: { from: query.from.toISOString(), to: query.to.toISOString() },
    sectionId: query.sectionId,
    metrics: {
      samarbejdsgrad: ratio(byRegister ? facts.cooperatingInRegister : facts.cooperatingCompanies, base.companies),
      contacts: months.reduce((sum, row) => sum + row.contacts, 0),
      companies_served: facts.companiesServed,
      staff_share_logging: months.at(-1)?.staffShareLogging ?? null,
      vacancies_received: facts.vacanciesReceived,
      vacancies_filled: facts.vacanciesFilled,
      referral_rate: ratio(facts.vacanciesReferred, facts.vacanciesReceived),
      fill_rate: ratio(facts.vacanciesFilled, facts.vacanciesClosed),
      time_to_first_action_days: facts.avgDaysToFirstAction,
    },
    counts: {
      companiesTotal: facts.companiesTotal,
      companiesInRegister: facts.companiesInRegister,
      denominator: base.denominator,
      cooperatingCompanies: byRegister ? facts.cooperatingInRegister : facts.cooperatingCompanies,
      companiesServed: facts.companiesServed,
      companiesServedInRegister: facts.companiesServedInRegister,
      staffTotal: facts.staffTotal,
      vacanciesClosed: facts.vacanciesClosed,
      vacanciesReferred: facts.vacanciesReferred,
    },
    months,
    targets,
  };
}

export interface DateRange {
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** Raw counts the strategy metrics are computed from, per month ('YYYY-MM') where it says so. */
export interface KpiFacts {
  companiesTotal: number;
  /** Active companies with at least one employee and a workplace in the municipality, per the CVR register. */
  companiesInRegister: number;
  cooperatingCompanies: number;
  /** Of those, the ones the register counts (companiesInRegister): samarbejdsgrad's numerator by the register. */
  cooperatingInRegister: number;
  companiesServed: number;
  /** Of those, the ones the register counts: "betjente virksomheder" out of the municipality's. */
  companiesServedInRegister: number;
  staffTotal: number;
  contactsByMonthAndSection: { month: string; sectionId: string | null; contacts: number; companies: number }[];
  loggingStaffByMonth: { month: string; staff: number }[];
  /** Companies served and cooperating per month, and how many were new to the period that month. */
  companiesByMonth: {
    month: string;
    served: number;
    cooperating: number;
    cooperatingInRegister: number;
    newlyServed: number;
    newlyCooperating: number;
    newlyCooperatingInRegister: number;
  }[];
  vacanciesByMonth: { month: string; received: number; filled: number }[];
  vacanciesReceived: number;
  vacanciesReferred: number;
  vacanciesFilled: number;
  vacanciesClosed: number;
  avgDaysToFirstAction: number | null;
}

export interface KpiTarget {
  metric: string;
  sectionId: string | null;
  period: string;
  value: number;
}

/** The strategy metrics' raw counts and the targets they are measured against. */
export interface KpiStore {
  kpiFacts(
    tenantId: string,
    range: DateRange,
    sectionId: string | null,
    cooperationTopics: readonly string[],
  ): Promise<KpiFacts>;
  listKpiTargets(tenantId: string, sectionId: string | null): Promise<KpiTarget[]>;
  /** Sets each target, replacing an earlier value for the same metric, section and period. */
  upsertKpiTargets(tenantId: string, targets: readonly KpiTarget[]): Promise<void>;
}

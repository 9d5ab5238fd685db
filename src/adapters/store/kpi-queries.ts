import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import type { DateRange, KpiFacts, KpiTarget } from '../../ports/store.js';

/** The counts behind the strategy's metrics, for one period and optionally one section. */
export async function kpiFacts(
  db: Kysely<Database>,
  tenantId: string,
  { from, to }: DateRange,
  sectionId: string | null,
  cooperationTopics: readonly string[],
): Promise<KpiFacts> {
  const inSection = sectionId === null ? sql`true` : sql`section_id = ${sectionId}`;
  const vacancyInSection = sectionId === null ? sql`true` : sql`v.section_id = ${sectionId}`;
  const inPeriod = sql`tenant_id = ${tenantId} and occurred_at >= ${from} and occurred_at < ${to} and ${inSection}`;
  const month = sql`to_char(occurred_at at time zone 'UTC', 'YYYY-MM')`;

  const coop = sql`${sql.val([...cooperationTopics])}::text[]`;
  // Samarbejdsgrad by the register counts only the register's companies above the line too.
  const counted = sql`company_id in (select id from companies where tenant_id = ${tenantId} and register_counted)`;
  const [totals, byMonth, loggingStaff, vacancies, companiesByMonth, firsts, vacanciesByMonth] = await Promise.all([
    sql<{
      companies_total: number;
      in_register: number;
      cooperating: number;
      cooperating_in_register: number;
      served: number;
      served_in_register: number;
      staff_total: number;
    }>`
      select
        (select count(*)::int from companies where tenant_id = ${tenantId}) as companies_total,
        (select count(*)::int from companies where tenant_id = ${tenantId} and register_counted) as in_register,
        (select count(distinct company_id)::int from interactions
          where ${inPeriod} and topics && ${sql.val([...cooperationTopics])}::text[]) as cooperating,
        (select count(distinct company_id)::int from interactions
          where ${inPeriod} and topics && ${coop} and ${counted}) as cooperating_in_register,
        (select count(distinct company_id)::int from interactions where ${inPeriod}) as served,
        (select count(distinct company_id)::int from interactions where ${inPeriod} and ${counted}) as served_in_register,
        (select count(*)::int from staff where tenant_id = ${tenantId} and ${inSection}) as staff_total`.execute(db),
    sql<{ month: string; section_id: string | null; contacts: number; companies: number }>`
      select ${month} as month, section_id, count(*)::int as contacts, count(distinct company_id)::int as companies
      from interactions where ${inPeriod}
      group by 1, 2 order by 1, 2`.execute(db),
    sql<{ month: string; staff: number }>`
      select to_char(i.occurred_at at time zone 'UTC', 'YYYY-MM') as month, count(distinct l.staff_id)::int as staff
      from interactions i
      join interaction_loggers l on l.tenant_id = i.tenant_id and l.interaction_id = i.id
      join staff s on s.tenant_id = l.tenant_id and s.id = l.staff_id
      where i.tenant_id = ${tenantId} and i.occurred_at >= ${from} and i.occurred_at < ${to}
        and ${sectionId === null ? sql`true` : sql`s.section_id = ${sectionId}`}
      group by 1 order by 1`.execute(db),
    // Plain joins on the (tenant, vacancy, at) index: a CTE used several times would be materialised
    // and scanned once per vacancy.
    sql<{ received: number; referred: number; filled: number; closed: number; avg_days: number | null }>`
      select
        (select count(*)::int from vacancies v
          where v.tenant_id = ${tenantId} and ${vacancyInSection} and v.created_at >= ${from} and v.created_at < ${to}) as received,
        (select count(*)::int from vacancies v
          where v.tenant_id = ${tenantId} and ${vacancyInSection} and v.created_at >= ${from} and v.created_at < ${to}
            and exists (select 1 from vacancy_events e
              where e.tenant_id = v.tenant_id and e.vacancy_id = v.id and e.to_status in ('paused', 'filled'))) as referred,
        (select count(*)::int from vacancy_events e join vacancies v on v.tenant_id = e.tenant_id and v.id = e.vacancy_id
          where e.tenant_id = ${tenantId} and ${vacancyInSection} and e.to_status = 'filled' and e.at >= ${from} and e.at < ${to}) as filled,
        (select count(*)::int from vacancy_events e join vacancies v on v.tenant_id = e.tenant_id and v.id = e.vacancy_id
          where e.tenant_id = ${tenantId} and ${vacancyInSection}
            and e.to_status in ('filled', 'deadline_passed', 'withdrawn') and e.at >= ${from} and e.at < ${to}) as closed,
        (select avg(extract(epoch from (first_action - created_at)) / 86400)::float8 from (
          select v.created_at, (select min(e.at) from vacancy_events e
            where e.tenant_id = v.tenant_id and e.vacancy_id = v.id and e.from_status is not null) as first_action
          from vacancies v
          where v.tenant_id = ${tenantId} and ${vacancyInSection} and v.created_at >= ${from} and v.created_at < ${to}) t
          where first_action is not null) as avg_days`.execute(db),
    sql<{ month: string; served: number; cooperating: number; cooperating_in_register: number }>`
      select ${month} as month, count(distinct company_id)::int as served,
        count(distinct company_id) filter (where topics && ${coop})::int as cooperating,
        count(distinct company_id) filter (where topics && ${coop} and ${counted})::int as cooperating_in_register
      from interactions where ${inPeriod} group by 1 order by 1`.execute(db),
    // The month each company was first served (and first cooperated with) in the period: for running totals.
    sql<{ month: string; newly_served: number; newly_cooperating: number; newly_cooperating_in_register: number }>`
      with firsts as (
        select company_id, min(${month}) as first_served,
          min(case when topics && ${coop} then ${month} end) as first_cooperating,
          bool_or(${counted}) as counted
        from interactions where ${inPeriod} group by company_id)
      select month, sum(served)::int as newly_served, sum(cooperating)::int as newly_cooperating,
        sum(cooperating_in_register)::int as newly_cooperating_in_register from (
        select first_served as month, 1 as served, 0 as cooperating, 0 as cooperating_in_register from firsts
        union all
        select first_cooperating, 0, 1, case when counted then 1 else 0 end from firsts where first_cooperating is not null
      ) t group by month order by month`.execute(db),
    sql<{ month: string; received: number; filled: number }>`
      with scoped as (select id, created_at from vacancies where tenant_id = ${tenantId} and ${inSection})
      select month, sum(received)::int as received, sum(filled)::int as filled from (
        select to_char(created_at at time zone 'UTC', 'YYYY-MM') as month, 1 as received, 0 as filled
          from scoped where created_at >= ${from} and created_at < ${to}
        union all
        select to_char(e.at at time zone 'UTC', 'YYYY-MM'), 0, 1
          from vacancy_events e join scoped v on v.id = e.vacancy_id
          where e.tenant_id = ${tenantId} and e.to_status = 'filled' and e.at >= ${from} and e.at < ${to}
      ) t group by month order by month`.execute(db),
  ]);
  const total = totals.rows[0]!;
  const vacancy = vacancies.rows[0]!;
  return {
    companiesTotal: total.companies_total,
    companiesInRegister: total.in_register,
    cooperatingCompanies: total.cooperating,
    cooperatingInRegister: total.cooperating_in_register,
    companiesServed: total.served,
    companiesServedInRegister: total.served_in_register,
    staffTotal: total.staff_total,
    contactsByMonthAndSection: byMonth.rows.map((row) => ({
      month: row.month,
      sectionId: row.section_id,
      contacts: row.contacts,
      companies: row.companies,
    })),
    loggingStaffByMonth: loggingStaff.rows,
    companiesByMonth: companiesByMonth.rows.map((row) => {
      const first = firsts.rows.find((entry) => entry.month === row.month);
      return {
        month: row.month,
        served: row.served,
        cooperating: row.cooperating,
        cooperatingInRegister: row.cooperating_in_register,
        newlyServed: first?.newly_served ?? 0,
        newlyCooperating: first?.newly_cooperating ?? 0,
        newlyCooperatingInRegister: first?.newly_cooperating_in_register ?? 0,
      };
    }),
    vacanciesByMonth: vacanciesByMonth.rows,
    vacanciesReceived: vacancy.received,
    vacanciesReferred: vacancy.referred,
    vacanciesFilled: vacancy.filled,
    vacanciesClosed: vacancy.closed,
    avgDaysToFirstAction: vacancy.avg_days === null ? null : Math.round(vacancy.avg_days * 10) / 10,
  };
}

export async function listKpiTargets(db: Kysely<Database>, tenantId: string, sectionId: string | null) {
  const rows = await db
    .selectFrom('kpi_targets')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('section_id', '=', sectionId ?? '')
    .orderBy('metric')
    .orderBy('period')
    .execute();
  return rows.map((row) => ({
    metric: row.metric,
    sectionId: row.section_id || null,
    period: row.period,
    value: row.value,
  }));
}

export async function upsertKpiTargets(
  db: Kysely<Database>,
  tenantId: string,
  targets: readonly KpiTarget[],
): Promise<void> {
  if (targets.length === 0) return;
  await db
    .insertInto('kpi_targets')
    .values(
      targets.map((t) => ({
        tenant_id: tenantId,
        metric: t.metric,
        section_id: t.sectionId ?? '',
        period: t.period,
        value: t.value,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'metric', 'section_id', 'period'])
        .doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
    )
    .execute();
}

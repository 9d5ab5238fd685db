/**
 * The raw baseline: the SQL each read endpoint issues, copied from the store and executed straight
 * through `pg`, with the same statements in the same order and the same parallelism as the use
 * case. Each statement names the KyselyStore function it mirrors; `sql-mirror-check.ts` compares
 * these copies with what the store actually sends and reports any drift in the results.
 *
 * Every endpoint also authenticates (demo mode: a staff lookup by email) and appends one audit
 * row; both are part of what it issues, so both are here.
 */
import { rankCompanyMatches, candidateDomains, candidateEmails } from '../src/domain/company-matching.js';
import type { Row } from './bench-target.js';

/** Runs one statement; the raw runner backs it with a `pg` pool, the mirror check with a recorder. */
export type Exec = (text: string, values: readonly unknown[]) => Promise<Row[]>;

const list = (from: number, count: number) => Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

// --- statements ------------------------------------------------------------------------------

/** KyselyStore.findStaffByEmail (the demo authenticator, on every request) */
const FIND_STAFF_BY_EMAIL = `select * from "staff" where "tenant_id" = $1 and "email" = $2 order by "created_at", "id" limit $3`;

/** KyselyStore.getCompanySummaries */
const companySummaries = (count: number) =>
  `select "id", "cvr", "name", "postcode", "city", "blockade", "do_not_contact" from "companies" where "companies"."tenant_id" = $1 and "id" in (${list(2, count)})`;

/** KyselyStore.appendAudit */
const APPEND_AUDIT = `insert into "audit_log" ("tenant_id", "actor_id", "action", "company_id", "target_id", "criteria") values ($1, $2, $3, $4, $5, $6)`;

/** KyselyStore.entries (the select behind listInteractions and getInteractionEntry) */
const ENTRIES = `select "i".*, "s"."name" as "logged_by_name", coalesce((select array_agg(l.staff_id::text order by l.logged_at, l.seq) from interaction_loggers l
          where l.tenant_id = i.tenant_id and l.interaction_id = i.id), '{}') as "loggers" from "interactions" as "i" left join "staff" as "s" on "s"."tenant_id" = "i"."tenant_id" and "s"."id" = "i"."logged_by" where "i"."tenant_id" = $1`;

export interface TimelineArgs {
  kinds?: string[];
  topics?: string[];
  sectionId?: string;
  from?: string;
  to?: string;
  after?: { occurredAt: string; id: string };
}

/** KyselyStore.listInteractions: the filters appear in the order the store adds them. */
function listInteractions(
  tenantId: string,
  companyId: string,
  filter: TimelineArgs,
  limit: number,
): [string, unknown[]] {
  const values: unknown[] = [tenantId, companyId];
  let text = `${ENTRIES} and "i"."company_id" = $2`;
  const next = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.kinds?.length) text += ` and "i"."kind" in (${filter.kinds.map(next).join(', ')})`;
  if (filter.topics?.length) text += ` and i.topics && ${next(filter.topics)}::text[]`;
  if (filter.sectionId) text += ` and "i"."section_id" = ${next(filter.sectionId)}`;
  if (filter.from) text += ` and "i"."occurred_at" >= ${next(new Date(filter.from))}`;
  if (filter.to) text += ` and "i"."occurred_at" < ${next(new Date(filter.to))}`;
  if (filter.after) {
    const at = next(new Date(filter.after.occurredAt));
    text += ` and (i.occurred_at, i.id) < (${at}, ${next(filter.after.id)}::uuid)`;
  }
  text += ` order by "i"."occurred_at" desc, "i"."id" desc limit ${next(limit)}`;
  return [text, values];
}

/** KyselyStore.searchCompaniesByName */
const SEARCH_BY_NAME = `select "id", "cvr", "name", "postcode", "city", "blockade", "do_not_contact" from "companies" where "companies"."tenant_id" = $1 and ("name_search" like $2 or $3 <% "name_search") order by name_search like $4 desc, (' ' || name_search) like $5 desc, word_similarity($6, name_search) desc, "name_search", "id" limit $7`;

/** KyselyStore.findCompaniesByCvrPrefix */
const CVR_PREFIX = `select "id", "cvr", "name", "postcode", "city", "blockade", "do_not_contact" from "companies" where "companies"."tenant_id" = $1 and "cvr" like $2 order by "cvr" limit $3`;

/** KyselyStore.findCompaniesByPNumber (EXPLAIN only) */
export const P_NUMBER = `select "id", "cvr", "name", "postcode", "city", "blockade", "do_not_contact" from "companies" where "companies"."tenant_id" = $1 and p_numbers @> array[$2]::text[] order by "name_search" limit $3`;

/** KyselyStore.findContactsByEmails */
const contactsByEmails = (count: number) =>
  `select "email", "company_id" from "contacts" where "tenant_id" = $1 and "email" in (${list(2, count)})`;

/** KyselyStore.findDomainHits */
const domainHits = (count: number) =>
  `select "domain", "company_id" from "company_domains" where "tenant_id" = $1 and "domain" in (${list(2, count)})`;

/** KyselyStore.getCompany, then KyselyStore.domainsOf */
const GET_COMPANY = `select * from "companies" where "tenant_id" = $1 and "id" = $2`;
const DOMAINS_OF = `select "domain" from "company_domains" where "tenant_id" = $1 and "company_id" = $2 order by "domain"`;

/** KyselyStore.listStaff with ids */
const listStaffByIds = (count: number) =>
  `select * from "staff" where "tenant_id" = $1 and "id" in (${list(2, count)}) order by "name"`;

/** KyselyStore.listVacancies (company + open statuses, as the service context asks) */
const OPEN_VACANCIES_OF_COMPANY = `select "v".*, "c"."name" as "company_name" from "vacancies" as "v" inner join "companies" as "c" on "c"."tenant_id" = "v"."tenant_id" and "c"."id" = "v"."company_id" where "v"."tenant_id" = $1 and "v"."status" in ($2, $3, $4) and "v"."company_id" = $5 order by "v"."created_at" desc, "v"."id" limit $6`;

/** KyselyStore.countInteractionsByTopic */
const COUNT_BY_TOPIC = `
      select t.topic, count(*)::int as count
      from interactions i cross join lateral unnest(i.topics) as t(topic)
      where i.tenant_id = $1 and i.company_id = $2 and i.occurred_at >= $3
      group by t.topic order by count desc, t.topic`;

/** KyselyStore.listSections */
const LIST_SECTIONS = `select "id", "name" from "sections" where "tenant_id" = $1 order by "name"`;

/** KyselyStore.listTopics */
const LIST_TOPICS = `select * from "topics" where "tenant_id" = $1 order by "position"`;

/** kpi-queries.ts kpiFacts, whole jobcenter (no section): the seven statements it runs in parallel */
const KPI_TOTALS = `
      select
        (select count(*)::int from companies where tenant_id = $1) as companies_total,
        (select count(distinct company_id)::int from interactions
          where tenant_id = $2 and occurred_at >= $3 and occurred_at < $4 and true and topics && $5::text[]) as cooperating,
        (select count(distinct company_id)::int from interactions where tenant_id = $6 and occurred_at >= $7 and occurred_at < $8 and true) as served,
        (select count(*)::int from staff where tenant_id = $9 and true) as staff_total`;
const KPI_BY_MONTH = `
      select to_char(occurred_at at time zone 'UTC', 'YYYY-MM') as month, section_id, count(*)::int as contacts, count(distinct company_id)::int as companies
      from interactions where tenant_id = $1 and occurred_at >= $2 and occurred_at < $3 and true
      group by 1, 2 order by 1, 2`;
const KPI_LOGGING_STAFF = `
      select to_char(i.occurred_at at time zone 'UTC', 'YYYY-MM') as month, count(distinct l.staff_id)::int as staff
      from interactions i
      join interaction_loggers l on l.tenant_id = i.tenant_id and l.interaction_id = i.id
      join staff s on s.tenant_id = l.tenant_id and s.id = l.staff_id
      where i.tenant_id = $1 and i.occurred_at >= $2 and i.occurred_at < $3
        and true
      group by 1 order by 1`;
const KPI_VACANCIES = `
      select
        (select count(*)::int from vacancies v
          where v.tenant_id = $1 and true and v.created_at >= $2 and v.created_at < $3) as received,
        (select count(*)::int from vacancies v
          where v.tenant_id = $4 and true and v.created_at >= $5 and v.created_at < $6
            and exists (select 1 from vacancy_events e
              where e.tenant_id = v.tenant_id and e.vacancy_id = v.id and e.to_status in ('paused', 'filled'))) as referred,
        (select count(*)::int from vacancy_events e join vacancies v on v.tenant_id = e.tenant_id and v.id = e.vacancy_id
          where e.tenant_id = $7 and true and e.to_status = 'filled' and e.at >= $8 and e.at < $9) as filled,
        (select count(*)::int from vacancy_events e join vacancies v on v.tenant_id = e.tenant_id and v.id = e.vacancy_id
          where e.tenant_id = $10 and true
            and e.to_status in ('filled', 'deadline_passed', 'withdrawn') and e.at >= $11 and e.at < $12) as closed,
        (select avg(extract(epoch from (first_action - created_at)) / 86400)::float8 from (
          select v.created_at, (select min(e.at) from vacancy_events e
            where e.tenant_id = v.tenant_id and e.vacancy_id = v.id and e.from_status is not null) as first_action
          from vacancies v
          where v.tenant_id = $13 and true and v.created_at >= $14 and v.created_at < $15) t
          where first_action is not null) as avg_days`;
const KPI_COMPANIES_BY_MONTH = `
      select to_char(occurred_at at time zone 'UTC', 'YYYY-MM') as month, count(distinct company_id)::int as served,
        count(distinct company_id) filter (where topics && $1::text[])::int as cooperating
      from interactions where tenant_id = $2 and occurred_at >= $3 and occurred_at < $4 and true group by 1 order by 1`;
const KPI_FIRSTS = `
      with firsts as (
        select company_id, min(to_char(occurred_at at time zone 'UTC', 'YYYY-MM')) as first_served,
          min(case when topics && $1::text[] then to_char(occurred_at at time zone 'UTC', 'YYYY-MM') end) as first_cooperating
        from interactions where tenant_id = $2 and occurred_at >= $3 and occurred_at < $4 and true group by company_id)
      select month, sum(served)::int as newly_served, sum(cooperating)::int as newly_cooperating from (
        select first_served as month, 1 as served, 0 as cooperating from firsts
        union all
        select first_cooperating, 0, 1 from firsts where first_cooperating is not null
      ) t group by month order by month`;
const KPI_VACANCIES_BY_MONTH = `
      with scoped as (select id, created_at from vacancies where tenant_id = $1 and true)
      select month, sum(received)::int as received, sum(filled)::int as filled from (
        select to_char(created_at at time zone 'UTC', 'YYYY-MM') as month, 1 as received, 0 as filled
          from scoped where created_at >= $2 and created_at < $3
        union all
        select to_char(e.at at time zone 'UTC', 'YYYY-MM'), 0, 1
          from vacancy_events e join scoped v on v.id = e.vacancy_id
          where e.tenant_id = $4 and e.to_status = 'filled' and e.at >= $5 and e.at < $6
      ) t group by month order by month`;

/** KyselyStore.listKpiTargets */
const KPI_TARGETS = `select * from "kpi_targets" where "tenant_id" = $1 and "section_id" = $2 order by "metric", "period"`;

// --- the endpoints' statement sequences ------------------------------------------------------

export interface Caller {
  tenantId: string;
  staffId: string;
  email: string;
}

const audit = (exec: Exec, caller: Caller, action: string, companyId: string | null, criteria: unknown) =>
  exec(APPEND_AUDIT, [caller.tenantId, caller.staffId, action, companyId, null, JSON.stringify(criteria)]);

const authenticate = (exec: Exec, caller: Caller) => exec(FIND_STAFF_BY_EMAIL, [caller.tenantId, caller.email, 1]);

export interface HistoryArgs {
  caller: Caller;
  companyId: string;
  limit: number;
  filter: TimelineArgs;
  /** Diagnostics only: leave out the audit insert (one WAL flush per read) to see what it costs. */
  withoutAudit?: boolean;
}

/** GET /api/companies/:id/interactions (app/company-history.ts) */
async function history(exec: Exec, { caller, companyId, limit, filter, withoutAudit }: HistoryArgs): Promise<void> {
  await authenticate(exec, caller);
  await exec(companySummaries(1), [caller.tenantId, companyId]);
  const [text, values] = listInteractions(caller.tenantId, companyId, filter, limit + 1);
  await exec(text, values);
  if (withoutAudit) return;
  const { after, ...described } = filter;
  await audit(exec, caller, 'history.read', companyId, { ...described, paged: after !== undefined });
}

export interface SearchArgs {
  caller: Caller;
  q: string;
  limit: number;
  /** What search-companies.ts plans for q: the name search key, or the CVR digits. */
  plan: { mode: 'name'; key: string } | { mode: 'cvr'; digits: string };
}

/** GET /api/companies?q= (app/search-companies.ts) */
async function search(exec: Exec, { caller, q, limit, plan }: SearchArgs): Promise<void> {
  await authenticate(exec, caller);
  const rows =
    plan.mode === 'name'
      ? await exec(SEARCH_BY_NAME, [
          caller.tenantId,
          `%${plan.key}%`,
          plan.key,
          `${plan.key}%`,
          `% ${plan.key}%`,
          plan.key,
          limit,
        ])
      : await exec(CVR_PREFIX, [caller.tenantId, `${plan.digits}%`, limit]);
  await audit(exec, caller, 'company.search', null, { q, mode: plan.mode, hits: rows.length });
}

export interface ContextArgs {
  caller: Caller;
  emails: string[];
  ownDomains: string[];
  /** The service's clock, as ISO (the windows are relative to it). */
  now?: string;
}

/** app/company-context.ts buildServiceContext: six statements in parallel */
async function serviceContext(exec: Exec, tenantId: string, company: Row, now: Date): Promise<void> {
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const windowStart = new Date(now.getTime() - 14 * 86_400_000);
  const companyId = company.id as string;
  const [last5, last5Values] = listInteractions(tenantId, companyId, {}, 5);
  const [recent, recentValues] = listInteractions(tenantId, companyId, { from: windowStart.toISOString() }, 20);
  await Promise.all([
    company.responsible_staff_id
      ? exec(listStaffByIds(1), [tenantId, company.responsible_staff_id])
      : Promise.resolve([]),
    exec(OPEN_VACANCIES_OF_COMPANY, [tenantId, 'received', 'in_progress', 'paused', companyId, 20]),
    exec(last5, last5Values),
    exec(COUNT_BY_TOPIC, [tenantId, companyId, yearAgo]),
    exec(recent, recentValues),
    exec(LIST_SECTIONS, [tenantId]),
  ]);
}

/** GET /api/context?email= (app/match-context.ts) */
async function context(exec: Exec, { caller, emails, ownDomains, now }: ContextArgs): Promise<void> {
  await authenticate(exec, caller);
  const tenant = caller.tenantId;
  const candidates = candidateEmails(emails, ownDomains);
  const domains = candidateDomains(emails, ownDomains);
  const [contactHits, domainRows] = await Promise.all([
    candidates.length ? exec(contactsByEmails(candidates.length), [tenant, ...candidates]) : Promise.resolve([]),
    domains.length ? exec(domainHits(domains.length), [tenant, ...domains]) : Promise.resolve([]),
  ]);
  const ranked = rankCompanyMatches(
    emails,
    contactHits.map((r) => ({ email: r.email as string, companyId: r.company_id as string })),
    domainRows.map((r) => ({ domain: r.domain as string, companyId: r.company_id as string })),
    ownDomains,
  );
  const ids = ranked.map((match) => match.companyId);
  const summaries = ids.length ? await exec(companySummaries(ids.length), [tenant, ...ids]) : [];
  const clock = now ? new Date(now) : new Date();
  for (const id of ids.filter((id) => summaries.some((s) => s.id === id)).slice(0, 3)) {
    const [company] = await exec(GET_COMPANY, [tenant, id]);
    await exec(DOMAINS_OF, [tenant, id]);
    if (company) await serviceContext(exec, tenant, company, clock);
  }
  await audit(exec, caller, 'context.read', ids[0] ?? null, { emails: emails.slice(0, 50), companies: ids });
}

export interface KpiArgs {
  caller: Caller;
  from: string;
  /** Exclusive. */
  to: string;
  cooperationTopics: string[];
}

/** GET /api/kpi?from=&to= (app/strategy-kpis.ts, adapters/store/kpi-queries.ts) */
async function kpi(exec: Exec, { caller, from, to, cooperationTopics }: KpiArgs): Promise<void> {
  await authenticate(exec, caller);
  const t = caller.tenantId;
  const f = new Date(from);
  const u = new Date(to);
  await exec(LIST_TOPICS, [t]);
  await Promise.all([
    exec(KPI_TOTALS, [t, t, f, u, cooperationTopics, t, f, u, t]),
    exec(KPI_BY_MONTH, [t, f, u]),
    exec(KPI_LOGGING_STAFF, [t, f, u]),
    exec(KPI_VACANCIES, [t, f, u, t, f, u, t, f, u, t, f, u, t, f, u]),
    exec(KPI_COMPANIES_BY_MONTH, [cooperationTopics, t, f, u]),
    exec(KPI_FIRSTS, [cooperationTopics, t, f, u]),
    exec(KPI_VACANCIES_BY_MONTH, [t, f, u, t, f, u]),
    exec(KPI_TARGETS, [t, '']),
  ]);
  await audit(exec, caller, 'kpi.read', null, { from, to, sectionId: null });
}

export const RAW_ENDPOINTS = { history, search, context, kpi } as const;
export type RawKind = keyof typeof RAW_ENDPOINTS;

/** A raw baseline call, JSON-serialisable so it can be sent to the raw runner process. */
export type RawCall =
  | { kind: 'history'; args: HistoryArgs }
  | { kind: 'search'; args: SearchArgs }
  | { kind: 'context'; args: ContextArgs }
  | { kind: 'kpi'; args: KpiArgs };

export function runRaw(exec: Exec, call: RawCall): Promise<void> {
  switch (call.kind) {
    case 'history':
      return history(exec, call.args);
    case 'search':
      return search(exec, call.args);
    case 'context':
      return context(exec, call.args);
    case 'kpi':
      return kpi(exec, call.args);
  }
}

/** The store function a statement copy mirrors, for reports. */
export function statementName(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  const names: [RegExp, string][] = [
    [/^select \* from "staff" where "tenant_id" = \$1 and "email"/, 'findStaffByEmail'],
    [/^select \* from "staff" where "tenant_id" = \$1 and "id" in/, 'listStaff(ids)'],
    [
      /^select "id", "cvr", "name", "postcode", "city", "blockade", "do_not_contact" from "companies" where "companies"."tenant_id" = \$1 and "id" in/,
      'getCompanySummaries',
    ],
    [/^select "i"\.\*/, 'listInteractions'],
    [/word_similarity/, 'searchCompaniesByName'],
    [/"cvr" like/, 'findCompaniesByCvrPrefix'],
    [/p_numbers @>/, 'findCompaniesByPNumber'],
    [/from "contacts"/, 'findContactsByEmails'],
    [/^select "domain", "company_id" from "company_domains"/, 'findDomainHits'],
    [/^select "domain" from "company_domains"/, 'domainsOf'],
    [/^select \* from "companies"/, 'getCompany'],
    [/from "vacancies" as "v"/, 'listVacancies'],
    [/unnest\(i\.topics\)/, 'countInteractionsByTopic'],
    [/from "sections"/, 'listSections'],
    [/from "topics"/, 'listTopics'],
    [/companies_total/, 'kpiFacts: totals'],
    [/section_id, count\(\*\)::int as contacts/, 'kpiFacts: contacts by month'],
    [/count\(distinct l\.staff_id\)/, 'kpiFacts: logging staff'],
    [/sum\(received\)/, 'kpiFacts: vacancies by month'],
    [/with firsts as/, 'kpiFacts: first months'],
    [/as served, count\(distinct company_id\) filter/, 'kpiFacts: companies by month'],
    [/as referred/, 'kpiFacts: vacancies'],
    [/from "kpi_targets"/, 'listKpiTargets'],
    [/^insert into "audit_log"/, 'appendAudit'],
  ];
  return names.find(([pattern]) => pattern.test(s))?.[1] ?? s.slice(0, 40);
}

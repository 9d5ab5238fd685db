/**
 * What the benchmark measures: each scenario's HTTP request(s), its raw-SQL twin (reads), a
 * sanity check of one real answer, the use-case call the SQL mirror check compares against, and
 * the issue's target.
 */
import { toSearchKey } from '../src/domain/search-key.js';
import { DEFAULT_TOPICS } from '../src/domain/topics.js';
import { DEMO_OWN_DOMAINS } from '../src/config.js';
import { getCompanyHistory } from '../src/app/company-history.js';
import { searchCompanies } from '../src/app/search-companies.js';
import { matchContext } from '../src/app/match-context.js';
import { strategyKpis } from '../src/app/strategy-kpis.js';
import { systemClock } from '../src/ports/clock.js';
import type { Store } from '../src/ports/store.js';
import type { Actor } from '../src/domain/model.js';
import type { HttpRequestSpec } from './autocannon-runner.js';
import type { Caller, RawCall, TimelineArgs } from './raw-queries.js';
import type { Fixtures } from './generate/fixtures.js';

export interface Answer {
  status: number;
  body: unknown;
}

export interface Target {
  /** p99 at 16 connections, ms. */
  p99?: number;
  /** Requests per second at 16 connections. */
  rps?: number;
  /** API/raw p50 ratio at most this (reads). */
  ratio?: number;
  text: string;
}

export interface Scenario {
  name: string;
  title: string;
  requests: HttpRequestSpec[];
  raw?: RawCall;
  /** Connection counts when not the run's own (writes that need unique items, ...). */
  connections?: number[];
  /** Extra raw runs at 16 connections that explain a cost (reported apart from the table). */
  diagnostics?: { label: string; raw: RawCall }[];
  /** Null when one real answer looks right; otherwise what is wrong. */
  sanity(answer: Answer): string | null;
  /** The same read through the real use case, for the SQL mirror check. */
  viaStore?: (store: Store, actor: Actor) => Promise<unknown>;
  target?: Target;
}

export interface ScenarioInputs {
  fixtures: Fixtures;
  /** A timeline cursor ~50 pages into the heavy company's history. */
  deepCursor: { cursor: string; occurredAt: string; id: string; pages: number };
  connectorUrl: string;
  /** Graph ids of messages in the demo user's mailbox, each logged once. */
  logItemIds: string[];
}

const COOPERATION = DEFAULT_TOPICS.filter((t) => t.cooperation).map((t) => t.key);
const HISTORY_LIMIT = 25; // TimelineQuery's default
const SEARCH_LIMIT = 20; // CompanySearchQuery's default

const get = (path: string): HttpRequestSpec => ({ method: 'GET', path });
const json = (path: string, body: unknown): HttpRequestSpec => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
    .join('&');

type Json = Record<string, any>;
const body = (answer: Answer) => (answer.body ?? {}) as Json;
const expectStatus = (answer: Answer, status: number) =>
  answer.status === status ? null : `status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`;

export function buildScenarios(inputs: ScenarioInputs): Scenario[] {
  const f = inputs.fixtures;
  const heavy = f.heavy[0]!;
  const caller: Caller = { tenantId: f.tenantId, staffId: f.demoStaff.id, email: f.demoStaff.email };
  const anchor = new Date(f.anchor);
  const year = anchor.getUTCFullYear() - 1;
  const twoYearsAgo = new Date(anchor);
  twoYearsAgo.setUTCFullYear(anchor.getUTCFullYear() - 2);
  const history = `/api/companies/${heavy.id}/interactions`;

  const historyScenario = (
    name: string,
    title: string,
    params: Record<string, string | undefined>,
    filter: TimelineArgs,
    cursor?: string,
  ): Scenario => ({
    name,
    title,
    requests: [get(`${history}${Object.keys(params).length ? `?${query(params)}` : ''}`)],
    raw: { kind: 'history', args: { caller, companyId: heavy.id, limit: HISTORY_LIMIT, filter } },
    sanity: (answer) =>
      expectStatus(answer, 200) ??
      (body(answer).items?.length === HISTORY_LIMIT ? null : `items: ${body(answer).items?.length}`),
    viaStore: (store, actor) =>
      getCompanyHistory({ store }, actor, heavy.id, {
        cursor,
        limit: HISTORY_LIMIT,
        filter: {
          ...(filter.topics && { topics: filter.topics }),
          ...(filter.from && { from: new Date(filter.from) }),
          ...(filter.to && { to: new Date(filter.to) }),
        },
      }),
    target: { p99: 10, rps: 2_000, ratio: 3, text: 'p99 ≤ 10 ms and ≥ 2,000 req/s at 16 connections; API/raw ≤ 3' },
  });

  const searchScenario = (
    name: string,
    title: string,
    q: string,
    expect: (items: Json[]) => string | null,
  ): Scenario => {
    const digits = /^\d{8}$/.test(q) ? q : null;
    return {
      name,
      title,
      requests: [get(`/api/companies?${query({ q })}`)],
      raw: {
        kind: 'search',
        args: {
          caller,
          q,
          limit: SEARCH_LIMIT,
          plan: digits ? { mode: 'cvr', digits } : { mode: 'name', key: toSearchKey(q) },
        },
      },
      sanity: (answer) => expectStatus(answer, 200) ?? expect(body(answer).items ?? []),
      viaStore: (store, actor) => searchCompanies({ store }, actor, { q, limit: SEARCH_LIMIT }),
      target: { p99: 20, ratio: 3, text: 'p99 ≤ 20 ms; API/raw ≤ 3' },
    };
  };

  const contextScenario = (name: string, title: string, email: string, companyId: string): Scenario => ({
    name,
    title,
    requests: [get(`/api/context?${query({ email })}`)],
    raw: { kind: 'context', args: { caller, emails: [email], ownDomains: [...DEMO_OWN_DOMAINS] } },
    sanity: (answer) =>
      expectStatus(answer, 200) ??
      (body(answer).matches?.[0]?.company?.id === companyId && body(answer).matches[0].context
        ? null
        : `matches: ${JSON.stringify(body(answer).matches?.map((m: Json) => m.company?.name))}`),
    viaStore: (store, actor) =>
      matchContext({ store, clock: systemClock, ownDomains: DEMO_OWN_DOMAINS }, actor, { emails: [email] }),
    target: { p99: 10, ratio: 3, text: 'p99 ≤ 10 ms; API/raw ≤ 3' },
  });

  const activity = (i: number, extra: Json): Json => {
    const staff = f.staff[i % f.staff.length]!;
    return {
      channelId: 'msteams',
      serviceUrl: inputs.connectorUrl,
      locale: 'da-DK',
      id: `bench-activity-${i}`,
      from: { id: `29:bench-user-${i % f.staff.length}`, name: 'Kollega', aadObjectId: staff.id },
      recipient: { id: '28:bench-bot', name: 'Kontaktspor' },
      conversation: {
        id: `a:bench-personal-${i % f.staff.length}`,
        conversationType: 'personal',
        tenantId: f.tenantId,
      },
      channelData: { tenant: { id: f.tenantId } },
      ...extra,
    };
  };
  const rotation = (count: number, make: (i: number) => Json) =>
    Array.from({ length: count }, (_, i) => json('/api/messages', make(i)));
  const meQuery = (text: string) =>
    rotation(f.staff.length, (i) =>
      activity(i, {
        type: 'invoke',
        name: 'composeExtension/query',
        value: {
          commandId: 'searchCompanies',
          parameters: [{ name: 'query', value: text }],
          queryOptions: { skip: 0, count: 10 },
        },
      }),
    );
  const meSanity = (answer: Answer) => {
    const attachments = body(answer).composeExtension?.attachments;
    return (
      expectStatus(answer, 200) ??
      (Array.isArray(attachments) && attachments.length > 0
        ? null
        : `attachments: ${JSON.stringify(body(answer)).slice(0, 200)}`)
    );
  };

  const first = historyScenario(
    'history-first',
    `history, first page (${heavy.name}, ${heavy.interactions.toLocaleString('en')} contacts)`,
    {},
    {},
  );
  first.diagnostics = [
    {
      label: 'raw history-first without the audit insert',
      raw: {
        kind: 'history',
        args: { caller, companyId: heavy.id, limit: HISTORY_LIMIT, filter: {}, withoutAudit: true },
      },
    },
  ];
  return [
    first,
    historyScenario(
      'history-deep',
      `history, page ${inputs.deepCursor.pages + 1} via cursor`,
      { cursor: inputs.deepCursor.cursor },
      { after: { occurredAt: inputs.deepCursor.occurredAt, id: inputs.deepCursor.id } },
      inputs.deepCursor.cursor,
    ),
    historyScenario(
      'history-filtered',
      'history, topic løntilskud + last 2 years',
      { topic: 'loentilskud', from: twoYearsAgo.toISOString(), to: anchor.toISOString() },
      { topics: ['loentilskud'], from: twoYearsAgo.toISOString(), to: anchor.toISOString() },
    ),
    searchScenario('search-prefix', 'search "øster" (prefix)', 'øster', (items) =>
      items.length === SEARCH_LIMIT && items.every((c) => toSearchKey(c.name).includes('oster'))
        ? null
        : `items: ${items.map((c) => c.name).join(', ')}`,
    ),
    searchScenario('search-fuzzy', 'search "ostergard" (fuzzy)', 'ostergard', (items) =>
      items.some((c) => toSearchKey(c.name).startsWith('ostergaard'))
        ? null
        : `items: ${items.map((c) => c.name).join(', ')}`,
    ),
    searchScenario('search-cvr', 'search by CVR', f.cvr, (items) =>
      items.length === 1 && items[0]!.cvr === f.cvr ? null : `items: ${items.length}`,
    ),
    contextScenario(
      'context-heavy',
      `/api/context, unknown sender at ${heavy.domain}`,
      `ny.kontakt@${heavy.domain}`,
      heavy.id,
    ),
    contextScenario(
      'context-typical',
      `/api/context, known contact at a typical company (${f.typical.interactions} contacts)`,
      f.typical.contactEmail,
      f.typical.id,
    ),
    {
      name: 'kpi-year',
      title: `KPI for ${year}`,
      requests: [get(`/api/kpi?${query({ from: `${year}-01-01`, to: `${year}-12-31` })}`)],
      raw: {
        kind: 'kpi',
        args: {
          caller,
          from: `${year}-01-01T00:00:00.000Z`,
          to: `${year + 1}-01-01T00:00:00.000Z`,
          cooperationTopics: COOPERATION,
        },
      },
      sanity: (answer) =>
        expectStatus(answer, 200) ??
        (body(answer).metrics?.contacts > 0 ? null : `metrics: ${JSON.stringify(body(answer).metrics)}`),
      viaStore: (store, actor) =>
        strategyKpis({ store }, actor, {
          from: new Date(`${year}-01-01T00:00:00Z`),
          to: new Date(`${year + 1}-01-01T00:00:00Z`),
          sectionId: null,
        }),
      target: { ratio: 3, text: 'API/raw ≤ 3' },
    },
    {
      name: 'me-query',
      title: 'message extension query "øster" (10 company cards)',
      requests: meQuery('øster'),
      sanity: meSanity,
      target: { p99: 1_000, text: 'answer < 1 s (issue 5)' },
    },
    {
      name: 'me-query-heavy',
      title: 'message extension query "østergaard byg" (cards incl. the heavy company)',
      requests: meQuery('østergaard byg'),
      sanity: meSanity,
      target: { p99: 1_000, text: 'answer < 1 s (issue 5)' },
    },
    {
      name: 'bot-history',
      title: `bot turn "historik ${heavy.name}" (company card + history card to the connector)`,
      requests: rotation(f.staff.length, (i) => activity(i, { type: 'message', text: `historik ${heavy.name}` })),
      sanity: (answer) => (answer.status === 200 || answer.status === 201 ? null : `status ${answer.status}`),
      target: { p99: 50, text: 'p99 ≤ 50 ms' },
    },
    {
      name: 'log-email',
      title: `log an email (Graph emulator, ${f.typical.name})`,
      requests: inputs.logItemIds.map((itemId) =>
        json('/api/interactions/email', {
          itemId,
          itemIdType: 'rest',
          companyId: f.typical.id,
          topics: ['rekruttering'],
          summary: 'Kandidater til lageret (benchmark)',
        }),
      ),
      sanity: (answer) =>
        expectStatus(answer, 201) ?? (body(answer).status === 'logged' ? null : `status: ${body(answer).status}`),
      target: { rps: 300, text: '≥ 300 logged/s' },
    },
  ];
}

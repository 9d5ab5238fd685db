import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import { newTenantId } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import { botHarness } from '../bot/support/bot-harness.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData } from '../../src/demo/seed-data.js';
import {
  attendee,
  buildAttachment,
  buildEvent,
  buildMessage,
  place,
  recipient,
} from '../../src/demo/emulators/graph-factories.js';
import type { Staff } from '../../src/domain/model.js';

/**
 * The CPR sweep: CPR numbers (with and without a dash, one passing modulus 11 and one failing it)
 * are planted on every input path: every field of every write route's body (driven by the OpenAPI
 * document, so a new route is swept as soon as it exists), unknown field names, every query
 * parameter of every route, path parameters, Outlook items in the Graph emulator (subject, body,
 * sender, recipient and attendee names, location, attachment names), and bot messages and
 * message-extension searches. No answer, no log line (pino at trace, captured) and no stored row
 * of the tenant may then hold any of them, in any of their forms.
 */
const BARE = '0101701239'; // 1 January 1970, passes modulus 11
const DASHED = '150365-4321'; // 15 March 1965, fails modulus 11 (valid since 2007)
const PLANTED = [BARE, DASHED, `Note: ${BARE} og ${DASHED}`];
/** Every form either number can take: bare, with a dash, a space or any one separator. */
const LEAK = /010170.?1239|150365.?4321/;

/** Bodies each write route accepts; a new write route must add one (the sweep then covers it). */
const VALID_BODIES: Record<string, (ids: { companyId: string; vacancyId: string }) => Record<string, unknown>> = {
  'post /api/companies': () => ({ name: 'Gyldig Virksomhed ApS' }),
  // A Teams message to the bot; nothing listens on port 9 of this machine, so any reply goes nowhere.
  'post /api/messages': () => ({
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: 'user-1', name: 'Mette' },
    conversation: { id: 'a:personal-1' },
    text: 'hjælp',
  }),
  'patch /api/companies/{id}': () => ({ city: 'Roskilde' }),
  'post /api/companies/{id}/interactions': () => ({ kind: 'note', summary: 'Gyldig note.' }),
  'post /api/vacancies': ({ companyId }) => ({ companyId, title: 'Pakkeri' }),
  'post /api/vacancies/{id}/transition': () => ({ to: 'in_progress' }),
  'put /api/kpi/targets': () => ({ targets: [{ metric: 'samarbejdsgrad', period: '2026', value: 0.5 }] }),
  'post /api/interactions/email': ({ companyId }) => ({
    itemId: 'AAMkAGI2TG93AAA=',
    companyId,
    vacancy: { title: 'Lager' },
  }),
  'post /api/interactions/meeting': ({ companyId }) => ({ itemId: 'AAMkAGI2TG93AAA=', companyId }),
  'post /api/companies/{id}/contacts': () => ({ email: 'ny.kontakt@gyldig.dk', name: 'Ny Kontakt' }),
  'post /api/companies/from-register': () => ({ cvr: '25313763' }),
  // Into itself: refused, so the sweep's company stays as it is.
  'post /api/companies/{id}/merge': ({ companyId }) => ({ mergedId: companyId }),
  'post /api/subscriptions': () => ({ conversationId: '19:ukendt@thread.tacv2', topics: ['rekruttering'] }),
  'put /api/admin/privacy-settings': () => ({
    summaryAfterDays: 90,
    metadataAfterDays: 730,
    retentionYears: 5,
    auditRetentionDays: 183,
  }),
  'post /api/me/never-log': () => ({ value: 'ny@gyldig.dk' }),
  'post /api/me/never-log/purge': () => ({ dryRun: true }),
  'post /api/admin/never-log': () => ({ value: 'gyldig.dk' }),
  'post /api/admin/never-log/purge': () => ({ dryRun: true }),
  'post /api/admin/data-subjects/export': () => ({ email: 'person@gyldig.dk' }),
  'post /api/admin/data-subjects/erase': () => ({ email: 'person@gyldig.dk', confirm: true }),
  'post /api/me/mailbox-watch': () => ({ consent: true }),
  'post /api/me/tags/{id}/company': ({ companyId }) => ({ companyId }),
  'post /api/admin/shared-mailboxes': () => ({ address: 'fælles@gyldig.dk', sectionId: 'virksomhedsservice' }),
  // STAR's message; over plain HTTP the client-certificate guard refuses it before the body is read.
  'post /api/star/messages': () => ({
    beskedIdentifier: '5f0c2b1e-8d3a-4c6f-9b2e-1a7d4e9c3b60',
    entitetNavn: 'Jobordre',
    entitetId: 120001,
    eksternIdentifier: '0b1c2d3e-4f50-4617-8899-aabbccddeeff',
    versionIdentifier: '0b1c2d3e-4f50-4617-8899-aabbccddeeff',
    identifikationstypeId: 2,
    aendringstypeId: 1,
    haendelsestidspunkt: '2026-12-01T08:00:00+01:00',
  }),
  'post /api/graph/notifications': () => ({
    value: [
      {
        subscriptionId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        clientState: 'x',
        changeType: 'updated',
        resource: 'Users/x/Messages/y',
      },
    ],
  }),
};
/** Query parameters a read route needs before the planted one is looked at. */
const REQUIRED_QUERY: Record<string, Record<string, string>> = {
  'get /api/context': { email: 'kontakt@ostergaard-byg.dk' },
  'get /api/items/preview': { kind: 'email', itemId: 'AAMkAGI2TG93AAA=' },
};

/**
 * P-numbers are 10 digits by contract and can look exactly like a CPR number (DOMAIN.md): the field
 * names what they are, so they are stored as given; a CPR number is caught in every free-text field.
 */
const NOT_PLANTED = new Set(['pNumbers']);

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Bodies with a planted value in one field each (nested objects and arrays of objects included). */
function plantedBodies(
  valid: Record<string, unknown>,
  schema: JsonSchema,
): { field: string; body: Record<string, unknown> }[] {
  const out: { field: string; body: Record<string, unknown> }[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (NOT_PLANTED.has(name)) continue;
    const inner = objectSchemaOf(property);
    const itemSchema = property.type === 'array' ? objectSchemaOf(property.items ?? {}) : undefined;
    for (const value of PLANTED) {
      if (inner) {
        const base = (valid[name] ?? {}) as Record<string, unknown>;
        for (const nested of plantedBodies(base, inner))
          out.push({ field: `${name}.${nested.field}`, body: { ...valid, [name]: nested.body } });
      } else if (itemSchema) {
        const first = ((valid[name] as unknown[] | undefined)?.[0] ?? {}) as Record<string, unknown>;
        for (const nested of plantedBodies(first, itemSchema))
          out.push({ field: `${name}[].${nested.field}`, body: { ...valid, [name]: [nested.body] } });
      } else {
        out.push({ field: name, body: { ...valid, [name]: property.type === 'array' ? [value] : value } });
      }
      if (inner || itemSchema) break; // the nested call planted every value already
    }
  }
  return out;
}

function objectSchemaOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  return [...(schema.anyOf ?? []), ...(schema.allOf ?? [])].find((s) => s.properties);
}

describe('CPR numbers planted on every input path never reach an answer, a log line or a stored row', function () {
  let store: KyselyStore;
  let db: Kysely<Database>;
  let tenantId: string;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let nora: Staff;
  let openApi: {
    paths: Record<string, Record<string, { requestBody?: any; parameters?: { name: string; in: string }[] }>>;
  };
  const seed = buildSeedData();
  const [mette] = seed.staff;
  const company = seed.companies.find((c) => c.name === 'Østergaard Byg A/S')!;
  const vacancyId = seed.vacancies.find((v) => v.status === 'received')!.id;
  const logLines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
  /** Every leak found: where, and the start of what leaked. */
  const leaks: string[] = [];

  const sender = { name: `Jens Hansen ${DASHED}`, address: `jens.hansen@${company.domains[0]}` };
  const message: MicrosoftGraph.Message = buildMessage({
    subject: `Vedr. borger ${BARE}`,
    body: {
      contentType: 'text',
      content: `Hej Nora\nBorgeren med cpr ${DASHED} kan starte i praktik. Hans nummer er ${BARE}.\nJens`,
    },
    from: recipient(sender),
    sender: recipient(sender),
    toRecipients: [recipient({ name: 'Nora Nyholm', address: 'nora.nyholm@roskilde.dk' })],
    ccRecipients: [recipient({ name: `Borger ${BARE}`, address: `borger@${company.domains[0]}` })],
    attachments: [buildAttachment({ name: `Lægeerklæring ${BARE}.pdf`, contentType: 'application/pdf' })],
  });
  const event: MicrosoftGraph.Event = buildEvent({
    subject: `Møde om ${DASHED}`,
    body: { contentType: 'text', content: `Vi taler om borgeren ${BARE}.` },
    organizer: recipient({ name: 'Nora Nyholm', address: 'nora.nyholm@roskilde.dk' }),
    attendees: [attendee(sender), attendee({ name: `Gæst ${BARE}`, address: `gaest@${company.domains[0]}` })],
    location: place(`Mødelokale ${DASHED}`),
  });

  before(async function () {
    // Migrating, seeding and starting the identity emulators can pass mocha's 30 s on a loaded 2-core machine.
    this.timeout(120_000);
    db = await openDatabase({ kind: 'pglite', dataDir: ':memory:' });
    store = new KyselyStore(db);
    tenantId = newTenantId();
    await loadSeed(store, tenantId, seed);
    nora = await store.insertStaff(tenantId, {
      id: randomUUID(),
      email: 'nora.nyholm@roskilde.dk',
      name: 'Nora Nyholm',
      sectionId: null,
      isAdmin: false,
    });
    harness = await startProductionIdentity({ store, tenantId, seed, logger });
    harness.emulators.graph.addMailbox(
      { id: nora.id, userPrincipalName: nora.email, mail: nora.email, displayName: nora.name, department: null },
      { messages: [message], events: [event] },
    );
    server = await serveApp({ store, authenticator: harness.authenticator, mailSource: harness.mailSource, logger });
    openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as typeof openApi;
  });
  after(async () => {
    await server?.close();
    await harness?.close();
    await store?.close();
  });

  const tokens = new Map<string, string>();
  async function call(
    method: string,
    path: string,
    options: { body?: unknown; as?: Staff; authorization?: string } = {},
  ) {
    const who = options.as ?? (mette as Staff);
    let token = tokens.get(who.id);
    if (!token) {
      token = await harness.tokenFor({ oid: who.id, name: who.name, email: who.email, roles: ['Kontaktspor.Admin'] });
      tokens.set(who.id, token);
    }
    const headers: Record<string, string> = { authorization: options.authorization ?? `Bearer ${token}` };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.url}${path}`, {
      method: method.toUpperCase(),
      headers,
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    noteLeak(`${method.toUpperCase()} ${path} answered ${response.status}`, text);
    const json = response.headers.get('content-type')?.includes('application/json');
    return { status: response.status, text, body: text && json ? (JSON.parse(text) as any) : undefined };
  }
  function noteLeak(where: string, text: string) {
    const hit = LEAK.exec(text);
    if (hit) leaks.push(`${where}: …${text.slice(Math.max(0, hit.index - 80), hit.index + 20)}`);
  }
  function assertNoLeaks() {
    const found = leaks.splice(0);
    assert.deepEqual(found.slice(0, 20), [], `${found.length} leaks`);
  }
  const routesOf = () =>
    Object.entries(openApi.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: `${method} ${path}`, method, path, operation })),
    );
  const concrete = (path: string, id?: string) =>
    path.replace('{id}', id ?? (path.startsWith('/api/vacancies') ? vacancyId : company.id));

  it('when every field of every write route (and an unknown field name) carries a CPR number, then no answer holds it', async () => {
    const writes = routesOf().filter((r) => r.operation.requestBody);
    assert.ok(writes.length >= 15, 'the OpenAPI document lists the write routes');
    for (const { key, method, path, operation } of writes) {
      const valid = VALID_BODIES[key];
      assert.ok(valid, `${key} is a write route without a body in the CPR sweep: add one to VALID_BODIES`);
      const body = valid({ companyId: company.id, vacancyId });
      const schema = operation.requestBody.content['application/json'].schema as JsonSchema;
      const planted = plantedBodies(body, schema);
      assert.ok(planted.length >= Object.keys(schema.properties ?? {}).length, key);
      for (const { body: sent } of planted) await call(method, concrete(path), { body: sent });
      for (const name of [BARE, DASHED]) await call(method, concrete(path), { body: { ...body, [name]: 'x' } });
    }
    assertNoLeaks();
  });

  it('when every query parameter of every route, an unknown parameter and every path parameter carries a CPR number, then no answer holds it', async () => {
    for (const { key, method, path, operation } of routesOf()) {
      const valid = VALID_BODIES[key]?.({ companyId: company.id, vacancyId });
      const send = valid === undefined ? {} : { body: valid };
      const base = REQUIRED_QUERY[key] ?? {};
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const value of PLANTED) {
        for (const name of queryNames)
          await call(method, `${concrete(path)}?${new URLSearchParams({ ...base, [name]: value })}`, send);
        await call(method, `${concrete(path)}?${new URLSearchParams({ ...base, [value]: '1' })}`, send);
        if (path.includes('{id}')) await call(method, concrete(path, encodeURIComponent(value)), send);
      }
    }
    for (const value of PLANTED) {
      await call('get', `/api/${encodeURIComponent(value)}`);
      await call('get', `/api/companies/${encodeURIComponent(value)}/nothing-here`);
      await call('get', '/api/me', { authorization: `Bearer ${value}` });
    }
    assertNoLeaks();
  });

  it('when an Outlook email and meeting carry CPR numbers in subject, body, names, location and attachment names, then preview, logging and every read path answer without them', async () => {
    for (const [kind, item] of [
      ['email', message],
      ['meeting', event],
    ] as const) {
      const preview = await call('get', `/api/items/preview?${new URLSearchParams({ kind, itemId: item.id! })}`, {
        as: nora,
      });
      assert.equal(preview.status, 200, preview.text);
      const logged = await call('post', `/api/interactions/${kind}`, {
        as: nora,
        body: {
          itemId: item.id,
          companyId: company.id,
          topics: ['virksomhedspraktik'],
          summary: `Borger ${BARE} starter mandag.`,
          visibility: 'full',
          ...(kind === 'email' && { vacancy: { title: `Praktik for ${DASHED}`, location: `Hal ${BARE}` } }),
        },
      });
      assert.equal(logged.status, 201, logged.text);
      assert.ok(logged.body.interaction.excerpt || logged.body.interaction.subject, 'the logger sees what was stored');
    }
    const addresses = [sender.address, `borger@${company.domains[0]}`, `gaest@${company.domains[0]}`];
    await call(
      'get',
      `/api/context?${new URLSearchParams([...addresses.map((a): [string, string] => ['email', a]), ['internetMessageId', message.internetMessageId!]])}`,
      { as: nora },
    );
    for (const who of [nora, mette as Staff]) {
      await call('get', `/api/companies/${company.id}`, { as: who });
      await call('get', `/api/companies/${company.id}/interactions?limit=100`, { as: who });
      await call('get', `/api/companies/${company.id}/export`, { as: who });
      await call('get', `/api/companies/${company.id}/contacts`, { as: who });
      await call('get', `/api/vacancies?companyId=${company.id}`, { as: who });
    }
    for (const email of addresses) await call('post', '/api/admin/data-subjects/export', { body: { email } });
    assertNoLeaks();
  });

  it('when the bot is asked with CPR numbers in commands and message-extension searches, then its replies hold none', async () => {
    const bot = botHarness({ store, tenantId, seed, demoEmail: mette!.email, logger });
    const said: [string, 'personal' | 'channel'][] = [
      [`historik ${BARE}`, 'personal'],
      [`hvad er vores historik med ${DASHED}?`, 'personal'],
      [`virksomhed ${BARE}`, 'personal'],
      [DASHED, 'personal'],
      [`history with ${BARE}`, 'personal'],
      ['historik Østergaard Byg', 'personal'],
      [`abonner rekruttering ${BARE}`, 'channel'],
      [`<at>Kontaktspor</at> ${DASHED}`, 'channel'],
    ];
    for (const [text, where] of said) noteLeak(`bot "${text}" (${where})`, JSON.stringify(await bot.say(text, where)));
    for (const value of PLANTED) {
      const replies = await bot.say({
        type: 'invoke',
        name: 'composeExtension/query',
        value: {
          commandId: 'searchCompanies',
          parameters: [{ name: 'query', value }],
          queryOptions: { skip: 0, count: 10 },
        },
      });
      noteLeak(`message extension "${value}"`, JSON.stringify(replies));
    }
    assertNoLeaks();
  });

  it('when all of the above is done, then the audit log as the API answers it, every stored row of the tenant and every log line are free of them', async () => {
    await call('get', '/api/audit?limit=500');
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.columns
      where column_name = 'tenant_id' and table_schema = current_schema()`.execute(db);
    assert.ok(tables.rows.length >= 10);
    for (const { table_name } of tables.rows) {
      const rows = await sql<{
        row: string;
      }>`select t::text as row from ${sql.table(table_name)} as t where t.tenant_id = ${tenantId}`.execute(db);
      for (const { row } of rows.rows) noteLeak(`stored in ${table_name}`, row);
    }
    assert.ok(logLines.length > 100, 'the logs were captured');
    for (const line of logLines) noteLeak('log line', line);
    assertNoLeaks();
  });
});

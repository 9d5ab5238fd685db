import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { STORE_TARGETS, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';
import { countTenantRows, countWriteAudits, READ_AUDIT_ACTION, WRITE_AUDIT_ACTIONS } from '../support/tenant-rows.js';
import { apiRoutes } from '../../src/http/create-app.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { systemClock } from '../../src/ports/clock.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import type { SeedData } from '../../src/demo/seed-data.js';

/** One answer, with the content type the service declared. */
interface Reply {
  status: number;
  contentType: string;
  body: any;
  text: string;
}

interface Send {
  /** Sent as JSON with content-type application/json unless `raw` or `headers` say otherwise. */
  json?: unknown;
  /** Sent as it is; fetch labels a string text/plain unless a content-type header is given. */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

const UNKNOWN_ID = '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99';
/** Malformed ids for a path segment: [what, the segment as sent, the value the server decodes from it]. */
const BAD_IDS: [string, string, string | undefined][] = [
  ['not-a-uuid', 'not-a-uuid', undefined],
  ['a path traversal', encodeURIComponent('../../etc/passwd'), '../../etc/passwd'],
  ['a 5,000-character string', 'x'.repeat(5_000), 'x'.repeat(5_000)],
  ['an SQL fragment', encodeURIComponent("' or 1=1 --"), "' or 1=1 --"],
  ['a UUID with a trailing character', `${UNKNOWN_ID}0`, undefined],
  ['broken percent-encoding', '%E0%A4%A', undefined],
];
const STACK_TRACE = [/^\s*at\s/m, /\bat\s+\S+\s+\(/, /\.ts:/, /\.js:/, /node_modules/, /\bError:/];

for (const target of STORE_TARGETS) {
  describe(`Bad input on ${target.name}: refused with a 4xx, nothing written, the service stays up`, function () {
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let app: TestApp;
    let tenantId: string;
    let data: SeedData;
    let demoEmail: string;
    let companyX: SeedData['companies'][number];
    let companyY: SeedData['companies'][number];
    let receivedVacancyId: string;
    let filledVacancyId: string;
    let cursorOfX: string;

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      ({ tenantId, data, demoEmail } = await seedTenant(store));
      app = await startTestApp({ store, tenantId, defaultEmail: demoEmail });
      const withHistory = (company: SeedData['companies'][number]) =>
        data.interactions.filter((i) => i.companyId === company.id).length >= 3;
      companyX = data.companies.find((company) => company.name === 'Østergaard Byg A/S')!;
      companyY = data.companies.find((company) => company.id !== companyX.id && withHistory(company))!;
      receivedVacancyId = data.vacancies.find((vacancy) => vacancy.status === 'received')!.id;

      // Arrange through the API what the refusals need: a vacancy filled here, and a cursor of X's timeline.
      const created = await request('POST', '/api/vacancies', {
        json: { companyId: companyX.id, title: 'Lagermedarbejder' },
      });
      assert.equal(created.status, 201, created.text);
      filledVacancyId = created.body.id;
      for (const to of ['in_progress', 'filled']) {
        const moved = await request('POST', `/api/vacancies/${filledVacancyId}/transition`, { json: { to } });
        assert.equal(moved.status, 200, moved.text);
      }
      const page = await request('GET', `/api/companies/${companyX.id}/interactions?limit=1`);
      cursorOfX = page.body.nextCursor;
      assert.ok(cursorOfX, 'company X has more than one contact');
    });
    after(async () => {
      await app?.close();
      await close?.();
    });

    async function request(method: string, path: string, send: Send = {}): Promise<Reply> {
      const headers: Record<string, string> = { ...send.headers };
      let body: string | Uint8Array | undefined = send.raw;
      if (send.json !== undefined) {
        body = JSON.stringify(send.json);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${app.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: parsed, text };
    }

    /** The one error shape, as JSON, with no trace of the server's insides and no echo of what was sent. */
    function assertRefused(
      reply: Reply,
      status: number,
      codes: string | readonly string[],
      label: string,
      sent?: string,
    ): void {
      const expected = typeof codes === 'string' ? [codes] : codes;
      const context = `${label}: answered ${reply.status} ${reply.text.slice(0, 300)}`;
      assert.equal(reply.status, status, context);
      assert.match(reply.contentType, /^application\/json\b/, context);
      assert.ok(reply.body && typeof reply.body === 'object' && !Array.isArray(reply.body), context);
      assert.deepEqual(Object.keys(reply.body), ['error'], context);
      assert.deepEqual(Object.keys(reply.body.error).sort(), ['code', 'message'], context);
      assert.ok(expected.includes(reply.body.error.code), context);
      assert.equal(typeof reply.body.error.message, 'string', context);
      assert.ok(reply.body.error.message.length > 0 && reply.body.error.message.length <= 1_000, context);
      for (const trace of STACK_TRACE) assert.doesNotMatch(reply.text, trace, context);
      if (sent !== undefined) assert.ok(!reply.text.includes(sent), `${label}: the answer echoes what was sent`);
    }

    /** Row counts of every table and the change entries of the audit log, straight from the database. */
    const writeState = async () => ({
      rows: await countTenantRows(db, tenantId),
      writeAudits: await countWriteAudits(db, tenantId),
    });

    /** A test whose requests must all be refused: afterwards nothing is written and /healthz answers. */
    function refusal(title: string, body: () => Promise<void>) {
      it(title, async () => {
        const before = await writeState();
        await body();
        assert.deepEqual(await writeState(), before, 'a refused request wrote something');
        const health = await request('GET', '/healthz');
        assert.equal(health.status, 200);
        assert.deepEqual(health.body, { status: 'ok' });
      });
    }

    /** Every write route of the API with a concrete path and a body it would accept. */
    function writes(): { label: string; method: string; path: string; valid: Record<string, unknown> }[] {
      const valid: Record<string, Record<string, unknown>> = {
        'post /api/companies': { name: 'Gyldig Virksomhed ApS' },
        'patch /api/companies/:id': { city: 'Roskilde' },
        'post /api/companies/:id/interactions': { kind: 'note', summary: 'Gyldig note.' },
        'post /api/vacancies': { companyId: companyX.id, title: 'Pakkeri' },
        'post /api/vacancies/:id/transition': { to: 'in_progress' },
        'put /api/kpi/targets': { targets: [{ metric: 'samarbejdsgrad', period: '2026', value: 0.5 }] },
        'post /api/interactions/email': { itemId: 'AAMkAGI2TG93AAA=', companyId: companyX.id },
        'post /api/companies/:id/contacts': { email: 'ny.kontakt@gyldig.dk' },
        'post /api/subscriptions': { conversationId: '19:ukendt@thread.tacv2', topics: ['rekruttering'] },
        'post /api/interactions/meeting': { itemId: 'AAMkAGI2TG93AAA=', companyId: companyX.id },
        'put /api/admin/privacy-settings': {
          summaryAfterDays: 90,
          metadataAfterDays: 730,
          retentionYears: 5,
          auditRetentionDays: 183,
        },
        'post /api/me/never-log': { value: 'ny@gyldig.dk' },
        'post /api/me/never-log/purge': { dryRun: true },
        'post /api/admin/never-log': { value: 'gyldig.dk' },
        'post /api/admin/never-log/purge': { dryRun: true },
        'post /api/admin/data-subjects/export': { email: 'person@gyldig.dk' },
        'post /api/admin/data-subjects/erase': { email: 'person@gyldig.dk', confirm: true },
        'post /api/me/mailbox-watch': { consent: true },
        'post /api/admin/shared-mailboxes': { address: 'jobordre@gyldig.dk', sectionId: 'virksomhedsservice' },
        'post /api/me/tags/:id/company': { companyId: companyX.id },
        'post /api/companies/from-register': { cvr: '25313763' },
        'post /api/companies/:id/merge': { mergedId: companyY.id },
      };
      const idFor = (path: string) => (path.startsWith('/api/vacancies') ? receivedVacancyId : companyX.id);
      return routeList()
        .filter((route) => route.body !== undefined)
        .map((route) => {
          const key = `${route.method} ${route.path}`;
          const body = valid[key];
          assert.ok(body, `${key} is a write route without a bad-input case: add one to this suite`);
          return {
            label: key,
            method: route.method.toUpperCase(),
            path: route.path.replace(':id', idFor(route.path)),
            valid: body,
          };
        });
    }

    function routeList() {
      return apiRoutes({
        store,
        clock: systemClock,
        authenticator: demoAuthenticator({ store, tenantId, defaultEmail: demoEmail }),
        logger: pino({ level: 'silent' }),
        ownDomains: ['roskilde.dk'],
        version: 'test',
      });
    }

    it('when the suite starts, then it knows every write route of the API and its counters see the writes it arranged', async () => {
      assert.ok(writes().length >= 5);
      for (const action of [
        'company.create',
        'company.update',
        'interaction.create',
        'vacancy.create',
        'vacancy.transition',
      ]) {
        assert.ok(WRITE_AUDIT_ACTIONS.includes(action), action);
      }
      assert.ok(!READ_AUDIT_ACTION.test('kpi.targets.set') && READ_AUDIT_ACTION.test('history.read'));
      const { rows, writeAudits } = await writeState();
      assert.equal(writeAudits, 3, 'the vacancy created and moved twice in `before`');
      assert.equal(rows.companies, data.companies.length);
      assert.equal(rows.interactions, data.interactions.length);
      assert.equal(rows.vacancies, data.vacancies.length + 1);
    });

    refusal('when a write sends malformed JSON, then every write route answers 400 INVALID_JSON', async () => {
      for (const { label, method, path } of writes()) {
        for (const raw of [
          '{"name": "x",',
          '{name: "x"}',
          "{'name': 'x'}",
          '{"name": "x"} trailing',
          '{"a":1}}',
          '\u0000{}',
        ]) {
          const reply = await request(method, path, { raw, headers: { 'content-type': 'application/json' } });
          assertRefused(reply, 400, 'INVALID_JSON', `${label} ${JSON.stringify(raw)}`);
        }
      }
    });

    refusal(
      'when a write sends JSON that is not an object (array, string, number, boolean, null, nothing), then it answers 400',
      async () => {
        for (const { label, method, path, valid } of writes()) {
          for (const raw of ['[]', JSON.stringify([valid]), '"just a string"', '42', 'true', 'null', '']) {
            const reply = await request(method, path, { raw, headers: { 'content-type': 'application/json' } });
            assertRefused(reply, 400, ['INVALID_JSON', 'VALIDATION_FAILED'], `${label} ${JSON.stringify(raw)}`);
          }
        }
      },
    );

    refusal(
      'when a write adds an unknown field, even __proto__ or constructor, then it answers 400 naming the field and pollutes nothing',
      async () => {
        for (const { label, method, path, valid } of writes()) {
          const json = JSON.stringify(valid).slice(0, -1);
          for (const [field, extra] of [
            ['isAdmin', '"isAdmin": true'],
            ['__proto__', '"__proto__": {"isAdmin": true, "polluted": "yes"}'],
            ['constructor', '"constructor": {"prototype": {"polluted": "yes"}}'],
            ['tenantId', `"tenantId": "${randomUUID()}"`],
          ] as const) {
            const reply = await request(method, path, {
              raw: `${json}, ${extra}}`,
              headers: { 'content-type': 'application/json' },
            });
            assertRefused(reply, 400, 'VALIDATION_FAILED', `${label} + ${field}`);
            assert.match(reply.body.error.message, new RegExp(`unknown field.*${field}`), label);
          }
        }
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
      },
    );

    refusal('when a write sends a 2 MB body, then it answers 413 PAYLOAD_TOO_LARGE', async () => {
      const big = 'x'.repeat(2 * 1024 * 1024);
      for (const { label, method, path } of writes()) {
        assertRefused(
          await request(method, path, { json: { name: big, summary: big, title: big } }),
          413,
          'PAYLOAD_TOO_LARGE',
          label,
        );
      }
      const nested = `{"name":${'['.repeat(1024 * 1024)}${']'.repeat(1024 * 1024)}}`;
      const reply = await request('POST', '/api/companies', {
        raw: nested,
        headers: { 'content-type': 'application/json' },
      });
      assertRefused(reply, 413, 'PAYLOAD_TOO_LARGE', 'deeply nested 2 MB body');
    });

    refusal('when a write says another content type or none, then it answers 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      for (const { label, method, path, valid } of writes()) {
        const json = JSON.stringify(valid);
        for (const type of [
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'application/json-patch+json',
          'application/json; charset=iso-8859-1',
        ]) {
          assertRefused(
            await request(method, path, { raw: json, headers: { 'content-type': type } }),
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            `${label} as ${type}`,
          );
        }
        const untyped = await request(method, path, { raw: new TextEncoder().encode(json) });
        assertRefused(untyped, 415, 'UNSUPPORTED_MEDIA_TYPE', `${label} without a content type`);
        const empty = await request(method, path);
        assertRefused(empty, 415, 'UNSUPPORTED_MEDIA_TYPE', `${label} without a body`);
        const encoded = await request(method, path, {
          raw: json,
          headers: { 'content-type': 'application/json', 'content-encoding': 'x-unknown' },
        });
        assertRefused(encoded, 415, 'UNSUPPORTED_MEDIA_TYPE', `${label} in an unknown content encoding`);
      }
    });

    refusal(
      'when fields have the wrong type or break a rule, then it answers 400 VALIDATION_FAILED naming the field',
      async () => {
        const company = `/api/companies/${companyX.id}`;
        const cases: [string, string, Record<string, unknown>, string][] = [
          ['POST', '/api/companies', { name: 123 }, 'name'],
          ['POST', '/api/companies', { name: '' }, 'name'],
          ['POST', '/api/companies', { name: '    ' }, 'name'],
          ['POST', '/api/companies', { name: 'x'.repeat(201) }, 'name'],
          ['POST', '/api/companies', { name: 'Ok ApS', blockade: 'yes' }, 'blockade'],
          ['POST', '/api/companies', { name: 'Ok ApS', domains: 'ok.dk' }, 'domains'],
          ['POST', '/api/companies', { name: 'Ok ApS', domains: ['not a domain'] }, 'domains'],
          ['POST', '/api/companies', { name: 'Ok ApS', domains: ['gmail.com'] }, 'domains'],
          ['POST', '/api/companies', { name: 'Ok ApS', pNumbers: [1234567890] }, 'pNumbers'],
          ['POST', '/api/companies', { name: 'Ok ApS', postcode: '40000' }, 'postcode'],
          ['POST', '/api/companies', { name: 'Ok ApS', employeeBand: '1000+' }, 'employeeBand'],
          ['POST', '/api/companies', { name: 'Ok ApS', responsibleStaffId: 'somebody' }, 'responsibleStaffId'],
          ['POST', '/api/companies', { name: 'Ok ApS', responsibleStaffId: UNKNOWN_ID }, 'responsibleStaffId'],
          ['PATCH', company, { name: 123 }, 'name'],
          ['PATCH', company, { blockade: 'yes' }, 'blockade'],
          ['PATCH', company, { doNotContact: 1 }, 'doNotContact'],
          ['PATCH', company, { domains: null }, 'domains'],
          ['POST', '/api/vacancies', { companyId: companyX.id, title: 'Smed', positions: 'two' }, 'positions'],
          ['POST', '/api/vacancies', { companyId: companyX.id, title: 'Smed', positions: 0 }, 'positions'],
          ['POST', '/api/vacancies', { companyId: companyX.id, title: 'Smed', positions: 1.5 }, 'positions'],
          ['POST', '/api/vacancies', { companyId: companyX.id, title: 'Smed', positions: 1e9 }, 'positions'],
          ['POST', '/api/vacancies', { companyId: companyX.id, title: 'Smed', deadline: '31-01-2027' }, 'deadline'],
          ['POST', '/api/vacancies', { companyId: 'not-a-uuid', title: 'Smed' }, 'companyId'],
          ['POST', '/api/vacancies', { title: 'Smed' }, 'companyId'],
          ['POST', `${company}/interactions`, { kind: 'fax', summary: 'x' }, 'kind'],
          ['POST', `${company}/interactions`, { kind: 'email', summary: 'x' }, 'kind'],
          ['POST', `${company}/interactions`, { kind: 'note', summary: { text: 'x' } }, 'summary'],
          ['POST', `${company}/interactions`, { kind: 'note', summary: 'x'.repeat(4001) }, 'summary'],
          ['POST', `${company}/interactions`, { kind: 'note', summary: 'x', topics: 'rekruttering' }, 'topics'],
          [
            'POST',
            `${company}/interactions`,
            { kind: 'note', summary: 'x', topics: Array(11).fill('rekruttering') },
            'topics',
          ],
          ['POST', `${company}/interactions`, { kind: 'note', summary: 'x', occurredAt: 'yesterday' }, 'occurredAt'],
          ['POST', `${company}/interactions`, { kind: 'note', summary: 'x', visibility: 'public' }, 'visibility'],
          ['POST', `/api/vacancies/${receivedVacancyId}/transition`, { to: 'done' }, 'to'],
          ['POST', `/api/vacancies/${receivedVacancyId}/transition`, { to: null }, 'to'],
          [
            'POST',
            `/api/vacancies/${receivedVacancyId}/transition`,
            { to: 'in_progress', note: 'x'.repeat(1001) },
            'note',
          ],
          ['PUT', '/api/kpi/targets', { targets: [] }, 'targets'],
          ['PUT', '/api/kpi/targets', { targets: [{ metric: 'samarbejdsgrad', period: '26', value: 0.5 }] }, 'period'],
          [
            'PUT',
            '/api/kpi/targets',
            { targets: [{ metric: 'samarbejdsgrad', period: '2026', value: 'high' }] },
            'value',
          ],
          ['PUT', '/api/kpi/targets', { targets: [{ metric: 'samarbejdsgrad', period: '2026', value: -1 }] }, 'value'],
          ['PUT', '/api/kpi/targets', { targets: [{ metric: 'lykke', period: '2026', value: 1 }] }, 'metric'],
          [
            'PUT',
            '/api/admin/privacy-settings',
            { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 0, auditRetentionDays: 183 },
            'retentionYears',
          ],
          [
            'PUT',
            '/api/admin/privacy-settings',
            { summaryAfterDays: 90, metadataAfterDays: 30, retentionYears: 5, auditRetentionDays: 183 },
            'metadataAfterDays',
          ],
          [
            'PUT',
            '/api/admin/privacy-settings',
            { summaryAfterDays: '90', metadataAfterDays: 730, retentionYears: 5, auditRetentionDays: 183 },
            'summaryAfterDays',
          ],
          [
            'PUT',
            '/api/admin/privacy-settings',
            { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 5 },
            'auditRetentionDays',
          ],
          [
            'PUT',
            '/api/admin/privacy-settings',
            { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 5, auditRetentionDays: 1e9 },
            'auditRetentionDays',
          ],
          ['POST', '/api/me/never-log', { value: 'not a domain' }, 'value'],
          ['POST', '/api/me/never-log', { value: 'x'.repeat(321) }, 'value'],
          ['POST', '/api/admin/never-log', { value: "' or 1=1 --" }, 'value'],
          ['POST', '/api/admin/never-log', { value: ['a.dk'] }, 'value'],
          ['POST', '/api/me/never-log/purge', { confirm: 'yes' }, 'confirm'],
          ['POST', '/api/admin/data-subjects/export', { email: 'not an address' }, 'email'],
          ['POST', '/api/admin/data-subjects/erase', { email: 'person@gyldig.dk' }, 'confirm'],
          ['POST', '/api/admin/data-subjects/erase', { email: 'person@gyldig.dk', confirm: false }, 'confirm'],
        ];
        for (const [method, path, json, field] of cases) {
          const reply = await request(method, path, { json });
          assertRefused(reply, 400, 'VALIDATION_FAILED', `${method} ${path} ${JSON.stringify(json).slice(0, 80)}`);
          assert.match(reply.body.error.message, new RegExp(field), `${method} ${JSON.stringify(json).slice(0, 80)}`);
        }
      },
    );

    refusal('when a CVR is invalid on create or on patch, then it answers 400 naming cvr', async () => {
      for (const cvr of ['24256791', '1234', 'DK12345678x', '00000000', '123456789012345678901', 24256791]) {
        const created = await request('POST', '/api/companies', { json: { name: 'Forkert CVR ApS', cvr } });
        assertRefused(created, 400, 'VALIDATION_FAILED', `create with cvr ${cvr}`);
        assert.match(created.body.error.message, /cvr/);
        const patched = await request('PATCH', `/api/companies/${companyX.id}`, { json: { cvr } });
        assertRefused(patched, 400, 'VALIDATION_FAILED', `patch with cvr ${cvr}`);
        assert.match(patched.body.error.message, /cvr/);
      }
      const detail = await request('GET', `/api/companies/${companyX.id}`);
      assert.equal(detail.body.company.cvr, companyX.cvr);
    });

    refusal(
      'when the id in the path is malformed, then each route answers 400; a well-formed unknown id answers 404 NOT_FOUND',
      async () => {
        const routes: [string, (id: string) => string, unknown][] = [
          ['GET', (id) => `/api/companies/${id}`, undefined],
          ['PATCH', (id) => `/api/companies/${id}`, { city: 'Roskilde' }],
          ['GET', (id) => `/api/companies/${id}/interactions`, undefined],
          ['POST', (id) => `/api/companies/${id}/interactions`, { kind: 'call', summary: 'Ringede.' }],
          ['POST', (id) => `/api/vacancies/${id}/transition`, { to: 'in_progress' }],
        ];
        for (const [method, path, json] of routes) {
          for (const [what, segment, decoded] of BAD_IDS) {
            const reply = await request(method, path(segment), { json });
            assertRefused(reply, 400, 'VALIDATION_FAILED', `${method} ${path('…')} with ${what}`, decoded);
          }
          for (const id of [UNKNOWN_ID, UNKNOWN_ID.toUpperCase(), '00000000-0000-0000-0000-000000000000']) {
            assertRefused(await request(method, path(id), { json }), 404, 'NOT_FOUND', `${method} ${path(id)}`);
          }
        }
      },
    );

    refusal(
      'when a vacancy is moved where its lifecycle does not go, then it answers 409 ILLEGAL_TRANSITION and adds no event',
      async () => {
        const eventsBefore = {
          received: (await store.listVacancyEvents(tenantId, receivedVacancyId)).length,
          filled: (await store.listVacancyEvents(tenantId, filledVacancyId)).length,
        };
        for (const [id, to] of [
          [receivedVacancyId, 'received'],
          [filledVacancyId, 'paused'],
          [filledVacancyId, 'in_progress'],
          [filledVacancyId, 'filled'],
          [filledVacancyId, 'withdrawn'],
        ] as const) {
          const reply = await request('POST', `/api/vacancies/${id}/transition`, { json: { to } });
          assertRefused(reply, 409, 'ILLEGAL_TRANSITION', `-> ${to}`);
        }
        assert.equal((await store.listVacancyEvents(tenantId, receivedVacancyId)).length, eventsBefore.received);
        assert.equal((await store.listVacancyEvents(tenantId, filledVacancyId)).length, eventsBefore.filled);
        const listed = await request('GET', `/api/vacancies?companyId=${companyX.id}&status=filled`);
        assert.ok(
          listed.body.items.some(
            (v: { id: string; status: string }) => v.id === filledVacancyId && v.status === 'filled',
          ),
        );
      },
    );

    refusal('when a timeline cursor comes from another company or is garbage, then it answers 400', async () => {
      const timelineOfY = `/api/companies/${companyY.id}/interactions`;
      assertRefused(
        await request('GET', `${timelineOfY}?cursor=${cursorOfX}`),
        400,
        'INVALID_CURSOR',
        "X's cursor on Y",
      );
      const encode = (value: unknown) =>
        Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
      const garbage = [
        randomBytes(48).toString('base64'),
        randomBytes(48).toString('base64url'),
        'A'.repeat(500),
        '!!!not-base64!!!',
        encode('[]'),
        encode('null'),
        encode('"a string"'),
        encode({ c: companyY.id }),
        encode({ c: companyY.id, t: 'not a date', i: UNKNOWN_ID }),
        encode({ c: companyY.id, t: new Date().toISOString(), i: 'not-a-uuid' }),
        encode({ c: companyY.id, t: new Date().toISOString(), i: "x'::uuid); drop table interactions; --" }),
        encode({ c: [companyY.id], t: new Date().toISOString(), i: UNKNOWN_ID }),
      ];
      for (const cursor of garbage) {
        assertRefused(
          await request('GET', `${timelineOfY}?cursor=${encodeURIComponent(cursor)}`),
          400,
          'INVALID_CURSOR',
          cursor.slice(0, 40),
        );
      }
      assertRefused(
        await request('GET', `${timelineOfY}?cursor=${'A'.repeat(501)}`),
        400,
        'VALIDATION_FAILED',
        '501-character cursor',
      );
      assertRefused(await request('GET', `${timelineOfY}?cursor=a&cursor=b`), 400, 'VALIDATION_FAILED', 'two cursors');
      const ownPage = await request('GET', `/api/companies/${companyX.id}/interactions?limit=1&cursor=${cursorOfX}`);
      assert.equal(ownPage.status, 200, 'the cursor still works on its own timeline');
    });

    refusal(
      'when query parameters are out of range, of the wrong kind or unknown, then each read answers 400 VALIDATION_FAILED',
      async () => {
        const timeline = `/api/companies/${companyX.id}/interactions`;
        const cases = [
          '/api/companies?limit=0',
          '/api/companies?limit=10000',
          '/api/companies?limit=abc',
          '/api/companies?limit=-1',
          '/api/companies?limit=1.5',
          '/api/companies?unknown=1',
          `/api/companies?q=${'x'.repeat(201)}`,
          '/api/companies?q=a&q=b',
          '/api/companies?q[$ne]=x',
          `${timeline}?limit=0`,
          `${timeline}?limit=10000`,
          `${timeline}?limit=abc`,
          `${timeline}?kind=fax`,
          `${timeline}?kind=call&kind=fax`,
          `${timeline}?from=not-a-date`,
          `${timeline}?to=2024-99-99`,
          `${timeline}?staff=not-a-uuid`,
          `${timeline}?topic=`,
          `${timeline}?sort=desc`,
          '/api/vacancies?status=bogus',
          '/api/vacancies?limit=0',
          '/api/vacancies?limit=10000',
          '/api/vacancies?companyId=not-a-uuid',
          '/api/vacancies?unknown=1',
          '/api/kpi?from=not-a-date',
          '/api/kpi?from=2024-13-01',
          '/api/kpi?from=2024-02-30',
          '/api/kpi?from=2025-06-01&to=2025-01-01',
          '/api/kpi?from=2015-01-01&to=2025-01-01',
          '/api/kpi?unknown=1',
          '/api/context?email=a@firma.dk&unknown=1',
        ];
        for (const path of cases) assertRefused(await request('GET', path), 400, 'VALIDATION_FAILED', path);
      },
    );

    refusal(
      'when the Outlook pane asks without an email, with 51, or with a 10,000-character one, then it answers 400',
      async () => {
        assertRefused(await request('GET', '/api/context'), 400, 'VALIDATION_FAILED', 'no email');
        assertRefused(
          await request('GET', '/api/context?internetMessageId=%3Cx%40y%3E'),
          400,
          'VALIDATION_FAILED',
          'only a message id',
        );
        const many = Array.from({ length: 51 }, (_, i) => `email=person${i}%40firma.dk`).join('&');
        assertRefused(await request('GET', `/api/context?${many}`), 400, 'VALIDATION_FAILED', '51 emails');
        const long = `${'a'.repeat(10_000 - '@firma.dk'.length)}@firma.dk`;
        assertRefused(
          await request('GET', `/api/context?email=${encodeURIComponent(long)}`),
          400,
          'VALIDATION_FAILED',
          '10,000-char email',
          long.slice(0, 400),
        );
        const longId = `<${'m'.repeat(1_000)}@mail>`;
        assertRefused(
          await request('GET', `/api/context?email=a%40firma.dk&internetMessageId=${encodeURIComponent(longId)}`),
          400,
          'VALIDATION_FAILED',
          'long message id',
        );
        const fifty = Array.from({ length: 50 }, (_, i) => `email=person${i}%40firma.dk`).join('&');
        assert.equal((await request('GET', `/api/context?${fifty}`)).status, 200, '50 emails are still fine');
      },
    );

    refusal(
      'when a manual contact or a vacancy names a topic the tenant does not have, then it answers 400 naming it',
      async () => {
        const contact = await request('POST', `/api/companies/${companyX.id}/interactions`, {
          json: { kind: 'call', summary: 'Ringede.', topics: ['rekruttering', 'fax-kampagne'] },
        });
        assertRefused(contact, 400, 'VALIDATION_FAILED', 'manual contact');
        assert.match(contact.body.error.message, /fax-kampagne/);
        const vacancy = await request('POST', '/api/vacancies', {
          json: { companyId: companyX.id, title: 'Smed', topics: ['ukendt-emne'] },
        });
        assertRefused(vacancy, 400, 'VALIDATION_FAILED', 'vacancy');
        assert.match(vacancy.body.error.message, /ukendt-emne/);
        const section = await request('POST', '/api/vacancies', {
          json: { companyId: companyX.id, title: 'Smed', sectionId: 'no-such-section' },
        });
        assertRefused(section, 400, 'VALIDATION_FAILED', 'vacancy in an unknown section');
      },
    );

    refusal('when a manual contact lies in the future, then it answers 400', async () => {
      for (const later of [60 * 60_000, 365 * 86_400_000]) {
        const occurredAt = new Date(Date.now() + later).toISOString();
        const reply = await request('POST', `/api/companies/${companyX.id}/interactions`, {
          json: { kind: 'visit', summary: 'Besøg.', occurredAt },
        });
        assertRefused(reply, 400, 'VALIDATION_FAILED', `+${later} ms`);
        assert.match(reply.body.error.message, /occurredAt/);
      }
    });

    refusal(
      'when KPI targets name the same metric, section and period twice, then it answers 400 saying which, and sets none',
      async () => {
        const target = { metric: 'samarbejdsgrad', period: '2026', value: 0.5 };
        const cases: [string, Record<string, unknown>[]][] = [
          ['the whole jobcenter twice', [target, { ...target, value: 0.7 }]],
          [
            'no section and an empty one',
            [
              { ...target, sectionId: null },
              { ...target, sectionId: '' },
            ],
          ],
          [
            'one section twice',
            [
              { ...target, sectionId: 'virksomhedsservice' },
              { ...target, metric: 'companies_served', value: 3 },
              { ...target, sectionId: 'virksomhedsservice', value: 0.9 },
            ],
          ],
        ];
        for (const [label, targets] of cases) {
          const reply = await request('PUT', '/api/kpi/targets', { json: { targets } });
          assertRefused(reply, 400, 'VALIDATION_FAILED', label);
          assert.match(reply.body.error.message, /samarbejdsgrad for 2026.*more than once/, label);
        }
      },
    );

    refusal('when a PATCH changes nothing, then it answers 400', async () => {
      const reply = await request('PATCH', `/api/companies/${companyX.id}`, { json: {} });
      assertRefused(reply, 400, 'VALIDATION_FAILED', 'empty patch');
    });

    refusal(
      'when a company is registered, or patched, with a CVR already registered, then it answers 409 CONFLICT',
      async () => {
        const spaced = `DK ${companyX.cvr.slice(0, 4)} ${companyX.cvr.slice(4)}`;
        for (const cvr of [companyX.cvr, spaced]) {
          const reply = await request('POST', '/api/companies', {
            json: { name: 'Kopi ApS', cvr, domains: ['kopi-aps.dk'] },
          });
          assertRefused(reply, 409, 'CONFLICT', `create with ${cvr}`, companyX.name);
        }
        const patched = await request('PATCH', `/api/companies/${companyY.id}`, {
          json: { cvr: companyX.cvr, city: 'Køge' },
        });
        assertRefused(patched, 409, 'CONFLICT', "patch Y to X's CVR", companyX.name);
        const y = await request('GET', `/api/companies/${companyY.id}`);
        assert.equal(y.body.company.cvr, companyY.cvr);
        assert.equal(y.body.company.city, companyY.city);
      },
    );

    refusal('when a path under /api names no route, then it answers 404 NOT_FOUND as JSON', async () => {
      for (const [method, path, json] of [
        ['GET', '/api/nope', undefined],
        ['GET', '/api', undefined],
        ['GET', `/api/companies/${companyX.id}/nope`, undefined],
        ['GET', '/api/interactions', undefined],
        ['POST', '/api/nope', { a: 1 }],
        ['DELETE', `/api/companies/${companyX.id}`, undefined],
        ['PUT', `/api/companies/${companyX.id}`, { name: 'x' }],
        ['PATCH', '/api/vacancies', { to: 'filled' }],
      ] as const) {
        assertRefused(await request(method, path, { json }), 404, 'NOT_FOUND', `${method} ${path}`);
      }
    });

    refusal(
      'when a delete names a malformed or unknown subscription, then it answers 400 or 404 and removes nothing',
      async () => {
        const deletes = routeList().filter((route) => route.method === 'delete');
        const paths = [
          '/api/subscriptions/:id',
          '/api/me/never-log/:id',
          '/api/admin/never-log/:id',
          '/api/admin/shared-mailboxes/:id',
        ];
        assert.deepEqual(
          deletes.map((route) => route.path).sort(),
          [...paths, '/api/me/mailbox-watch'].sort(),
          'every delete route has a case here',
        );
        for (const path of paths) {
          for (const id of ['not-a-uuid', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(5_000)]) {
            assertRefused(
              await request('DELETE', path.replace(':id', id)),
              400,
              'VALIDATION_FAILED',
              `DELETE ${path} ${id.slice(0, 20)}`,
            );
          }
          assertRefused(
            await request('DELETE', path.replace(':id', '7c9e6679-7425-40de-944b-e07fc1f90ae7')),
            404,
            'NOT_FOUND',
            `${path}: unknown id`,
          );
        }
        // Opting out takes no body: a malformed or oversized one is still refused before anything happens.
        const json = { 'content-type': 'application/json' };
        assertRefused(
          await request('DELETE', '/api/me/mailbox-watch', { raw: '{"a":', headers: json }),
          400,
          'INVALID_JSON',
          'opt out, malformed',
        );
        assertRefused(
          await request('DELETE', '/api/me/mailbox-watch', { raw: `"${'x'.repeat(2_000_000)}"`, headers: json }),
          413,
          'PAYLOAD_TOO_LARGE',
          'opt out, 2 MB',
        );
      },
    );

    refusal(
      'when an admin retries an alert by a malformed, unknown or undelivered id, or lists by a bad status, then it answers 400 or 404',
      async () => {
        const bodyless = routeList().filter(
          (route) => route.method !== 'get' && route.method !== 'delete' && !route.body,
        );
        assert.deepEqual(
          bodyless.map((route) => route.path),
          ['/api/alerts/:id/retry'],
          'every write route without a body has a case here',
        );
        for (const id of ['not-a-uuid', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(5_000), "1' or '1'='1"]) {
          assertRefused(
            await request('POST', `/api/alerts/${id}/retry`, { json: {} }),
            400,
            'VALIDATION_FAILED',
            `retry ${id.slice(0, 20)}`,
          );
        }
        assertRefused(
          await request('POST', '/api/alerts/7c9e6679-7425-40de-944b-e07fc1f90ae7/retry', { json: {} }),
          404,
          'NOT_FOUND',
          'unknown id',
        );
        for (const query of [
          'status=lost',
          'status=',
          'limit=0',
          'limit=100000',
          'status[]=dead',
          `status=${'x'.repeat(5_000)}`,
          'extra=1',
        ]) {
          assertRefused(
            await request('GET', `/api/alerts?${query}`),
            400,
            'VALIDATION_FAILED',
            `list ${query.slice(0, 20)}`,
          );
        }
      },
    );

    refusal('when a colleague who is not an admin calls an admin route, then it answers 403 FORBIDDEN', async () => {
      const colleague = data.staff.find((staff) => !staff.isAdmin)!;
      const adminRoutes = routeList().filter((route) => route.access === 'admin');
      assert.ok(adminRoutes.length > 0, 'the API has admin routes');
      for (const route of adminRoutes) {
        // A write gets a body it would accept from an admin, so only the role is wrong.
        const json = route.body
          ? writes().find(({ label }) => label === `${route.method} ${route.path}`)!.valid
          : route.method === 'post'
            ? {}
            : undefined;
        const path = route.path.replace(':id', UNKNOWN_ID);
        const reply = await request(route.method.toUpperCase(), path, {
          json,
          headers: { 'X-Demo-User': colleague.email },
        });
        assertRefused(reply, 403, 'FORBIDDEN', `${route.method} ${route.path}`);
      }
    });

    refusal('when X-Demo-User is oversized or hostile, then it answers 401 UNAUTHENTICATED', async () => {
      for (const user of ['x'.repeat(5_000), "' or 1=1 --", '<script>@roskilde.dk']) {
        assertRefused(
          await request('GET', '/api/me', { headers: { 'X-Demo-User': user } }),
          401,
          'UNAUTHENTICATED',
          user.slice(0, 20),
          user.length > 100 ? user : undefined,
        );
        const write = await request('POST', '/api/companies', {
          json: { name: 'Uden Identitet ApS' },
          headers: { 'X-Demo-User': user },
        });
        assertRefused(write, 401, 'UNAUTHENTICATED', `write as ${user.slice(0, 20)}`);
      }
    });

    describe('hostile text that is valid', () => {
      it('when a manual contact carries script tags, javascript: URLs, markdown, RTL overrides and 4000 characters, then it is stored and returned verbatim as JSON text', async () => {
        const subject = '<script>alert("s")</script> \u202Egnp.exe \u200B\u200D end';
        const hostile = [
          '<script>alert(document.cookie)</script>',
          '<img src=x onerror="alert(1)">',
          '<a href="javascript:alert(1)">klik</a> javascript:alert(1)',
          '[klik her](javascript:alert(1)) **fed** _kursiv_ `kode` # Overskrift',
          '\u202Etxt.exe \u202Dvenstre \u2066isoleret\u2069',
          "'; drop table interactions; -- {{constructor.constructor('alert(1)')()}} ${process.env}",
          'Æble ø å 😀 \\n \\u0000 &amp; &lt;',
        ].join('\n');
        const summary = `${hostile}\n${'Ø'.repeat(4000 - hostile.length - 2)}.`;
        assert.equal(summary.length, 4000);
        const before = await countTenantRows(db, tenantId);

        const created = await request('POST', `/api/companies/${companyX.id}/interactions`, {
          json: { kind: 'note', subject, summary, topics: ['rekruttering'], visibility: 'full' },
        });

        assert.equal(created.status, 201, created.text);
        assert.match(created.contentType, /^application\/json\b/);
        assert.equal(created.body.subject, subject);
        assert.equal(created.body.summary, summary);
        const timeline = await request('GET', `/api/companies/${companyX.id}/interactions?limit=5`);
        assert.match(timeline.contentType, /^application\/json\b/);
        const stored = timeline.body.items.find((item: { id: string }) => item.id === created.body.id);
        assert.equal(stored.subject, subject);
        assert.equal(stored.summary, summary);
        const detail = await request('GET', `/api/companies/${companyX.id}`);
        assert.match(detail.contentType, /^application\/json\b/);
        assert.equal(detail.body.context.lastContacts[0].summary, summary);
        const after = await countTenantRows(db, tenantId);
        assert.equal(after.interactions, before.interactions! + 1);
        assert.equal(after.interaction_loggers, before.interaction_loggers! + 1);
        assert.equal(after.companies, before.companies);
      });
    });

    // The database refuses these values (NUL in text; dates far outside timestamptz's range), so the
    // service must refuse them first with a 4xx rather than fail in the store.
    describe('input the database cannot hold', () => {
      it('when a text field or query parameter holds a NUL character, then it answers 400, not 500', async () => {
        const cases: [string, string, unknown][] = [
          ['POST', '/api/companies', { name: 'Nul\u0000Byte ApS' }],
          ['PATCH', `/api/companies/${companyX.id}`, { city: 'Ros\u0000kilde' }],
          ['POST', `/api/companies/${companyX.id}/interactions`, { kind: 'note', summary: 'a\u0000b' }],
          ['POST', '/api/vacancies', { companyId: companyX.id, title: 'Smed\u0000' }],
          ['GET', '/api/companies?q=a%00b', undefined],
          ['GET', '/api/vacancies?section=%00', undefined],
          ['GET', '/api/kpi?section=%00', undefined],
          ['GET', '/api/context?email=a%00b%40firma.dk', undefined],
          ['GET', '/api/context?email=a%40firma.dk&internetMessageId=%00', undefined],
          ['GET', `/api/companies/${companyX.id}/interactions?section=%00`, undefined],
        ];
        const before = await writeState();
        for (const [method, path, json] of cases) {
          assertRefused(await request(method, path, { json }), 400, 'VALIDATION_FAILED', `${method} ${path}`);
        }
        assert.deepEqual(await writeState(), before);
      });

      it('when a date lies outside what the database can store, then it answers 400, not 500', async () => {
        const timeline = `/api/companies/${companyX.id}/interactions`;
        const cursor = Buffer.from(
          JSON.stringify({ c: companyX.id, t: '-271821-04-20T00:00:00.000Z', i: UNKNOWN_ID }),
        ).toString('base64url');
        const cases: [string, string, unknown][] = [
          ['GET', `${timeline}?from=-271821-04-20T00:00:00.000Z`, undefined],
          ['GET', `${timeline}?to=-010000-01-01T00:00:00.000Z`, undefined],
          ['GET', `${timeline}?cursor=${cursor}`, undefined],
          ['POST', `${timeline}`, { kind: 'note', summary: 'Gammel.', occurredAt: '-271821-04-20T00:00:00.000Z' }],
        ];
        const before = await writeState();
        for (const [method, path, json] of cases) {
          assertRefused(
            await request(method, path, { json }),
            400,
            ['VALIDATION_FAILED', 'INVALID_CURSOR'],
            `${method} ${path}`,
          );
        }
        assert.deepEqual(await writeState(), before);
      });
    });
  });
}

import assert from 'node:assert/strict';
import { createApi } from '../../tab/src/shell/api.js';
import { ApiError, authRetryOf, queryString } from '../../web-shared/api-client.js';
import { fakeAuth, fakeService } from '../web-shared/fake-service.js';

const COMPANY = '6f1c2b1e-1111-4222-8333-944455556666';

describe('tab API client (tab/src/api.ts)', () => {
  it('when the timeline is filtered, then each filter is a query parameter and empty ones are left out', async () => {
    const service = fakeService({ status: 200, body: { items: [], nextCursor: null } });
    const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
    await api.timeline(COMPANY, {
      cursor: 'c1',
      limit: 25,
      kind: 'call',
      topic: 'rekruttering',
      staff: null,
      section: '',
      from: '2026-01-01T00:00:00.000Z',
      to: null,
    });
    assert.equal(
      service.sent[0]!.url,
      `/api/companies/${COMPANY}/interactions?cursor=c1&limit=25&kind=call&topic=rekruttering&from=2026-01-01T00%3A00%3A00.000Z`,
    );
  });

  it('when a call is logged, then it is POSTed as JSON to the company and the created item comes back', async () => {
    const item = { id: 'i1' };
    const service = fakeService({ status: 201, body: item });
    const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
    assert.deepEqual(
      await api.logContact(COMPANY, { kind: 'call', summary: 'Ringede', topics: ['rekruttering'] }),
      item,
    );
    assert.equal(service.sent[0]!.method, 'POST');
    assert.equal(service.sent[0]!.headers['Content-Type'], 'application/json');
    assert.deepEqual(service.sent[0]!.body, { kind: 'call', summary: 'Ringede', topics: ['rekruttering'] });
  });

  it('when an admin saves a target for the whole jobcentre, then PUT /api/kpi/targets carries it without a section', async () => {
    const service = fakeService({ status: 200, body: { items: [] } });
    const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
    await api.setKpiTargets([{ metric: 'samarbejdsgrad', sectionId: null, period: '2026', value: 0.4 }]);
    assert.equal(service.sent[0]!.method, 'PUT');
    assert.deepEqual(service.sent[0]!.body, { targets: [{ metric: 'samarbejdsgrad', period: '2026', value: 0.4 }] });
  });

  it('when a vacancy is moved illegally, then the 409 becomes an ApiError with the service code and message', async () => {
    const service = fakeService({
      status: 409,
      body: { error: { code: 'ILLEGAL_TRANSITION', message: "A vacancy cannot move from 'filled' to 'paused'." } },
    });
    const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
    await assert.rejects(api.transitionVacancy('v1', 'paused'), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 409);
      assert.equal(error.code, 'ILLEGAL_TRANSITION');
      assert.match(error.message, /filled/);
      return true;
    });
    assert.deepEqual(service.sent[0]!.body, { to: 'paused' });
  });

  it('when the network fails, then NETWORK; when the answer is not JSON, then INVALID_RESPONSE', async () => {
    const api = createApi({ auth: fakeAuth('demo').auth, fetch: fakeService().fetch });
    await assert.rejects(api.me(), (error: unknown) => (error as ApiError).code === 'NETWORK');
    const html = (async () => new Response('<html>', { status: 200 })) as unknown as typeof fetch;
    await assert.rejects(
      createApi({ auth: fakeAuth('demo').auth, fetch: html }).me(),
      (error: unknown) => (error as ApiError).code === 'INVALID_RESPONSE',
    );
  });

  it('when production gets AUTH_REQUIRED with claims, then it retries once with a fresh token carrying them', async () => {
    const service = fakeService(
      { status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'consent', claims: '{"x":1}' } } },
      { status: 200, body: { items: [] } },
    );
    const { auth, requests } = fakeAuth();
    await createApi({ auth, fetch: service.fetch }).topics();
    assert.deepEqual(requests, [undefined, { claims: '{"x":1}', fresh: true }]);
    assert.equal(service.sent[1]!.headers['Authorization'], 'Bearer token-with-claims');
  });

  it('when a 401 is not about the token, then it is not retried', () => {
    assert.equal(authRetryOf({ status: 401, code: 'UNAUTHENTICATED' }), null);
    assert.equal(authRetryOf({ status: 403, code: 'FORBIDDEN' }), null);
    assert.deepEqual(authRetryOf({ status: 401, code: 'TOKEN_EXPIRED' }), { fresh: true });
  });

  it('when values repeat or are empty, then the query string repeats and skips them', () => {
    assert.equal(queryString({ a: ['x', 'y'], b: null, c: '', d: 0 }), '?a=x&a=y&d=0');
    assert.equal(queryString({}), '');
  });

  describe('the privacy and administration pages', () => {
    it("when my list or the jobcentre's is read, changed or purged, then each call goes to that list's own path", async () => {
      const entry = {
        id: 'e1',
        scope: 'user',
        kind: 'domain',
        value: 'klinik.dk',
        createdAt: '2026-03-15T10:00:00.000Z',
      };
      const service = fakeService(
        { status: 200, body: { items: [entry] } },
        { status: 201, body: entry },
        { status: 200, body: { removed: 1 } },
        { status: 200, body: { dryRun: true, interactions: 2, contacts: 0 } },
        { status: 200, body: { dryRun: false, interactions: 2, contacts: 1 } },
      );
      const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
      assert.deepEqual(await api.neverLog('user'), [entry]);
      await api.addNeverLog('tenant', 'klinik.dk');
      assert.equal(await api.removeNeverLog('user', 'a/b'), 1);
      await api.purgeNeverLog('user', { dryRun: true });
      assert.deepEqual(await api.purgeNeverLog('tenant', { confirm: true }), {
        dryRun: false,
        interactions: 2,
        contacts: 1,
      });
      assert.deepEqual(
        service.sent.map((r) => [r.method, r.url, r.body]),
        [
          ['GET', '/api/me/never-log', undefined],
          ['POST', '/api/admin/never-log', { value: 'klinik.dk' }],
          ['DELETE', '/api/me/never-log/a%2Fb', undefined],
          ['POST', '/api/me/never-log/purge', { dryRun: true }],
          ['POST', '/api/admin/never-log/purge', { confirm: true }],
        ],
      );
    });

    it('when an admin lists dead letters, retries one, saves settings and files data-subject requests, then the bodies are the contract', async () => {
      const settings = { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 5, auditRetentionDays: 183 };
      const service = fakeService(
        { status: 200, body: { items: [] } },
        { status: 200, body: { id: 'x', status: 'pending' } },
        { status: 200, body: settings },
        { status: 200, body: settings },
        { status: 200, body: { email: 'jens@byg.dk', contacts: [], interactions: [], auditEntries: [] } },
        { status: 200, body: { contactsDeleted: 1, participantEntriesRemoved: 0, rowsRewritten: 2 } },
      );
      const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
      await api.deadAlerts();
      await api.retryAlert('x');
      await api.privacySettings();
      await api.savePrivacySettings(settings);
      await api.exportDataSubject('jens@byg.dk');
      assert.deepEqual(await api.eraseDataSubject('jens@byg.dk'), {
        contactsDeleted: 1,
        participantEntriesRemoved: 0,
        rowsRewritten: 2,
      });
      assert.deepEqual(
        service.sent.map((r) => [r.method, r.url, r.body]),
        [
          ['GET', '/api/alerts?status=dead&limit=200', undefined],
          ['POST', '/api/alerts/x/retry', {}],
          ['GET', '/api/admin/privacy-settings', undefined],
          ['PUT', '/api/admin/privacy-settings', settings],
          ['POST', '/api/admin/data-subjects/export', { email: 'jens@byg.dk' }],
          ['POST', '/api/admin/data-subjects/erase', { email: 'jens@byg.dk', confirm: true }],
        ],
      );
    });

    it('when an admin lists staff sharing an email, then the admin route is called and its items come back', async () => {
      const clash = { email: 'a@roskilde.dk', staff: [] };
      const service = fakeService({ status: 200, body: { items: [clash] } });
      const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
      assert.deepEqual(await api.staffEmailClashes(), [clash]);
      assert.deepEqual(
        service.sent.map((r) => [r.method, r.url]),
        [['GET', '/api/admin/staff/email-clashes']],
      );
    });

    it('when a non-admin calls an admin route, then the FORBIDDEN answer reaches the page as is', async () => {
      const service = fakeService({
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: 'Only admins may do this.' } },
      });
      const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
      await assert.rejects(
        api.privacySettings(),
        (error: unknown) => (error as ApiError).status === 403 && (error as ApiError).code === 'FORBIDDEN',
      );
    });
  });
});

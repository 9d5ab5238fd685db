import assert from 'node:assert/strict';
import { createApi } from '../../addin/src/api.js';
import { ApiError, authRetryOf, type Auth } from '../../web-shared/api-client.js';
import { fakeAuth, fakeService } from '../web-shared/fake-service.js';

const LOGGED = { status: 'logged', interaction: {}, loggedBy: [], categoryApplied: true, vacancy: null };

describe('add-in API client', () => {
  it('when the pane looks up an item, then every address and the internetMessageId go in the query', async () => {
    const service = fakeService({ status: 200, body: { matches: [], ignored: [], alreadyLogged: null } });
    const api = createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch });
    await api.context(['per@a.dk', 'lis@b.dk'], '<abc@a.dk>');
    assert.equal(
      service.sent[0]?.url,
      '/api/context?email=per%40a.dk&email=lis%40b.dk&internetMessageId=%3Cabc%40a.dk%3E',
    );
  });

  it('when the server runs in demo mode, then no Authorization header is sent', async () => {
    const service = fakeService({ status: 200, body: { items: [] } });
    await createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch }).topics();
    assert.equal(service.sent[0]?.headers.Authorization, undefined);
  });

  it('when an email is logged, then the body is posted as JSON with the bearer token', async () => {
    const service = fakeService({ status: 201, body: LOGGED });
    const api = createApi({ auth: fakeAuth().auth, fetch: service.fetch });
    const body = { itemId: 'AAMk=', itemIdType: 'rest' as const, companyId: 'c1', topics: ['rekruttering'] };
    assert.equal((await api.logItem('email', body)).status, 'logged');
    assert.deepEqual(service.sent[0], {
      url: '/api/interactions/email',
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer token' },
      body,
    });
  });

  it('when the service answers 401 AUTH_REQUIRED with claims, then the call is retried once with a token for those claims', async () => {
    const service = fakeService(
      {
        status: 401,
        body: { error: { code: 'AUTH_REQUIRED', message: 'Consent needed', claims: '{"access_token":{}}' } },
      },
      { status: 201, body: LOGGED },
    );
    const { auth, requests } = fakeAuth();
    const api = createApi({ auth, fetch: service.fetch });
    await api.logItem('meeting', { itemId: 'x', itemIdType: 'rest', companyId: 'c1', topics: [] });
    assert.deepEqual(requests, [undefined, { claims: '{"access_token":{}}', fresh: true }]);
    assert.equal(service.sent[1]?.headers.Authorization, 'Bearer token-with-claims');
    assert.equal(service.sent[1]?.url, '/api/interactions/meeting');
  });

  it('when the retry is refused too, then the error reaches the pane (no loop)', async () => {
    const refusal = { status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Consent needed', claims: 'c' } } };
    const service = fakeService(refusal, refusal, refusal);
    const api = createApi({ auth: fakeAuth().auth, fetch: service.fetch });
    await assert.rejects(api.me(), { name: 'ApiError', code: 'AUTH_REQUIRED', status: 401, claims: 'c' });
    assert.equal(service.sent.length, 2);
  });

  it('when the service refuses for a reason a token cannot fix, then nothing is retried', async () => {
    const service = fakeService({ status: 403, body: { error: { code: 'FORBIDDEN', message: 'No access' } } });
    await assert.rejects(createApi({ auth: fakeAuth().auth, fetch: service.fetch }).me(), {
      code: 'FORBIDDEN',
      status: 403,
    });
    assert.equal(service.sent.length, 1);
    assert.equal(authRetryOf({ status: 401, code: 'TOKEN_AUDIENCE_INVALID' }), null);
    assert.deepEqual(authRetryOf({ status: 401, code: 'TOKEN_EXPIRED' }), { fresh: true });
  });

  it('when Graph is throttled, then the service code reaches the pane as THROTTLED', async () => {
    const service = fakeService({ status: 503, body: { error: { code: 'THROTTLED', message: 'Graph is busy' } } });
    const api = createApi({ auth: fakeAuth().auth, fetch: service.fetch });
    await assert.rejects(api.preview('email', { itemId: 'x', itemIdType: 'ews' }), { code: 'THROTTLED', status: 503 });
    assert.equal(service.sent[0]?.url, '/api/items/preview?kind=email&itemId=x&itemIdType=ews');
  });

  it('when the item is in a shared mailbox, then the preview names the mailbox', async () => {
    const service = fakeService({ status: 200, body: {} });
    const api = createApi({ auth: fakeAuth().auth, fetch: service.fetch });
    await api.preview('email', { itemId: 'x', itemIdType: 'rest', sharedMailbox: 'jobordre@roskilde.dk' });
    assert.equal(
      service.sent[0]?.url,
      '/api/items/preview?kind=email&itemId=x&itemIdType=rest&sharedMailbox=jobordre%40roskilde.dk',
    );
  });

  it('when the network is down, then the failure is NETWORK', async () => {
    const service = fakeService();
    await assert.rejects(createApi({ auth: fakeAuth().auth, fetch: service.fetch }).me(), {
      code: 'NETWORK',
      status: 0,
    });
  });

  it('when sign-in fails before the call, then the failure is AUTH_REQUIRED and nothing is sent', async () => {
    const service = fakeService();
    const auth: Auth = {
      mode: 'production',
      headers: async () => Promise.reject(new Error('The user is not signed in.')),
    };
    const error = await createApi({ auth, fetch: service.fetch })
      .me()
      .catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'AUTH_REQUIRED');
    assert.equal(service.sent.length, 0);
  });

  it('when a choice is remembered, then the address (and name) is posted to the company', async () => {
    const service = fakeService({ status: 201, body: { contact: {}, movedFrom: null } });
    await createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch }).rememberContact('c/1', {
      email: 'per@gmail.com',
      name: 'Per',
    });
    assert.equal(service.sent[0]?.url, '/api/companies/c%2F1/contacts');
    assert.deepEqual(service.sent[0]?.body, { email: 'per@gmail.com', name: 'Per' });
  });

  it('when companies are searched, then at most 10 are asked for', async () => {
    const service = fakeService({ status: 200, body: { mode: 'name', items: [] } });
    await createApi({ auth: fakeAuth('demo').auth, fetch: service.fetch }).searchCompanies('øster');
    assert.equal(service.sent[0]?.url, '/api/companies?q=%C3%B8ster&limit=10');
  });
});

import assert from 'node:assert/strict';
import { createDevTls } from '../../src/demo/emulators/dev-tls.js';
import {
  buildAttachment,
  buildEvent,
  buildMessage,
  ewsIdFor,
  startGraphEmulator,
  type GraphEmulator,
} from '../../src/demo/emulators/graph-emulator.js';
import { startIdentityEmulator, type IdentityEmulator } from '../../src/demo/emulators/identity-emulator.js';
import { HttpsJson, type JsonResponse } from './support/https-json.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  METTE,
  OTHER_CLIENT_ID,
  SOEREN,
  TENANT,
  TokenClient,
  userClaims,
} from './support/fixtures.js';

type Body = Record<string, unknown>;
type GraphErrorBody = { error: { code: string; message: string; innerError: Record<string, string> } };

describe('graph emulator', () => {
  let identity: IdentityEmulator;
  let graph: GraphEmulator;
  let http: HttpsJson;
  let tokens: TokenClient;
  let metteToken: string;

  const message = buildMessage(
    {
      subject: 'Lagermedarbejdere til august',
      categories: ['Blå kategori'],
      ccRecipients: [{ emailAddress: { name: 'Søren Holm', address: SOEREN.mail } }],
      attachments: [
        buildAttachment({ name: 'Stillingsopslag.pdf', contentType: 'application/pdf' }),
        buildAttachment({ name: 'image001.png', contentType: 'image/png', isInline: true }),
      ],
    },
    { mailboxId: METTE.id },
  );
  const winterEvent = buildEvent({
    subject: 'Virksomhedsbesøg',
    categories: ['Rød kategori'],
    start: { dateTime: '2025-01-15T09:00:00.0000000', timeZone: 'UTC' },
    end: { dateTime: '2025-01-15T10:00:00.0000000', timeZone: 'UTC' },
  });
  const summerEvent = buildEvent({
    subject: 'Opfølgning',
    start: { dateTime: '2025-07-01T10:00:00', timeZone: 'Europe/Copenhagen' },
    end: { dateTime: '2025-07-01T10:30:00', timeZone: 'Europe/Copenhagen' },
  });
  const allDay = buildEvent({
    subject: 'Jobmesse',
    isAllDay: true,
    start: { dateTime: '2025-03-31T00:00:00.0000000', timeZone: 'UTC' },
    end: { dateTime: '2025-04-01T00:00:00.0000000', timeZone: 'UTC' },
  });
  const soerenMessage = buildMessage(
    { subject: 'Kun til Søren', internetMessageId: message.internetMessageId ?? null },
    { mailboxId: SOEREN.id },
  );

  before(async () => {
    const tls = await createDevTls();
    identity = await startIdentityEmulator({ tls });
    identity.registerApp({ tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    identity.registerApp({ tenantId: TENANT, clientId: OTHER_CLIENT_ID, clientSecret: 'other-secret', appRoles: [] });
    graph = await startGraphEmulator({ tls, identity });
    graph.addMailbox(METTE, { messages: [message], events: [winterEvent, summerEvent, allDay] });
    graph.addMailbox(SOEREN, { messages: [soerenMessage] });
    http = new HttpsJson(tls.ca);
    tokens = new TokenClient(http, identity);
    metteToken = await tokens.graphTokenFor(METTE);
  });

  after(async () => {
    await http.close();
    await graph.close();
    await identity.close();
  });

  afterEach(() => {
    graph.clearFaults();
    graph.setLatency(0);
  });

  const get = <T = Body>(
    path: string,
    headers: Record<string, string> = {},
    token = metteToken,
  ): Promise<JsonResponse<T>> =>
    http.request<T>(`${graph.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  const send = <T = Body>(method: string, path: string, json: unknown, token = metteToken): Promise<JsonResponse<T>> =>
    http.request<T>(`${graph.baseUrl}${path}`, { method, json, headers: { authorization: `Bearer ${token}` } });

  describe('authentication', () => {
    it("when no token is sent, then 401 InvalidAuthenticationToken in Graph's error shape", async () => {
      const { status, body, headers } = await http.request<GraphErrorBody>(`${graph.baseUrl}/me`, {
        headers: { 'client-request-id': 'abc-123' },
      });
      assert.equal(status, 401);
      assert.equal(body.error.code, 'InvalidAuthenticationToken');
      assert.equal(typeof body.error.message, 'string');
      assert.match(body.error.innerError.date ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      assert.equal(body.error.innerError['client-request-id'], 'abc-123');
      assert.equal(body.error.innerError['request-id'], headers.get('request-id'));
      assert.match(headers.get('www-authenticate') ?? '', /^Bearer /);
    });

    it('when a token for our API instead of Graph is sent, then 401 (invalid audience)', async () => {
      const { status, body } = await get<GraphErrorBody>('/me', {}, await identity.mintUserToken(userClaims(METTE)));
      assert.equal(status, 401);
      assert.match(body.error.message, /audience/i);
    });

    it('when a forged token is sent, then 401', async () => {
      const forged = await identity.mintUserToken(
        { ...userClaims(METTE), aud: 'https://graph.microsoft.com' },
        { signingKey: 'foreign' },
      );
      assert.equal((await get('/me', {}, forged)).status, 401);
    });

    it('when requests are logged, then no authorization header is kept', () => {
      assert.ok(graph.requests.length > 0);
      assert.ok(!JSON.stringify(graph.requests).includes(metteToken));
    });
  });

  describe('profiles', () => {
    it('when /me is read, then the default properties come back and department only when selected', async () => {
      const plain = await get('/me');
      assert.equal(plain.status, 200);
      assert.equal(plain.body.id, METTE.id);
      assert.equal(plain.body.displayName, METTE.displayName);
      assert.equal(plain.body.userPrincipalName, METTE.userPrincipalName);
      assert.ok(!('department' in plain.body));
      const selected = await get('/me?$select=displayName,mail,department,jobTitle');
      assert.deepEqual(Object.keys(selected.body).sort(), [
        '@odata.context',
        'department',
        'displayName',
        'jobTitle',
        'mail',
      ]);
      assert.equal(selected.body.department, 'Virksomhedsservice');
    });

    it('when an app reads /users/{upn}, then the profile comes back; when it reads /me, then 400', async () => {
      const app = await tokens.clientCredentials();
      const token = String(app.body.access_token);
      const user = await get(
        `/users/${encodeURIComponent(SOEREN.userPrincipalName)}?$select=id,displayName`,
        {},
        token,
      );
      assert.equal(user.status, 200);
      assert.deepEqual([user.body.id, user.body.displayName], [SOEREN.id, SOEREN.displayName]);
      assert.equal((await get('/me', {}, token)).status, 400);
    });
  });

  describe('messages', () => {
    it('when a message is read with $select and $expand=attachments($select=...), then only those properties come back', async () => {
      const { status, body, headers } = await get(
        `/me/messages/${message.id}?$select=subject,from,internetMessageId,hasAttachments&$expand=attachments($select=name,contentType,size)`,
        { prefer: 'IdType="ImmutableId"' },
      );
      assert.equal(status, 200);
      assert.equal(headers.get('preference-applied'), 'IdType="ImmutableId"');
      assert.deepEqual(Object.keys(body).sort(), [
        '@odata.context',
        '@odata.etag',
        'attachments',
        'attachments@odata.context',
        'from',
        'hasAttachments',
        'id',
        'internetMessageId',
        'subject',
      ]);
      assert.match(
        String(body['@odata.context']),
        /\$metadata#users\('5221bbe9-[^']+'\)\/messages\(subject,from,internetMessageId,hasAttachments\)\/\$entity$/,
      );
      assert.match(String(body['@odata.etag']), /^W\/"CQAAABYAAA/);
      assert.equal(body.id, message.id);
      assert.equal(body.hasAttachments, true);
      assert.equal(body.internetMessageId, message.internetMessageId);
      assert.deepEqual(
        (body.attachments as Body[]).map((a) => Object.keys(a).sort()),
        [
          ['@odata.type', 'contentType', 'id', 'name', 'size'],
          ['@odata.type', 'contentType', 'id', 'name', 'size'],
        ],
      );
      assert.deepEqual(
        (body.attachments as Body[]).map((a) => a.name),
        ['Stillingsopslag.pdf', 'image001.png'],
      );
    });

    it('when a message is read without $select, then the whole message but no attachments come back', async () => {
      const { body } = await get(`/me/messages/${message.id}`);
      assert.equal(body.subject, message.subject);
      assert.deepEqual(body.body, message.body);
      assert.ok(!('attachments' in body));
    });

    it('when the text body is preferred, then the HTML body comes back as text', async () => {
      const { body, headers } = await get(`/me/messages/${message.id}?$select=body`, {
        prefer: 'outlook.body-content-type="text"',
      });
      assert.equal((body.body as Body).contentType, 'text');
      assert.doesNotMatch(String((body.body as Body).content), /<[a-z]/i);
      assert.equal(headers.get('preference-applied'), 'outlook.body-content-type="text"');
    });

    it('when $select names an unknown property, then 400', async () => {
      const { status, body } = await get<GraphErrorBody>(`/me/messages/${message.id}?$select=subjekt`);
      assert.equal(status, 400);
      assert.match(body.error.message, /subjekt/);
    });

    it('when the message does not exist, then 404 ErrorItemNotFound; when the id is an EWS id, then 400 ErrorInvalidIdMalformed', async () => {
      const missing = await get<GraphErrorBody>(`/me/messages/${buildMessage().id}`);
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'ErrorItemNotFound');
      const ews = await get<GraphErrorBody>(`/me/messages/${encodeURIComponent(ewsIdFor(message.id ?? ''))}`);
      assert.equal(ews.status, 400);
      assert.equal(ews.body.error.code, 'ErrorInvalidIdMalformed');
    });

    it('when categories are PATCHed, then the list is replaced, the etag changes and the store shows it', async () => {
      const before = await get(`/me/messages/${message.id}?$select=categories`);
      const patched = await send('PATCH', `/me/messages/${message.id}`, { categories: ['Kontaktspor'] });
      assert.equal(patched.status, 200);
      assert.deepEqual(patched.body.categories, ['Kontaktspor']);
      assert.notEqual(patched.body['@odata.etag'], before.body['@odata.etag']);
      assert.deepEqual(graph.getMessage(METTE.mail, message.id ?? '')?.categories, ['Kontaktspor']);
      await send('PATCH', `/me/messages/${message.id}`, { categories: ['Blå kategori', 'Kontaktspor'] });
      assert.deepEqual(graph.getMessage(METTE.id, message.id ?? '')?.categories, ['Blå kategori', 'Kontaktspor']);
    });

    it('when a PATCH names a property the emulator does not write, then 400 and nothing changes', async () => {
      const { status } = await send('PATCH', `/me/messages/${message.id}`, { subject: 'Ændret', categories: [] });
      assert.equal(status, 400);
      assert.equal(graph.getMessage(METTE.id, message.id ?? '')?.subject, message.subject);
    });

    it('when the token lacks Mail.ReadWrite, then reading works and PATCH is 403 ErrorAccessDenied', async () => {
      const readOnly = await tokens.graphTokenFor(METTE, 'https://graph.microsoft.com/Mail.Read');
      assert.equal((await get(`/me/messages/${message.id}?$select=subject`, {}, readOnly)).status, 200);
      const { status, body } = await send<GraphErrorBody>(
        'PATCH',
        `/me/messages/${message.id}`,
        { categories: [] },
        readOnly,
      );
      assert.equal(status, 403);
      assert.equal(body.error.code, 'ErrorAccessDenied');
    });

    it("when a user reads a colleague's mailbox, then 403", async () => {
      const { status } = await get(`/users/${SOEREN.id}/messages/${soerenMessage.id}`);
      assert.equal(status, 403);
    });

    it('when an app token with a role reads /users/{id}/messages/{id}, then 200; without roles, then 403', async () => {
      const withRoles = String((await tokens.clientCredentials()).body.access_token);
      const ok = await get(
        `/users/${SOEREN.userPrincipalName}/messages/${soerenMessage.id}?$select=subject`,
        {},
        withRoles,
      );
      assert.equal(ok.status, 200);
      assert.equal(ok.body.subject, 'Kun til Søren');
      const noRoles = String(
        (await tokens.clientCredentials(undefined, { id: OTHER_CLIENT_ID, secret: 'other-secret' })).body.access_token,
      );
      assert.equal((await get(`/users/${SOEREN.id}/messages/${soerenMessage.id}`, {}, noRoles)).status, 403);
    });
  });

  describe('events and time zones', () => {
    it('when no time zone is preferred, then start and end are UTC', async () => {
      const { body, headers } = await get(`/me/events/${winterEvent.id}?$select=start,end`);
      assert.deepEqual(body.start, { dateTime: '2025-01-15T09:00:00.0000000', timeZone: 'UTC' });
      assert.equal(headers.get('preference-applied'), null);
    });

    it('when Romance Standard Time is preferred in winter, then times are UTC+1 and labelled with that zone', async () => {
      const { body, headers } = await get(`/me/events/${winterEvent.id}?$select=start,end`, {
        prefer: 'outlook.timezone="Romance Standard Time"',
      });
      assert.deepEqual(body.start, { dateTime: '2025-01-15T10:00:00.0000000', timeZone: 'Romance Standard Time' });
      assert.deepEqual(body.end, { dateTime: '2025-01-15T11:00:00.0000000', timeZone: 'Romance Standard Time' });
      assert.equal(headers.get('preference-applied'), 'outlook.timezone="Romance Standard Time"');
    });

    it('when an event entered in Copenhagen summer time is read, then it is stored in UTC and returned in the preferred zone', async () => {
      assert.deepEqual(graph.getEvent(METTE.id, summerEvent.id ?? '')?.start, {
        dateTime: '2025-07-01T08:00:00.0000000',
        timeZone: 'UTC',
      });
      assert.equal(graph.getEvent(METTE.id, summerEvent.id ?? '')?.originalStartTimeZone, 'Europe/Copenhagen');
      const { body } = await get(`/me/events/${summerEvent.id}?$select=start,end`, {
        prefer: 'outlook.timezone="Europe/Copenhagen", IdType="ImmutableId"',
      });
      assert.deepEqual(body.start, { dateTime: '2025-07-01T10:00:00.0000000', timeZone: 'Europe/Copenhagen' });
    });

    it('when an all-day event is read in another zone, then it still runs midnight to midnight', async () => {
      const { body } = await get(`/me/events/${allDay.id}?$select=start,end,isAllDay`, {
        prefer: 'outlook.timezone="Romance Standard Time"',
      });
      assert.deepEqual(body.start, { dateTime: '2025-03-31T00:00:00.0000000', timeZone: 'Romance Standard Time' });
      assert.deepEqual(body.end, { dateTime: '2025-04-01T00:00:00.0000000', timeZone: 'Romance Standard Time' });
    });

    it('when event categories are PATCHed, then the list is replaced', async () => {
      const { status, body } = await send('PATCH', `/me/events/${winterEvent.id}`, { categories: ['Kontaktspor'] });
      assert.equal(status, 200);
      assert.deepEqual(body.categories, ['Kontaktspor']);
      assert.deepEqual(graph.getEvent(METTE.id, winterEvent.id ?? '')?.categories, ['Kontaktspor']);
    });
  });

  describe('master categories', () => {
    it('when a new category is posted, then 201; when the name exists (any case), then 409', async () => {
      const list = await get<{ value: Body[] }>('/me/outlook/masterCategories');
      assert.equal(list.status, 200);
      assert.ok(list.body.value.some((c) => c.displayName === 'Blå kategori'));
      const created = await send('POST', '/me/outlook/masterCategories', {
        displayName: 'Kontaktspor',
        color: 'preset9',
      });
      assert.equal(created.status, 201);
      assert.deepEqual([created.body.displayName, created.body.color], ['Kontaktspor', 'preset9']);
      assert.equal(typeof created.body.id, 'string');
      const duplicate = await send<GraphErrorBody>('POST', '/me/outlook/masterCategories', {
        displayName: 'kontaktspor',
        color: 'preset1',
      });
      assert.equal(duplicate.status, 409);
      assert.equal(graph.getMasterCategories(METTE.id).filter((c) => c.displayName === 'Kontaktspor').length, 1);
    });

    it('when the token lacks MailboxSettings.ReadWrite, then creating a category is 403', async () => {
      const token = await tokens.graphTokenFor(
        METTE,
        'https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/MailboxSettings.Read',
      );
      assert.equal((await get('/me/outlook/masterCategories', {}, token)).status, 200);
      assert.equal(
        (await send('POST', '/me/outlook/masterCategories', { displayName: 'Ny', color: 'preset2' }, token)).status,
        403,
      );
    });
  });

  describe('translateExchangeIds', () => {
    it('when EWS ids are translated, then the REST ids come back and a malformed id gets errorDetails', async () => {
      const restId = message.id ?? '';
      const { status, body } = await send<{ value: Body[] }>('POST', '/me/translateExchangeIds', {
        inputIds: [ewsIdFor(restId), 'not an id'],
        sourceIdType: 'ewsId',
        targetIdType: 'restImmutableEntryId',
      });
      assert.equal(status, 200);
      assert.deepEqual(body.value[0], { sourceId: ewsIdFor(restId), targetId: restId });
      assert.equal((body.value[1]?.errorDetails as Body).code, 'ErrorInvalidIdMalformed');
      const back = await send<{ value: Body[] }>('POST', '/me/translateExchangeIds', {
        inputIds: [restId],
        sourceIdType: 'restId',
        targetIdType: 'ewsId',
      });
      assert.equal(back.body.value[0]?.targetId, ewsIdFor(restId));
    });
  });

  describe('faults and latency', () => {
    it('when a 429 with Retry-After is injected once, then the first request is throttled and the next succeeds', async () => {
      const path = `/me/messages/${message.id}`;
      graph.injectFault({ path, status: 429, retryAfterSeconds: 1, times: 1 });
      const first = await get<GraphErrorBody>(`${path}?$select=subject`);
      assert.equal(first.status, 429);
      assert.equal(first.headers.get('retry-after'), '1');
      assert.equal(first.body.error.code, 'TooManyRequests');
      const second = await get(`${path}?$select=subject`);
      assert.equal(second.status, 200);
      assert.deepEqual(
        graph.requests.slice(-2).map((r) => [r.method, r.path, r.status]),
        [
          ['GET', path, 429],
          ['GET', path, 200],
        ],
      );
      assert.deepEqual(graph.requests.at(-1)?.query, { $select: 'subject' });
    });

    it('when a 503 is injected without a limit, then every matching request fails until cleared', async () => {
      graph.injectFault({ method: 'GET', path: /^\/me\/events\//, status: 503, retryAfterSeconds: 2 });
      for (let i = 0; i < 3; i += 1) {
        const { status, body } = await get<GraphErrorBody>(`/me/events/${winterEvent.id}`);
        assert.equal(status, 503);
        assert.equal(body.error.code, 'ServiceNotAvailable');
      }
      assert.equal((await get(`/me/messages/${message.id}?$select=id`)).status, 200, 'other paths unaffected');
      graph.clearFaults();
      assert.equal((await get(`/me/events/${winterEvent.id}`)).status, 200);
    });

    for (const [status, code] of [
      [404, 'ErrorItemNotFound'],
      [403, 'ErrorAccessDenied'],
      [504, 'GatewayTimeout'],
      [401, 'InvalidAuthenticationToken'],
    ] as const) {
      it(`when a ${status} is injected, then the answer is ${status} ${code}`, async () => {
        graph.injectFault({ path: '/v1.0/me', status, times: 1 });
        const { status: actual, body } = await get<GraphErrorBody>('/me');
        assert.deepEqual([actual, body.error.code], [status, code]);
      });
    }

    it('when a fault has a method, then other methods pass; when it is removed, then it no longer applies', async () => {
      const id = graph.injectFault({ method: 'PATCH', path: `/me/messages/${message.id}`, status: 503 });
      assert.equal((await get(`/me/messages/${message.id}?$select=id`)).status, 200);
      assert.equal((await send('PATCH', `/me/messages/${message.id}`, { isRead: true })).status, 503);
      graph.removeFault(id);
      assert.equal((await send('PATCH', `/me/messages/${message.id}`, { isRead: true })).status, 200);
    });

    it('when latency or a fault delay is set, then answers take at least that long', async () => {
      graph.setLatency(150);
      let started = Date.now();
      await get('/me');
      assert.ok(Date.now() - started >= 140);
      graph.setLatency(0);
      graph.injectFault({ path: '/me', status: 504, delayMs: 200, times: 1 });
      started = Date.now();
      assert.equal((await get('/me')).status, 504);
      assert.ok(Date.now() - started >= 190);
    });
  });
});

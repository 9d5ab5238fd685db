import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { buildMessage, buildEvent, recipient, meetingRoom, attendee } from '../../src/demo/emulators/graph-emulator.js';
import { ewsIdFor } from '../../src/demo/emulators/graph-ids.js';
import { MailSourceError, type MailboxAccess } from '../../src/ports/mail-source.js';
import { startProductionIdentity } from '../support/identity-harness.js';

const TENANT = '5a7e0c1d-2b3f-4a6e-8c9d-0e1f2a3b4c5d';

describe('Graph gateway: the real MSAL and Graph client against the HTTPS emulators', function () {
  let store: KyselyStore;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let access: MailboxAccess;
  const user = {
    id: randomUUID(),
    userPrincipalName: 'bo.nielsen@roskilde.dk',
    mail: 'bo.nielsen@roskilde.dk',
    displayName: 'Bo Nielsen',
    department: 'Ungeindsatsen',
  };
  const message = buildMessage({
    subject: 'Behov for to lagermedarbejdere',
    from: recipient({ name: 'Lone Madsen', address: 'lone@ostergaard-byg.dk' }),
    categories: ['Rød kategori'],
  });
  const room = meetingRoom({ name: 'Mødelokale 2', address: 'lokale2@roskilde.dk' });
  const event = buildEvent({
    subject: 'Virksomhedsbesøg',
    attendees: [attendee({ name: 'Lone Madsen', address: 'lone@ostergaard-byg.dk' }), room.attendee],
  });

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    harness = await startProductionIdentity({ store, tenantId: TENANT });
    harness.emulators.graph.addMailbox(user, { messages: [message], events: [event] });
    const assertion = await harness.tokenFor({ oid: user.id, name: user.displayName, email: user.mail });
    access = { kind: 'user', tenantId: TENANT, assertion };
  });
  afterEach(() => harness.emulators.graph.clearFaults());
  after(async () => {
    await harness?.close();
    await store?.close();
  });

  const oboGrants = () =>
    harness.emulators.identity.grants.filter((grant) => grant.requestedTokenUse === 'on_behalf_of');

  it('when a message is read for the user, then on-behalf-of is really performed once and then served from MSAL cache', async () => {
    const before = oboGrants().length;
    const first = await harness.mailSource.getMessage(access, message.id!);
    assert.equal(first.subject, 'Behov for to lagermedarbejdere');
    assert.equal(first.direction, 'inbound');
    assert.equal(oboGrants().length, before + 1);
    assert.equal(oboGrants().at(-1)?.grantType, 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    await harness.mailSource.getMessage(access, message.id!);
    assert.equal(oboGrants().length, before + 1, 'the second call used the cached token');
  });

  it('when Graph is asked, then it gets immutable ids and only the fields we need', async () => {
    await harness.mailSource.getMessage(access, message.id!);
    const request = harness.emulators.graph.requests
      .filter((r) => r.method === 'GET' && r.path.includes('/messages/'))
      .at(-1)!;
    assert.match(request.prefer ?? '', /IdType="ImmutableId"/);
    assert.match(String(request.query['$select'] ?? ''), /internetMessageId/);
    assert.doesNotMatch(String(request.query['$select'] ?? ''), /uniqueBody|\*/);
  });

  it('when a meeting is read, then the room is not a participant', async () => {
    const meeting = await harness.mailSource.getEvent(access, event.id!);
    assert.equal(meeting.kind, 'meeting');
    assert.ok(meeting.participants.some((p) => p.email === 'lone@ostergaard-byg.dk'));
    assert.ok(!meeting.participants.some((p) => p.email === 'lokale2@roskilde.dk'));
  });

  it('when our category is added, then the item keeps its other categories and the master category exists', async () => {
    await harness.mailSource.addCategory(access, { kind: 'email', restId: message.id! }, 'Kontaktspor');
    await harness.mailSource.addCategory(access, { kind: 'email', restId: message.id! }, 'Kontaktspor');
    assert.deepEqual(harness.emulators.graph.getMessage(user.id, message.id!)?.categories, [
      'Rød kategori',
      'Kontaktspor',
    ]);
    const masters = harness.emulators.graph
      .getMasterCategories(user.id)
      .map((c: { displayName?: string | null }) => c.displayName);
    assert.deepEqual(
      masters.filter((name: unknown) => name === 'Kontaktspor'),
      ['Kontaktspor'],
    );
  });

  it('when an EWS id comes from desktop Outlook, then it is translated to the REST id', async () => {
    const ids = await harness.mailSource.toRestIds(access, [ewsIdFor(message.id!)]);
    assert.equal(ids.get(ewsIdFor(message.id!)), message.id);
  });

  it("when the user's profile is read, then the department comes with it", async () => {
    assert.equal((await harness.mailSource.getProfile(access)).department, 'Ungeindsatsen');
  });

  it('when Graph answers 429 with Retry-After 1 once, then the read succeeds after one retry', async () => {
    harness.emulators.graph.injectFault({
      method: 'GET',
      path: /\/messages\//,
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    const started = Date.now();
    const item = await harness.mailSource.getMessage(access, message.id!);
    assert.equal(item.graphId, message.id);
    assert.ok(Date.now() - started >= 900, 'Retry-After was honoured');
  });

  const failures: [string, number, string][] = [
    ['keeps answering 503', 503, 'UNAVAILABLE'],
    ['answers 404', 404, 'NOT_FOUND'],
    ['answers 403', 403, 'FORBIDDEN'],
    ['answers 401', 401, 'AUTH_REQUIRED'],
  ];
  for (const [label, status, code] of failures) {
    it(`when Graph ${label}, then the gateway reports ${code}`, async () => {
      harness.emulators.graph.injectFault({
        method: 'GET',
        path: /\/messages\//,
        status: status as 503,
        retryAfterSeconds: 0,
      });
      await assert.rejects(harness.mailSource.getMessage(access, message.id!), (error: MailSourceError) => {
        assert.ok(error instanceof MailSourceError);
        assert.equal(error.code, code);
        return true;
      });
    });
  }

  it('when the user must consent again, then AUTH_REQUIRED carries the claims challenge', async () => {
    const other = {
      id: randomUUID(),
      userPrincipalName: 'ny@roskilde.dk',
      mail: 'ny@roskilde.dk',
      displayName: 'Ny Medarbejder',
      department: null,
    };
    harness.emulators.graph.addMailbox(other, {});
    harness.emulators.identity.requireConsent(other.id);
    const assertion = await harness.tokenFor({ oid: other.id, name: other.displayName, email: other.mail });
    await assert.rejects(
      harness.mailSource.getProfile({ kind: 'user', tenantId: TENANT, assertion }),
      (error: MailSourceError) => {
        assert.equal(error.code, 'AUTH_REQUIRED');
        assert.ok(error.claims && error.claims.length > 0, 'claims challenge present');
        return true;
      },
    );
  });

  it('when background work reads a mailbox app-only, then client credentials are used', async () => {
    const before = harness.emulators.identity.grants.filter((g) => g.grantType === 'client_credentials').length;
    const item = await harness.mailSource.getMessage({ kind: 'app', tenantId: TENANT, userId: user.id }, message.id!);
    assert.equal(item.graphId, message.id);
    assert.equal(
      harness.emulators.identity.grants.filter((g) => g.grantType === 'client_credentials').length,
      before + 1,
    );
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { buildMessage, recipient } from '../../src/demo/emulators/graph-emulator.js';
import { ewsIdFor } from '../../src/demo/emulators/graph-ids.js';
import { HttpsJson } from '../emulators/support/https-json.js';
import { userClaims } from '../emulators/support/fixtures.js';
import { MailSourceError, type MailboxAccess } from '../../src/ports/mail-source.js';
import { startProductionIdentity } from '../support/identity-harness.js';

const TENANT = '0d1c2b3a-4f5e-4a6b-8c7d-9e0f1a2b3c4d';

/**
 * The pane in a shared mailbox (jobordre@…): the real MSAL on-behalf-of and Graph client read the
 * item at `/users/{shared}/…` with Mail.Read.Shared, which the Graph emulator allows only to a user
 * the mailbox was shared with.
 */
describe('Graph gateway in a shared mailbox: delegated access on-behalf-of the user at the pane', function () {
  let store: KyselyStore;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let http: HttpsJson;
  const person = (name: string, address: string) => ({
    id: randomUUID(),
    userPrincipalName: address,
    mail: address,
    displayName: name,
    department: 'Virksomhedsservice',
  });
  const bo = person('Bo Nielsen', 'bo.nielsen@roskilde.dk');
  const lis = person('Lis Holm', 'lis.holm@roskilde.dk');
  const shared = { ...person('Jobordre', 'jobordre@roskilde.dk'), department: null };
  const message = buildMessage(
    {
      subject: 'Jobordre: to lagermedarbejdere',
      from: recipient({ name: 'Lone Madsen', address: 'lone@ostergaard-byg.dk' }),
    },
    { mailboxId: shared.id },
  );
  const accessFor = async (user: typeof bo): Promise<MailboxAccess> => ({
    kind: 'user',
    tenantId: TENANT,
    assertion: await harness.tokenFor({ oid: user.id, name: user.displayName, email: user.mail }),
    sharedMailbox: shared.mail,
  });

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    harness = await startProductionIdentity({ store, tenantId: TENANT });
    const { graph } = harness.emulators;
    graph.addMailbox(bo, {});
    graph.addMailbox(lis, {});
    graph.addMailbox(shared, { messages: [message] });
    graph.grantMailboxAccess(shared.mail, bo.id);
    http = new HttpsJson(harness.emulators.tls.ca);
  });
  after(async () => {
    await http?.close();
    await harness?.close();
    await store?.close();
  });

  it('when a user the mailbox is shared with opens its email, then it is read at /users/{shared} with Mail.Read.Shared asked on-behalf-of', async () => {
    const item = await harness.mailSource.getMessage(await accessFor(bo), message.id!);
    assert.equal(item.subject, 'Jobordre: to lagermedarbejdere');
    assert.equal(item.graphId, message.id);
    const read = harness.emulators.graph.requests.filter((r) => r.path.includes('/messages/')).at(-1)!;
    // The item came back, so Graph answered 200 (the record's status is set only once the response has finished).
    assert.equal(decodeURIComponent(read.path), `/users/${shared.mail}/messages/${message.id}`);
    const grant = harness.emulators.identity.grants.filter((g) => g.requestedTokenUse === 'on_behalf_of').at(-1)!;
    assert.match(grant.scope, /Mail\.Read\.Shared/);
    assert.doesNotMatch(grant.scope, /ReadWrite\.Shared/, 'the pane never asks to write in a shared mailbox');
  });

  it('when desktop Outlook gives an EWS id in the shared mailbox, then it is translated there', async () => {
    const ids = await harness.mailSource.toRestIds(await accessFor(bo), [ewsIdFor(message.id!)]);
    assert.equal(ids.get(ewsIdFor(message.id!)), message.id);
    assert.equal(
      decodeURIComponent(
        harness.emulators.graph.requests.filter((r) => r.path.endsWith('/translateExchangeIds')).at(-1)?.path ?? '',
      ),
      `/users/${shared.mail}/translateExchangeIds`,
    );
  });

  it('when the mailbox was not shared with the user, then Graph refuses and the gateway reports FORBIDDEN', async () => {
    await assert.rejects(harness.mailSource.getMessage(await accessFor(lis), message.id!), (error: MailSourceError) => {
      assert.ok(error instanceof MailSourceError);
      assert.equal(error.code, 'FORBIDDEN');
      return true;
    });
  });

  it("when the user's own mailbox is read, then Mail.Read.Shared is not asked for (a tenant without that consent keeps its pane)", async () => {
    const assertion = await harness.tokenFor({ oid: bo.id, name: bo.displayName, email: bo.mail });
    const own: MailboxAccess = { kind: 'user', tenantId: TENANT, assertion };
    await assert.rejects(harness.mailSource.getMessage(own, message.id!), (error: MailSourceError) => {
      assert.equal(error.code, 'NOT_FOUND', 'the shared item is not in his own mailbox');
      return true;
    });
    assert.equal(decodeURIComponent(harness.emulators.graph.requests.at(-1)?.path ?? ''), `/me/messages/${message.id}`);
    const grant = harness.emulators.identity.grants.filter((g) => g.requestedTokenUse === 'on_behalf_of').at(-1)!;
    assert.doesNotMatch(grant.scope, /Shared/);
  });

  describe('the Graph emulator, with tokens of chosen scopes', () => {
    const graphToken = async (user: typeof bo, scope: string) => {
      const { identity, app } = harness.emulators;
      const assertion = await identity.mintUserToken({ ...userClaims(user), tid: TENANT });
      const response = await http.request(`${identity.url}/${TENANT}/oauth2/v2.0/token`, {
        form: {
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          requested_token_use: 'on_behalf_of',
          client_id: app.clientId,
          client_secret: app.clientSecret,
          assertion,
          scope,
        },
      });
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return String(response.body.access_token);
    };
    const read = async (token: string, path: string) =>
      http.request<{ error?: { code?: string } }>(`${harness.emulators.graph.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    it('when the token has Mail.Read but not Mail.Read.Shared, then the shared mailbox answers 403 ErrorAccessDenied despite the grant', async () => {
      const token = await graphToken(bo, 'https://graph.microsoft.com/Mail.Read');
      const answer = await read(token, `/users/${shared.mail}/messages/${message.id}`);
      assert.equal(answer.status, 403);
      assert.equal(answer.body.error?.code, 'ErrorAccessDenied');
    });

    it('when the token has Mail.Read.Shared, then reading works but writing a category is refused (that needs Mail.ReadWrite.Shared)', async () => {
      const token = await graphToken(bo, 'https://graph.microsoft.com/Mail.Read.Shared');
      assert.equal((await read(token, `/users/${shared.mail}/messages/${message.id}`)).status, 200);
      const patch = await http.request(
        `${harness.emulators.graph.baseUrl}/users/${shared.mail}/messages/${message.id}`,
        {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}` },
          json: { categories: ['Kontaktspor'] },
        },
      );
      assert.equal(patch.status, 403);
      assert.deepEqual(harness.emulators.graph.getMessage(shared.mail, message.id!)?.categories, []);
    });
  });
});

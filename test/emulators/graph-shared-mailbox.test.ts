import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createDevTls } from '../../src/demo/emulators/dev-tls.js';
import { buildMessage, startGraphEmulator, type GraphEmulator } from '../../src/demo/emulators/graph-emulator.js';
import { sharedMailboxUser } from '../../src/demo/emulators/graph-shared-mailbox.js';
import { startIdentityEmulator, type IdentityEmulator } from '../../src/demo/emulators/identity-emulator.js';
import { HttpsJson } from './support/https-json.js';
import { CLIENT_ID, CLIENT_SECRET, METTE, TENANT, TokenClient } from './support/fixtures.js';

describe('graph emulator: a shared mailbox, read app-only', () => {
  let identity: IdentityEmulator;
  let graph: GraphEmulator;
  let http: HttpsJson;
  let appToken: string;
  const jobordre = sharedMailboxUser({ id: randomUUID(), address: 'jobordre@roskilde.dk', displayName: 'Jobordre' });
  const message = buildMessage({ subject: 'Ny stilling', categories: [] }, { mailboxId: jobordre.id });

  before(async () => {
    const tls = await createDevTls();
    identity = await startIdentityEmulator({ tls });
    identity.registerApp({ tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    graph = await startGraphEmulator({ tls, identity });
    graph.addMailbox(METTE);
    graph.addMailbox(jobordre, { messages: [message] });
    http = new HttpsJson(tls.ca);
    const granted = await new TokenClient(http, identity).clientCredentials();
    appToken = String(granted.body.access_token);
  });
  after(async () => {
    await http.close();
    await graph.close();
    await identity.close();
  });

  const call = (method: string, path: string, json?: unknown) =>
    http.request<Record<string, unknown>>(`${graph.baseUrl}${path}`, {
      method,
      ...(json === undefined ? {} : { json }),
      headers: { authorization: `Bearer ${appToken}` },
    });

  it('when an app asks for its mailbox settings, then userPurpose says "shared"; a staff member\'s says "user"', async () => {
    const shared = await call('GET', '/users/jobordre@roskilde.dk/mailboxSettings');
    assert.equal(shared.status, 200);
    assert.equal(shared.body.userPurpose, 'shared');
    assert.equal((await call('GET', `/users/${METTE.id}/mailboxSettings`)).body.userPurpose, 'user');
  });

  it("when an app reads it by address and PATCHes an item's categories, then it works as in any mailbox", async () => {
    const profile = await call('GET', '/users/jobordre@roskilde.dk');
    assert.equal(profile.body.id, jobordre.id);
    const patched = await call('PATCH', `/users/${jobordre.id}/messages/${message.id}`, {
      categories: ['Kontaktspor'],
    });
    assert.equal(patched.status, 200);
    assert.deepEqual(graph.getMessage(jobordre.id, message.id!)?.categories, ['Kontaktspor']);
  });
});

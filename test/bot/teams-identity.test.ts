import assert from 'node:assert/strict';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { teamsIdentity } from '../../bot/bot-identity.js';

describe('Teams identity: a newcomer Teams cannot tell us about', () => {
  it('when the member lookup fails, then the user is not let in, no row is made and the failure is logged by code', async () => {
    const upserts: unknown[] = [];
    const warnings: object[] = [];
    const identify = teamsIdentity(
      {
        findStaffByOid: async () => null,
        upsertStaffIdentity: async (_tenantId, identity) => {
          upserts.push(identity);
          throw new Error('not expected');
        },
      },
      { warn: (fields: object) => void warnings.push(fields) },
    );
    const activity: Partial<Activity> = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: 'c1', tenantId: 'tenant-a', isGroup: false, name: '', conversationType: 'personal' },
      from: { id: '29:newcomer', name: 'Ny', aadObjectId: '00000000-0000-4000-8000-000000000001' },
      recipient: { id: '28:bot', name: 'Kontaktspor' },
    };
    const context = new TurnContext(new TestAdapter(), activity);

    assert.equal(await identify(context), null);
    assert.deepEqual(upserts, []);
    assert.equal(warnings.length, 1);
    assert.equal((warnings[0] as { code: string }).code, 'TEAMS_MEMBER_UNAVAILABLE');
  });
});

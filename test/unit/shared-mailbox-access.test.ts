import assert from 'node:assert/strict';
import { isSharedMailbox, userMailbox } from '../../src/app/read-outlook-item.js';
import type { Actor } from '../../src/domain/model.js';

const mette: Actor = {
  tenantId: 't1',
  staffId: 's1',
  name: 'Mette Kjærgaard',
  email: 'Mette.Kjaergaard@roskilde.dk',
  sectionId: null,
  isAdmin: false,
  userAssertion: 'assertion',
};

describe('which mailbox the pane reads (userMailbox)', () => {
  it('when the pane names a shared mailbox, then it is read on her behalf there, by its lower-case address', () => {
    const access = userMailbox(mette, 'Jobordre@Roskilde.dk');
    assert.deepEqual(access, {
      kind: 'user',
      tenantId: 't1',
      assertion: 'assertion',
      sharedMailbox: 'jobordre@roskilde.dk',
    });
    assert.equal(isSharedMailbox(access), true);
  });

  it('when the pane names no mailbox or her own address, then her own mailbox is read (and tagged as usual)', () => {
    for (const named of [undefined, '', 'mette.kjaergaard@roskilde.dk']) {
      const access = userMailbox(mette, named);
      assert.deepEqual(access, { kind: 'user', tenantId: 't1', assertion: 'assertion' }, String(named));
      assert.equal(isSharedMailbox(access), false);
    }
  });

  it('when she has no token to act on her behalf, then sign-in is asked for, shared mailbox or not', () => {
    const { userAssertion: _none, ...signedOut } = mette;
    assert.throws(() => userMailbox(signedOut, 'jobordre@roskilde.dk'), { code: 'AUTH_REQUIRED' });
  });
});

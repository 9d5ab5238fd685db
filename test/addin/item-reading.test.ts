import assert from 'node:assert/strict';
import { addressesToRemember, chooseAddresses } from '../../addin/src/item-reading.js';
import { buildContext, buildMatch, buildReadEmail } from './pane-factories.js';

describe('add-in item reading (item-reading)', () => {
  describe('choosing addresses from an item', () => {
    it('when an email is read, then only its sender is looked up, lower-cased', () => {
      assert.deepEqual(chooseAddresses(buildReadEmail(), 'mette.hansen@roskilde.dk'), ['kontakt@oestergaard-byg.dk']);
    });

    it('when I read an email I sent, then its recipients are looked up instead of me', () => {
      const item = buildReadEmail({
        from: { email: 'Mette.Hansen@roskilde.dk', name: 'Mette Hansen' },
        recipients: [
          { email: 'per@oestergaard-byg.dk', name: 'Per' },
          { email: 'lis@hansen-vvs.dk', name: 'Lis' },
        ],
      });
      assert.deepEqual(chooseAddresses(item, 'mette.hansen@roskilde.dk'), [
        'per@oestergaard-byg.dk',
        'lis@hansen-vvs.dk',
      ]);
    });

    it('when an email is composed, then its recipients are looked up, deduplicated', () => {
      const item = buildReadEmail({
        mode: 'compose',
        from: null,
        internetMessageId: null,
        recipients: [
          { email: 'per@oestergaard-byg.dk', name: 'Per' },
          { email: 'PER@oestergaard-byg.dk', name: 'Per' },
          { email: 'kollega@roskilde.dk', name: 'Kollega' },
        ],
      });
      assert.deepEqual(chooseAddresses(item, 'mette.hansen@roskilde.dk'), [
        'per@oestergaard-byg.dk',
        'kollega@roskilde.dk',
      ]);
    });

    it('when a meeting is open, then the organizer and attendees are looked up, without me', () => {
      const item = buildReadEmail({
        kind: 'meeting',
        from: null,
        recipients: [],
        internetMessageId: null,
        organizer: { email: 'per@oestergaard-byg.dk', name: 'Per' },
        attendees: [
          { email: 'mette.hansen@roskilde.dk', name: 'Mette' },
          { email: 'lis@oestergaard-byg.dk', name: 'Lis' },
        ],
      });
      assert.deepEqual(chooseAddresses(item, 'mette.hansen@roskilde.dk'), [
        'per@oestergaard-byg.dk',
        'lis@oestergaard-byg.dk',
      ]);
    });

    it('when a meeting has more than 50 attendees, then 50 are looked up (the service limit)', () => {
      const attendees = Array.from({ length: 70 }, (_, i) => ({ email: `p${i}@firma.dk`, name: null }));
      const item = buildReadEmail({ kind: 'meeting', from: null, organizer: null, attendees });
      assert.equal(chooseAddresses(item, null).length, 50);
    });
  });

  describe('remembering a choice', () => {
    it('when I pick a company for an unmatched gmail sender, then that sender is remembered as its contact', () => {
      const item = buildReadEmail({ from: { email: 'per.hansen@gmail.com', name: 'Per Hansen' } });
      const context = buildContext({ ignored: [{ email: 'per.hansen@gmail.com', reason: 'freemail' }] });
      assert.deepEqual(addressesToRemember(item, context, 'mette.hansen@roskilde.dk', 'c1'), [
        { email: 'per.hansen@gmail.com', name: 'Per Hansen' },
      ]);
    });

    it('when a compose has several outside recipients, then nothing is remembered (which one would it be?)', () => {
      const item = buildReadEmail({
        mode: 'compose',
        from: null,
        recipients: [
          { email: 'per@a.dk', name: null },
          { email: 'lis@b.dk', name: null },
        ],
      });
      assert.deepEqual(addressesToRemember(item, buildContext(), null, 'c1'), []);
    });

    it('when the other addresses are our own, then the one outside address is remembered', () => {
      const item = buildReadEmail({
        mode: 'compose',
        from: null,
        recipients: [
          { email: 'kollega@roskilde.dk', name: null },
          { email: 'per@a.dk', name: 'Per' },
        ],
      });
      const context = buildContext({ ignored: [{ email: 'kollega@roskilde.dk', reason: 'own' }] });
      assert.deepEqual(addressesToRemember(item, context, 'mette.hansen@roskilde.dk', 'c1'), [
        { email: 'per@a.dk', name: 'Per' },
      ]);
    });

    it('when the sender already is a known contact of the chosen company, then nothing is stored again', () => {
      const match = buildMatch({ reason: 'contact', emails: ['kontakt@oestergaard-byg.dk'] });
      assert.deepEqual(
        addressesToRemember(buildReadEmail(), buildContext({ matches: [match] }), null, match.company.id, match),
        [],
      );
    });
  });
});

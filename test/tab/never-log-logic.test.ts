import assert from 'node:assert/strict';
import {
  checkNeverLogValue,
  normalizeNeverLogValue,
  purgeMessage,
  purgeRequest,
  purgeTotal,
} from '../../tab/src/admin/never-log-logic.js';

describe('never-log list logic (tab/src/never-log-logic.ts)', () => {
  it('when an address or a domain is typed in any case, with or without "@", then it is added in the form the list keeps', () => {
    assert.equal(normalizeNeverLogValue('  Laege@Klinik.DK '), 'laege@klinik.dk');
    assert.equal(normalizeNeverLogValue('@klinik.dk'), 'klinik.dk');
    assert.equal(normalizeNeverLogValue('mail.klinik.dk'), 'mail.klinik.dk');
    assert.equal(normalizeNeverLogValue('sundhed-ø.dk'), 'sundhed-ø.dk');
  });

  it('when the text is neither an address nor a domain, then the form says what to write and sends nothing', () => {
    for (const bad of [
      '',
      'ab',
      'klinik',
      'laege@',
      'a b@klinik.dk',
      'laege@klinik',
      `${'x'.repeat(320)}.dk`,
      '-klinik.dk',
    ]) {
      assert.deepEqual(
        checkNeverLogValue(bad, [], 'da'),
        { ok: false, error: 'Skriv en e-mailadresse (navn@firma.dk) eller et domæne (firma.dk).' },
        bad,
      );
    }
    assert.deepEqual(checkNeverLogValue('x', [], 'en'), {
      ok: false,
      error: 'Enter an email address (name@company.dk) or a domain (company.dk).',
    });
  });

  it('when the value is on the list already, then the form says so instead of sending it again', () => {
    assert.deepEqual(checkNeverLogValue('Klinik.dk', [{ value: 'klinik.dk' }], 'da'), {
      ok: false,
      error: '»klinik.dk« står allerede på listen.',
    });
    assert.deepEqual(checkNeverLogValue('laege@klinik.dk', [{ value: 'klinik.dk' }], 'da'), {
      ok: true,
      value: 'laege@klinik.dk',
    });
  });

  it('when the purge runs, then the first request only counts and the second deletes, on an explicit confirm', () => {
    assert.deepEqual(purgeRequest('count'), { dryRun: true });
    assert.deepEqual(purgeRequest('delete'), { confirm: true });
  });

  it("when the jobcentre's list is counted, then contacts and contact persons are named; a user's count names only their contacts", () => {
    const counted = { dryRun: true, interactions: 3, contacts: 1 };
    assert.equal(purgeTotal(counted, 'tenant'), 4);
    assert.equal(purgeTotal(counted, 'user'), 3);
    assert.equal(purgeMessage(counted, 'tenant', 'da'), 'Listen dækker 3 gemte kontakter og 1 kontaktperson.');
    assert.equal(purgeMessage(counted, 'user', 'da'), 'Listen dækker 3 kontakter, du har logget.');
    assert.equal(
      purgeMessage({ dryRun: true, interactions: 1, contacts: 2 }, 'tenant', 'en'),
      'The list covers 1 stored contact and 2 contact persons.',
    );
  });

  it('when nothing is covered, then the count says there is nothing to delete; after the delete, how many went', () => {
    assert.equal(
      purgeMessage({ dryRun: true, interactions: 0, contacts: 0 }, 'user', 'da'),
      'Der er intet gemt, som listen dækker. Der er intet at slette.',
    );
    // A user's list never deletes contact persons, so their count alone does not make a purge.
    assert.equal(purgeTotal({ dryRun: true, interactions: 0, contacts: 5 }, 'user'), 0);
    assert.equal(
      purgeMessage({ dryRun: false, interactions: 3, contacts: 1 }, 'tenant', 'da'),
      'Slettet: 3 kontakter og 1 kontaktperson.',
    );
    assert.equal(purgeMessage({ dryRun: false, interactions: 1, contacts: 0 }, 'user', 'en'), 'Deleted: 1 contact.');
  });
});

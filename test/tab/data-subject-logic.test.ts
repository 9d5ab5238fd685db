import assert from 'node:assert/strict';
import {
  checkSubjectEmail,
  eraseRequest,
  erasureSummary,
  exportFileName,
  exportJson,
  exportSummary,
} from '../../tab/src/admin/data-subject-logic.js';

describe('data-subject request logic (tab/src/data-subject-logic.ts)', () => {
  it('when an address is typed with spaces and capitals, then it is sent as the service stores it; anything else is refused', () => {
    assert.deepEqual(checkSubjectEmail('  Jens.Hansen@Ostergaard-Byg.DK ', 'da'), {
      ok: true,
      email: 'jens.hansen@ostergaard-byg.dk',
    });
    for (const bad of ['', 'jens', 'jens@', 'jens@byg', 'a b@byg.dk', '@byg.dk']) {
      assert.deepEqual(checkSubjectEmail(bad, 'da'), { ok: false, error: 'Skriv en gyldig e-mailadresse.' }, bad);
    }
  });

  it('when an erasure is confirmed, then the body carries the address and confirm: true (the service refuses it without)', () => {
    assert.deepEqual(eraseRequest('jens@byg.dk'), { email: 'jens@byg.dk', confirm: true });
  });

  it("when the export arrives, then it is offered as indented JSON under a dated name without the person's address", () => {
    const data = {
      email: 'jens@byg.dk',
      contacts: [],
      interactions: [{ id: 'i1' }, { id: 'i2' }],
      auditEntries: [{ action: 'x' }],
    };
    assert.equal(exportFileName(new Date(2026, 2, 5, 23, 59)), 'kontaktspor-indsigt-2026-03-05.json');
    assert.deepEqual(JSON.parse(exportJson(data)), data);
    assert.match(exportJson(data), /^\{\n {2}"email"/);
    assert.equal(exportSummary(data, 'da'), 'Fundet: 0 kontaktpersoner, 2 kontakter og 1 post i revisionsloggen.');
  });

  it('when the erasure is done, then the result names the address and every count', () => {
    assert.equal(
      erasureSummary('jens@byg.dk', { contactsDeleted: 1, participantEntriesRemoved: 3, rowsRewritten: 7 }, 'da'),
      'jens@byg.dk er slettet: 1 kontaktperson slettet, 3 deltagerposter fjernet og 7 rækker omskrevet.',
    );
    assert.equal(
      erasureSummary('jens@byg.dk', { contactsDeleted: 0, participantEntriesRemoved: 1, rowsRewritten: 1 }, 'en'),
      'jens@byg.dk is erased: 0 contact persons deleted, 1 participant entry removed and 1 row rewritten.',
    );
  });
});

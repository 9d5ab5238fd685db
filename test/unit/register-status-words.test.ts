import assert from 'node:assert/strict';
import { registerStatusNotice } from '../../src/domain/register-status-words.js';

describe("what staff read about a company's CVR status (register-status-words)", () => {
  it('when the register says a company is under bankruptcy, then the notice is loud and says so in Danish and English', () => {
    assert.deepEqual(registerStatusNotice('UNDER KONKURS', 'da'), {
      flag: 'bankruptcy',
      severity: 'error',
      title: 'Under konkurs',
      text: 'CVR-registret: virksomheden er under konkurs',
    });
    assert.deepEqual(registerStatusNotice('UNDER KONKURS', 'en'), {
      flag: 'bankruptcy',
      severity: 'error',
      title: 'In bankruptcy',
      text: 'CVR register: the company is in bankruptcy (UNDER KONKURS)',
    });
  });

  it("when a company was dissolved, ceased or is being wound up, then the title is short and the text keeps the register's reason", () => {
    const cases: [string, string, string][] = [
      ['OPLØST EFTER KONKURS', 'Opløst', 'CVR-registret: virksomheden er opløst efter konkurs'],
      ['TVANGSOPLØST', 'Opløst', 'CVR-registret: virksomheden er tvangsopløst'],
      ['OPHØRT', 'Ophørt', 'CVR-registret: virksomheden er ophørt'],
      [
        'UNDER FRIVILLIG LIKVIDATION',
        'Under tvangsopløsning/likvidation',
        'CVR-registret: virksomheden er under frivillig likvidation',
      ],
      [
        'UNDER TVANGSOPLØSNING',
        'Under tvangsopløsning/likvidation',
        'CVR-registret: virksomheden er under tvangsopløsning',
      ],
    ];
    for (const [status, title, text] of cases) {
      const notice = registerStatusNotice(status, 'da');
      assert.deepEqual([notice?.title, notice?.text, notice?.severity], [title, text, 'error'], status);
    }
  });

  it('when a company is under reconstruction, then it is a warning, not a stop', () => {
    const notice = registerStatusNotice('UNDER REKONSTRUKTION', 'da');
    assert.deepEqual([notice?.title, notice?.severity], ['Under rekonstruktion', 'warning']);
    assert.equal(registerStatusNotice('UNDER REKONSTRUKTION', 'en')?.title, 'Under reconstruction');
  });

  it('when the register uses a status Kontaktspor does not know, then its text is shown as given', () => {
    assert.deepEqual(registerStatusNotice(' UNDER  TVANGSAUKTION ', 'da'), {
      flag: null,
      severity: 'warning',
      title: 'UNDER TVANGSAUKTION',
      text: 'CVR-registret: virksomhedens status er »UNDER TVANGSAUKTION«',
    });
    assert.equal(
      registerStatusNotice('UNDER TVANGSAUKTION', 'en')?.text,
      "CVR register: the company's status is “UNDER TVANGSAUKTION”",
    );
  });

  it('when the company trades normally or is not from the register, then there is nothing to show', () => {
    for (const status of ['NORMAL', 'normal', 'Aktiv', '', null])
      assert.equal(registerStatusNotice(status, 'da'), null);
  });
});

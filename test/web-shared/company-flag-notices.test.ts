import assert from 'node:assert/strict';
import { companyFlagNotices, registerStatusWord } from '../../web-shared/company-flag-notices.js';
import { COMMON_WORDS } from '../../web-shared/common-words.js';

const noFlags = { blockade: false, doNotContact: false, registerStatus: null };

describe('the company flags both front ends show (web-shared/company-flag-notices)', () => {
  it('when the register says bankrupt and staff marked a blockade and do-not-contact, then the register comes first, as an error', () => {
    const notices = companyFlagNotices({ blockade: true, doNotContact: true, registerStatus: 'UNDER KONKURS' }, 'da');
    assert.deepEqual(
      notices.map((n) => [n.testId, n.intent, n.title]),
      [
        ['flag-register-status', 'error', 'Under konkurs'],
        ['flag-blockade', 'error', COMMON_WORDS.da.flags.blockadeTitle],
        ['flag-do-not-contact', 'warning', COMMON_WORDS.da.flags.doNotContactTitle],
      ],
    );
    assert.equal(notices[0]?.text, 'CVR-registret: virksomheden er under konkurs');
  });

  it('when the pane or tab speaks English, then the register flag is English', () => {
    const [notice] = companyFlagNotices({ ...noFlags, registerStatus: 'OPHØRT' }, 'en');
    assert.deepEqual([notice?.title, notice?.text], ['Ceased', 'CVR register: the company has ceased (OPHØRT)']);
  });

  it('when a company is under reconstruction or has a status Kontaktspor does not know, then it is a warning', () => {
    assert.deepEqual(
      companyFlagNotices({ ...noFlags, registerStatus: 'UNDER REKONSTRUKTION' }, 'da').map((n) => n.intent),
      ['warning'],
    );
    const [unknown] = companyFlagNotices({ ...noFlags, registerStatus: 'UNDER TVANGSAUKTION' }, 'da');
    assert.deepEqual([unknown?.intent, unknown?.title], ['warning', 'UNDER TVANGSAUKTION']);
  });

  it('when a company trades normally without flags, then nothing is shown', () => {
    assert.deepEqual(companyFlagNotices({ ...noFlags, registerStatus: 'NORMAL' }, 'da'), []);
    assert.deepEqual(companyFlagNotices(noFlags, 'en'), []);
  });

  it("when a search row needs the status in one word, then it is the notice's title, or null when there is none", () => {
    assert.equal(registerStatusWord('TVANGSOPLØST', 'da'), 'Opløst');
    assert.equal(registerStatusWord('UNDER FRIVILLIG LIKVIDATION', 'en'), 'Being wound up');
    assert.equal(registerStatusWord('NORMAL', 'da'), null);
    assert.equal(registerStatusWord(null, 'da'), null);
  });
});

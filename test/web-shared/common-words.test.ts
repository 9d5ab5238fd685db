import assert from 'node:assert/strict';
import { stringsFor as paneStrings } from '../../addin/src/i18n.js';
import { stringsFor as tabStrings } from '../../tab/src/common/i18n.js';
import { COMMON_WORDS } from '../../web-shared/common-words.js';

describe('the words both front ends say alike (web-shared/common-words)', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`when the tab or the add-in speaks ${lang}, then its table carries the common words unchanged`, () => {
      const common = COMMON_WORDS[lang];
      for (const t of [paneStrings(lang), tabStrings(lang)]) {
        const keys = ['starting', 'retry', 'failedTitle', 'aColleague', 'contactKinds', 'flags', 'visibility'] as const;
        for (const key of keys) {
          assert.equal(t[key], common[key], key);
        }
        for (const [key, word] of Object.entries(common.company)) {
          assert.equal(t.company[key as keyof typeof common.company], word, `company.${key}`);
        }
      }
    });
  }
});

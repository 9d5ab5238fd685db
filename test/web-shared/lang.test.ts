import assert from 'node:assert/strict';
import { pickLanguage } from '../../web-shared/lang.js';

describe('the UI language of both front ends', () => {
  it('when the locale (Teams) or display language (Office) is English, then English; otherwise Danish first', () => {
    assert.equal(pickLanguage('en-us'), 'en');
    assert.equal(pickLanguage('en-US'), 'en');
    assert.equal(pickLanguage('en-GB'), 'en');
    assert.equal(pickLanguage('EN-gb'), 'en');
    assert.equal(pickLanguage('da-dk'), 'da');
    assert.equal(pickLanguage('da-DK'), 'da');
    assert.equal(pickLanguage('de-DE'), 'da');
    assert.equal(pickLanguage(''), 'da');
    assert.equal(pickLanguage(null), 'da');
    assert.equal(pickLanguage(undefined), 'da');
  });
});

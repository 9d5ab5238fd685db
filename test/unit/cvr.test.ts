import assert from 'node:assert/strict';
import { completeCvr, hasValidCvrChecksum, normalizeCvr, parseCvr } from '../../src/domain/cvr.js';

describe('CVR numbers', () => {
  it('when a valid CVR is typed, then it parses to its 8 digits', () => {
    assert.equal(parseCvr('13585628'), '13585628');
  });

  it('when the checksum fails, then it does not parse', () => {
    assert.equal(hasValidCvrChecksum('24256791'), false);
    assert.equal(parseCvr('24256791'), null);
  });

  it('when a CVR is typed with a DK prefix and spaces, then it parses', () => {
    assert.equal(parseCvr('DK 13 58 56 28'), '13585628');
    assert.equal(parseCvr('dk13585628'), '13585628');
  });

  it('when the input is not 8 digits, then it is rejected', () => {
    assert.equal(normalizeCvr('1358562'), null);
    assert.equal(normalizeCvr('135856281'), null);
    assert.equal(parseCvr('1358562A'), null);
  });

  it('when 7 digits are given, then the 8th that makes a valid CVR is found', () => {
    assert.equal(completeCvr('1358562'), '13585628');
  });
});

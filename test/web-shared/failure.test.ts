import assert from 'node:assert/strict';
import { failureText, toFailure, type FailureWords } from '../../web-shared/failure.js';

const WORDS: FailureWords & Record<'NETWORK' | 'VALIDATION_FAILED', string> = {
  NETWORK: 'No connection.',
  VALIDATION_FAILED: 'Refused: ',
  AUTH: 'Sign in again.',
  OTHER: (code) => `Something went wrong (${code}).`,
};
const CODES = ['VALIDATION_FAILED'] as const;

describe('failures as both front ends word them (web-shared/failure)', () => {
  it('when a code has its own words, then they are the message; a prefixed code leads into the service message', () => {
    assert.equal(failureText({ code: 'NETWORK', message: 'fetch failed' }, WORDS, CODES), 'No connection.');
    const refused = { code: 'VALIDATION_FAILED', message: 'summary: required' };
    assert.equal(failureText(refused, WORDS, CODES), 'Refused: summary: required');
  });

  it('when the body was not JSON, then it reads like any refused request', () => {
    assert.equal(failureText({ code: 'INVALID_JSON', message: 'bad json' }, WORDS, CODES), 'Refused: bad json');
  });

  it('when the sign-in is missing, expired or refused, then the user is asked to sign in again', () => {
    for (const code of ['AUTH_REQUIRED', 'UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_INVALID']) {
      assert.equal(failureText({ code, message: '' }, WORDS, CODES), 'Sign in again.', code);
    }
  });

  it('when the code is unknown (or names a word that is no code: AUTH, OTHER, toString), then it is named', () => {
    assert.equal(failureText({ code: 'TEAPOT', message: '' }, WORDS, CODES), 'Something went wrong (TEAPOT).');
    assert.equal(failureText({ code: 'AUTH', message: '' }, WORDS, CODES), 'Something went wrong (AUTH).');
    assert.equal(failureText({ code: 'OTHER', message: '' }, WORDS, CODES), 'Something went wrong (OTHER).');
    assert.equal(failureText({ code: 'toString', message: '' }, WORDS, CODES), 'Something went wrong (toString).');
  });

  it('when anything is thrown, then it becomes a failure: the service code kept, anything else UNEXPECTED', () => {
    const network = { code: 'NETWORK', message: 'fetch failed' };
    assert.deepEqual(toFailure(network), network);
    assert.deepEqual(toFailure({ code: 'CONFLICT' }), { code: 'CONFLICT', message: '' });
    assert.deepEqual(toFailure(new Error('boom')), { code: 'UNEXPECTED', message: 'boom' });
    assert.deepEqual(toFailure('text'), { code: 'UNEXPECTED', message: 'text' });
    assert.deepEqual(toFailure(null), { code: 'UNEXPECTED', message: 'null' });
  });
});

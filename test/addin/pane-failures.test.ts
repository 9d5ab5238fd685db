import assert from 'node:assert/strict';
import { errorMessage, logRetryHelps, toPaneFailure } from '../../addin/src/pane-failures.js';
import { HostError } from '../../addin/src/office-host.js';
import { ApiError } from '../../web-shared/api-client.js';
import { isRetryable } from '../../web-shared/failure.js';

describe('add-in pane failures (pane-failures)', () => {
  describe('error codes', () => {
    it('when the service says the item is not in the mailbox, forbidden, throttled or unavailable, then Danish says so', () => {
      assert.match(errorMessage({ code: 'NOT_FOUND', message: '' }, 'da'), /ikke fundet i din postkasse/);
      assert.match(
        errorMessage({ code: 'ITEM_ID_INVALID', message: '' }, 'da'),
        /element-id, som Microsoft 365 ikke kender/,
      );
      assert.match(
        errorMessage({ code: 'MEETING_CANCELLED', message: 'The meeting was cancelled' }, 'da'),
        /^Mødet er aflyst/,
      );
      assert.match(
        errorMessage({ code: 'ITEM_ID_INVALID', message: '' }, 'en'),
        /item id that Microsoft 365 does not know/,
      );
      assert.match(errorMessage({ code: 'FORBIDDEN', message: '' }, 'da'), /ikke adgang/);
      assert.match(errorMessage({ code: 'THROTTLED', message: '' }, 'da'), /vente et øjeblik/);
      assert.match(errorMessage({ code: 'UNAVAILABLE', message: '' }, 'da'), /svarer ikke/);
      assert.match(errorMessage({ code: 'NOT_FOUND', message: '' }, 'en'), /not found in your mailbox/);
    });

    it('when the shared mailbox refuses the user, then the pane says so in Danish and English', () => {
      assert.match(
        errorMessage({ code: 'SHARED_MAILBOX_DENIED', message: '' }, 'da'),
        /^Du har ikke adgang til den fælles postkasse/,
      );
      assert.match(
        errorMessage({ code: 'SHARED_MAILBOX_DENIED', message: '' }, 'en'),
        /^You do not have access to the shared mailbox/,
      );
    });

    it('when sign-in is needed or the token is refused, then the user is told to sign in again', () => {
      for (const code of ['AUTH_REQUIRED', 'UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_AUDIENCE_INVALID']) {
        assert.match(errorMessage({ code, message: '' }, 'da'), /logge ind igen/, code);
      }
    });

    it("when validation fails, then the service's reason is shown after the Danish lead", () => {
      assert.equal(
        errorMessage({ code: 'VALIDATION_FAILED', message: 'vacancy.postcode: a Danish postcode is 4 digits' }, 'da'),
        'Formularen blev afvist: vacancy.postcode: a Danish postcode is 4 digits',
      );
    });

    it('when the code is unknown or office.js failed, then the message still says something useful', () => {
      assert.equal(errorMessage({ code: 'TEAPOT', message: '' }, 'da'), 'Noget gik galt (TEAPOT).');
      assert.equal(
        errorMessage(toPaneFailure(new HostError('The item is not saved')), 'en'),
        'Outlook could not give us the item: The item is not saved',
      );
      assert.deepEqual(toPaneFailure({ code: 'NETWORK', message: 'fetch failed' }), {
        code: 'NETWORK',
        message: 'fetch failed',
      });
      assert.equal(toPaneFailure(new Error('boom')).code, 'UNEXPECTED');
    });

    it('when a never-log list refuses the item, then the pane names the list and the address or domain it holds', () => {
      const refusal = new ApiError(422, 'NEVER_LOG', 'Not logged: …', undefined, {
        scope: 'tenant',
        kind: 'domain',
        value: 'klinik-eksempel.dk',
      });
      assert.equal(
        errorMessage(toPaneFailure(refusal), 'da'),
        'Ikke logget: jobcentrets liste »logges aldrig« indeholder domænet klinik-eksempel.dk.',
      );
      assert.equal(
        errorMessage(
          { code: 'NEVER_LOG', message: '', rule: { scope: 'user', kind: 'address', value: 'a@b.dk' } },
          'en',
        ),
        'Not logged: your never-log list holds the address a@b.dk.',
      );
      assert.doesNotMatch(errorMessage({ code: 'NEVER_LOG', message: '' }, 'da'), /Noget gik galt/);
    });
  });

  describe('retry', () => {
    it('when the network, a busy Microsoft 365 or a 5xx failed the call, then trying again is offered', () => {
      for (const code of ['NETWORK', 'THROTTLED', 'UNAVAILABLE', 'BAD_GATEWAY', 'INTERNAL', 'HTTP_503']) {
        assert.equal(isRetryable({ code, message: '' }), true, code);
      }
    });

    it('when the service refused the request itself, then no retry is offered: it would be refused again', () => {
      for (const code of [
        'NEVER_LOG',
        'VALIDATION_FAILED',
        'FORBIDDEN',
        'NOT_FOUND',
        'MEETING_CANCELLED',
        'HTTP_400',
      ]) {
        assert.equal(isRetryable({ code, message: '' }), false, code);
      }
    });

    it('when the log call finds the item not yet in the mailbox, then trying again is offered: it may have synchronised', () => {
      assert.equal(logRetryHelps({ code: 'NOT_FOUND', message: '' }), true);
      assert.equal(logRetryHelps({ code: 'THROTTLED', message: '' }), true);
      assert.equal(logRetryHelps({ code: 'NEVER_LOG', message: '' }), false);
      assert.equal(logRetryHelps({ code: 'VALIDATION_FAILED', message: '' }), false);
    });
  });
});

import assert from 'node:assert/strict';
import { errorMessage, orDash } from '../../tab/src/common/format-logic.js';
import { collisionText } from '../../web-shared/collision-text.js';
import { toFailure } from '../../web-shared/failure.js';
import { relativeTime, topicLabel } from '../../web-shared/format.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';

describe('tab wording (format-logic)', () => {
  it('when the service sent no text, then a dash stands in its place', () => {
    assert.equal(orDash(null), '—');
    assert.equal(orDash('  '), '—');
    assert.equal(orDash('<script>'), '<script>');
  });

  it('when a colleague was in contact three days ago, then the warning names who, where, when and what', () => {
    const now = new Date(2026, 5, 18, 12);
    const entry = {
      staffId: 's',
      name: 'Camilla Bøgh',
      sectionId: 'ydelse-job',
      sectionName: 'Job og ydelse',
      occurredAt: new Date(2026, 5, 15, 9).toISOString(),
      kind: 'call' as const,
      topics: ['fastholdelse', 'igu'],
    };
    assert.equal(
      collisionText(entry, DEFAULT_TOPICS, now, 'da'),
      'Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse, IGU',
    );
    assert.equal(relativeTime(new Date(2026, 5, 17, 9).toISOString(), now, 'en'), 'yesterday');
  });

  it('when a topic is unknown, then its key is shown', () => {
    assert.equal(topicLabel('loentilskud', DEFAULT_TOPICS, 'en'), 'Wage subsidy');
    assert.equal(topicLabel('retired-topic', DEFAULT_TOPICS, 'da'), 'retired-topic');
  });

  it('when the service refuses, then the reader gets words for the code, with the reason where it helps', () => {
    assert.equal(
      errorMessage({ code: 'FORBIDDEN', message: 'Only admins may do this.' }, 'da'),
      'Du har ikke adgang til dette.',
    );
    assert.match(
      errorMessage({ code: 'ILLEGAL_TRANSITION', message: "cannot move from 'filled'" }, 'en'),
      /legal next step: cannot move/,
    );
    assert.equal(
      errorMessage({ code: 'TOKEN_EXPIRED', message: '' }, 'da'),
      'Du skal logge ind igen, eller give Kontaktspor adgang.',
    );
    assert.equal(errorMessage({ code: 'TEAPOT', message: '' }, 'en'), 'Something went wrong (TEAPOT).');
    assert.deepEqual(toFailure(new Error('boom')), { code: 'UNEXPECTED', message: 'boom' });
  });
});

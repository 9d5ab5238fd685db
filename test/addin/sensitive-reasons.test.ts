import assert from 'node:assert/strict';
import { sensitiveReasonLines } from '../../addin/src/sensitive-reasons.js';
import { initialVisibility, visibilityHint } from '../../addin/src/log-request.js';
import { buildPreview } from './pane-factories.js';

describe('Outlook pane: why capture defaults to metadata only', () => {
  const finding = {
    reasons: [
      { kind: 'health' as const, words: ['sygemeldt', 'diagnose', 'sygemeldt'] },
      { kind: 'citizen-in-placement' as const, placementWord: 'løntilskud' },
    ],
  };

  it('when the service finds health words and a person next to a placement word, then the pane names both reasons in Danish', () => {
    assert.deepEqual(sensitiveReasonLines(finding, 'da'), [
      'Teksten nævner helbredsforhold (sygemeldt, diagnose).',
      'Teksten nævner en person i forbindelse med »løntilskud« – det kan være en borger.',
    ]);
  });

  it('when Office speaks English, then the same reasons are given in English', () => {
    assert.deepEqual(sensitiveReasonLines(finding, 'en'), [
      'The text mentions health matters (sygemeldt, diagnose).',
      'The text names a person next to “løntilskud” – it may be a citizen.',
    ]);
  });

  it('when nothing sensitive is found (or there is no preview yet), then there is nothing to explain', () => {
    assert.deepEqual(sensitiveReasonLines(null, 'da'), []);
    assert.deepEqual(sensitiveReasonLines(undefined, 'en'), []);
    assert.deepEqual(sensitiveReasonLines({ reasons: [] }, 'da'), []);
  });

  it('when only a citizen next to a placement word is found, then metadata only is preselected as the service suggests', () => {
    const preview = buildPreview({ sensitive: { reasons: [finding.reasons[1]!] }, suggestedVisibility: 'metadata' });
    assert.equal(initialVisibility(preview), 'metadata');
    assert.equal(
      visibilityHint(preview, 'da'),
      null,
      'no health words: the notice, not the one-line hint, explains it',
    );
  });
});

import assert from 'node:assert/strict';
import { VISIBILITY_TIERS, stricterOf, visibleText, type InteractionText } from '../../src/domain/visibility.js';

const buildText = (overrides: Partial<InteractionText> = {}): InteractionText => ({
  subject: 'Praktik hos Østergaard Byg',
  summary: 'Aftalt opstart mandag',
  excerpt: 'Hej Mette, tak for snakken ...',
  ...overrides,
});

describe('visibility', () => {
  it('when the tier is full, then a colleague sees subject, summary and excerpt', () => {
    assert.deepEqual(visibleText(buildText(), 'full', false), buildText());
  });

  it('when the tier is summary, then a colleague sees subject and summary only', () => {
    assert.deepEqual(visibleText(buildText(), 'summary', false), { ...buildText(), excerpt: null });
  });

  it('when the tier is subject, then a colleague sees the subject only', () => {
    assert.deepEqual(visibleText(buildText(), 'subject', false), {
      subject: buildText().subject,
      summary: null,
      excerpt: null,
    });
  });

  it('when the tier is metadata, then a colleague sees no text', () => {
    assert.deepEqual(visibleText(buildText(), 'metadata', false), { subject: null, summary: null, excerpt: null });
  });

  it('when the viewer logged the contact or took part, then they see everything stored whatever the tier', () => {
    for (const tier of VISIBILITY_TIERS) assert.deepEqual(visibleText(buildText(), tier, true), buildText(), tier);
  });

  it('when the text is shown, then the stored object is not changed', () => {
    const text = buildText();
    visibleText(text, 'metadata', false);
    assert.deepEqual(text, buildText());
  });

  it('when two tiers meet, then the stricter one wins, in either order', () => {
    assert.equal(stricterOf('full', 'subject'), 'subject');
    assert.equal(stricterOf('metadata', 'summary'), 'metadata');
    assert.equal(stricterOf('summary', 'full'), 'summary');
    assert.equal(stricterOf('subject', 'subject'), 'subject');
  });
});

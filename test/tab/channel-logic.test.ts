import assert from 'node:assert/strict';
import {
  EMPTY_SUBSCRIPTION_FORM,
  commaList,
  subscriptionText,
  validateSubscriptionForm,
} from '../../tab/src/channel/channel-logic.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';

describe('channel tab logic', () => {
  it('when an alert is set up with topics, postcodes, industries and keywords, then the body carries them for the channel', () => {
    const checked = validateSubscriptionForm(
      '19:abc@thread.tacv2',
      {
        topics: ['rekruttering', 'rekruttering'],
        postcodes: '4000, 4030',
        industries: '41;4321',
        keywords: 'lager, truck',
      },
      'da',
    );
    assert.deepEqual(checked, {
      ok: true,
      body: {
        conversationId: '19:abc@thread.tacv2',
        topics: ['rekruttering'],
        postcodes: ['4000', '4030'],
        industryPrefixes: ['41', '4321'],
        keywords: ['lager', 'truck'],
      },
    });
  });

  it('when a postcode, an industry code or a keyword is malformed, then each is named', () => {
    const checked = validateSubscriptionForm(
      'c',
      { topics: [], postcodes: '400', industries: '4', keywords: 'x' },
      'da',
    );
    assert.deepEqual(checked.ok ? null : checked.errors, {
      postcodes: '»400« er ikke et postnummer (4 cifre).',
      industries: '»4« er ikke en branchekode (2–6 cifre).',
      keywords: '»x« er for kort eller for langt (2–60 tegn).',
    });
  });

  it('when an alert has no filters, then it reads as every new vacancy; otherwise its filters in words', () => {
    assert.equal(
      subscriptionText({ topics: [], postcodes: [], industryPrefixes: [], keywords: [] }, DEFAULT_TOPICS, 'da'),
      'alle nye jobordrer',
    );
    assert.equal(
      subscriptionText(
        { topics: ['loentilskud'], postcodes: ['4000'], industryPrefixes: [], keywords: ['lager'] },
        DEFAULT_TOPICS,
        'da',
      ),
      'Emner: Løntilskud · Postnumre: 4000 · Nøgleord: lager',
    );
    assert.deepEqual(commaList(' a, ,b,a '), ['a', 'b']);
    assert.deepEqual(EMPTY_SUBSCRIPTION_FORM.topics, []);
  });
});

import assert from 'node:assert/strict';
import { matchingChannels, type AlertFacts } from '../../src/domain/alert-routing.js';
import { retryDelayMs, isExhausted, spacingMs } from '../../src/domain/alert-retry.js';
import type { SubscriptionFilters } from '../../src/domain/model.js';

const none: SubscriptionFilters = { topics: [], industryPrefixes: [], postcodes: [], keywords: [] };
const sub = (conversationId: string, filters: Partial<SubscriptionFilters>) => ({
  conversationId,
  ...none,
  ...filters,
});

// Five section channels with the filters staff would set with "abonner".
const SUBSCRIPTIONS = [
  sub('alle', {}),
  sub('rekruttering-roskilde', { topics: ['rekruttering'], postcodes: ['4000'] }),
  sub('bygge', { industryPrefixes: ['41', '4399'] }),
  sub('lager', { keywords: ['lager'] }),
  sub('fleks', { topics: ['fleksjob', 'skaanejob'] }),
  sub('fleks', { postcodes: ['4300'] }), // a second subscription of the same channel
];

const vacancy = (facts: Partial<AlertFacts>): AlertFacts => ({
  topics: [],
  industryCode: null,
  postcode: null,
  text: '',
  ...facts,
});

const CASES: { when: string; facts: AlertFacts; channels: string[] }[] = [
  {
    when: 'a vacancy matches no filter but the catch-all',
    facts: vacancy({ topics: ['mentor'], postcode: '2100', text: 'Kok' }),
    channels: ['alle'],
  },
  {
    when: 'recruitment in Roskilde at a builder (DB07 412000) for a warehouse worker',
    facts: vacancy({
      topics: ['rekruttering'],
      postcode: '4000',
      industryCode: '412000',
      text: 'Lagermedarbejder Roskilde',
    }),
    channels: ['alle', 'rekruttering-roskilde', 'bygge', 'lager'],
  },
  {
    when: 'the topic fits but the postcode does not (AND across lists)',
    facts: vacancy({ topics: ['rekruttering'], postcode: '4030' }),
    channels: ['alle'],
  },
  {
    when: 'one of several prefixes fits (OR within a list)',
    facts: vacancy({ industryCode: '439910' }),
    channels: ['alle', 'bygge'],
  },
  { when: 'a prefix is not at the start of the code', facts: vacancy({ industryCode: '104100' }), channels: ['alle'] },
  { when: 'the company has no industry code', facts: vacancy({ industryCode: null }), channels: ['alle'] },
  {
    when: 'the keyword is inside a word, not at its start',
    facts: vacancy({ text: 'Fødevarelager' }),
    channels: ['alle'],
  },
  {
    when: 'the keyword differs in case and accents',
    facts: vacancy({ text: 'LAGER-chauffør' }),
    channels: ['alle', 'lager'],
  },
  {
    when: 'either subscription of a channel matches, the channel is named once',
    facts: vacancy({ topics: ['fleksjob'], postcode: '4300' }),
    channels: ['alle', 'fleks'],
  },
];

describe('Which channels hear of a vacancy', () => {
  for (const { when, facts, channels } of CASES) {
    it(`when ${when}, then exactly ${channels.join(', ')} get it`, () => {
      assert.deepEqual(matchingChannels(SUBSCRIPTIONS, facts), channels);
    });
  }
  it('when a tenant has no subscriptions, then nobody is told', () => {
    assert.deepEqual(matchingChannels([], vacancy({ topics: ['rekruttering'] })), []);
  });
});

describe('When a failed alert is tried again', () => {
  const policy = { baseMs: 1_000, maxMs: 60_000, maxAttempts: 5 };
  it('when attempts fail in a row, then the delay doubles within its jitter band and stops at the cap', () => {
    assert.equal(
      retryDelayMs(policy, 1, null, () => 0),
      500,
    );
    assert.equal(
      retryDelayMs(policy, 1, null, () => 1),
      1_000,
    );
    assert.equal(
      retryDelayMs(policy, 3, null, () => 1),
      4_000,
    );
    assert.equal(
      retryDelayMs(policy, 20, null, () => 1),
      60_000,
    );
  });
  it('when Teams says Retry-After, then the delay is never shorter', () => {
    assert.equal(
      retryDelayMs(policy, 1, 7_000, () => 0),
      7_000,
    );
  });
  it('when the last attempt fails, then the row is exhausted', () => {
    assert.equal(isExhausted(policy, 4), false);
    assert.equal(isExhausted(policy, 5), true);
  });
  it('when sends are spaced for 7 per second, then no second can hold an 8th', () => {
    assert.ok(7 * spacingMs(7) > 1_000);
    assert.ok(50 * spacingMs(50) > 1_000);
  });
});

import assert from 'node:assert/strict';
import { suggestTopics } from '../../addin/src/topic-suggestions.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';

describe('add-in topic suggestions (topic-suggestions)', () => {
  it('when the email names a topic, also inside a longer word, then that topic is suggested', () => {
    assert.deepEqual(
      suggestTopics(DEFAULT_TOPICS, 'Spørgsmål om løntilskudsregler\nHvordan fungerer løntilskud hos private?'),
      ['loentilskud'],
    );
    assert.deepEqual(suggestTopics(DEFAULT_TOPICS, 'IGU-forløb: vi tager to nye elever'), ['igu']);
  });

  it('when the email names several topics, then they come in the tenant’s order, Danish or English names alike', () => {
    assert.deepEqual(
      suggestTopics(DEFAULT_TOPICS, 'Mentorordning for ny medarbejder. Our recruitment plan is attached.'),
      ['rekruttering', 'mentor'],
    );
    assert.deepEqual(suggestTopics(DEFAULT_TOPICS, 'A flex-job of 15 hours a week'), ['fleksjob']);
  });

  it('when a name only appears inside another word, or nothing is named, then nothing is suggested', () => {
    assert.deepEqual(suggestTopics(DEFAULT_TOPICS, 'Se figuren i bilaget'), []);
    assert.deepEqual(suggestTopics(DEFAULT_TOPICS, 'Torsdag kl. 10 passer fint.'), []);
    assert.deepEqual(suggestTopics(DEFAULT_TOPICS, null), []);
  });

  it('when the tenant has its own topics, then only those are suggested', () => {
    const own = [{ key: 'sommerjob', da: 'Sommerjob', en: 'Summer job', cooperation: false }];
    assert.deepEqual(suggestTopics(own, 'Har I unge til sommerjobbet? Mentor ønskes.'), ['sommerjob']);
  });
});

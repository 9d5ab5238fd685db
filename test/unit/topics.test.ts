import assert from 'node:assert/strict';
import {
  DEFAULT_TOPICS,
  cooperationTopicKeys,
  topicLabel,
  unknownTopics,
  type Topic,
} from '../../src/domain/topics.js';

describe('topics', () => {
  it('when a tenant starts, then the default topics are the agreed stable ASCII keys', () => {
    assert.deepEqual(
      DEFAULT_TOPICS.map((t) => t.key),
      [
        'rekruttering',
        'virksomhedspraktik',
        'loentilskud',
        'opkvalificering',
        'fastholdelse',
        'fleksjob',
        'skaanejob',
        'mentor',
        'jobrotation',
        'voksenlaerling',
        'igu',
        'partnerskab',
        'virksomhedsbesoeg',
      ],
    );
    for (const topic of DEFAULT_TOPICS) assert.match(topic.key, /^[a-z]+$/);
  });

  it('when samarbejdsgrad is measured, then exactly the six cooperation topics count', () => {
    assert.deepEqual(cooperationTopicKeys(DEFAULT_TOPICS).sort(), [
      'fleksjob',
      'jobrotation',
      'loentilskud',
      'mentor',
      'skaanejob',
      'virksomhedspraktik',
    ]);
  });

  it('when a label is shown, then Danish has æøå and English follows DOMAIN.md', () => {
    assert.equal(topicLabel(DEFAULT_TOPICS, 'loentilskud', 'da'), 'Løntilskud');
    assert.equal(topicLabel(DEFAULT_TOPICS, 'loentilskud', 'en'), 'Wage subsidy');
    assert.equal(topicLabel(DEFAULT_TOPICS, 'skaanejob', 'da'), 'Skånejob');
    assert.equal(topicLabel(DEFAULT_TOPICS, 'virksomhedsbesoeg', 'da'), 'Virksomhedsbesøg');
    assert.equal(topicLabel(DEFAULT_TOPICS, 'virksomhedspraktik', 'en'), 'Work placement');
  });

  it('when a contact carries a topic the tenant has removed, then its key is shown', () => {
    assert.equal(topicLabel(DEFAULT_TOPICS, 'retired_topic', 'da'), 'retired_topic');
  });

  it('when a tenant configures its own topics, then labels come from them', () => {
    const topics: Topic[] = [{ key: 'job_bank', da: 'Jobbank', en: 'Job bank', cooperation: false }];
    assert.equal(topicLabel(topics, 'job_bank', 'en'), 'Job bank');
    assert.equal(topicLabel(topics, 'loentilskud', 'da'), 'loentilskud');
  });

  it('when keys are checked, then the unknown ones are returned once each, in order', () => {
    assert.deepEqual(unknownTopics(DEFAULT_TOPICS, ['mentor', 'x', 'igu', 'y', 'x']), ['x', 'y']);
    assert.deepEqual(unknownTopics(DEFAULT_TOPICS, ['mentor']), []);
  });
});

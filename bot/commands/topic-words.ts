import { DEFAULT_TOPICS, type Topic } from '../../src/domain/topics.js';

/**
 * Topic words as people type them: the stored key, the Danish and English labels, with or without
 * æøå, and a few everyday synonyms of the default topics.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  rekruttering: ['formidling', 'recruiting', 'placement'],
  virksomhedspraktik: ['praktik', 'internship'],
  fleksjob: ['flexjob', 'flex job', 'flex jobs', 'fleksjobs'],
  skaanejob: ['skaanejobs', 'sheltered jobs'],
  mentor: ['mentorordning', 'mentors'],
  voksenlaerling: ['voksenlaerlinge', 'adult apprentices', 'apprentice', 'apprentices'],
  igu: ['integrationsgrunduddannelse', 'integration training'],
  partnerskab: ['partnerskaber', 'samarbejdsaftale', 'partnership', 'partnerships'],
  virksomhedsbesoeg: ['besoeg', 'company visits'],
};

/** Lower case with æ/ø/å (and é, ü, ...) spelled in ASCII, punctuation turned into spaces. */
export function foldWord(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface TopicPhrase {
  /** Folded words, e.g. ["work", "placement"]. */
  words: string[];
  key: string;
}

/** Every phrase that names a topic, longest first so "flex job" wins over "job". */
export function topicPhrases(topics: readonly Topic[] = DEFAULT_TOPICS): TopicPhrase[] {
  const phrases = new Map<string, string>();
  for (const topic of topics) {
    const names = [
      topic.key,
      topic.da,
      topic.en,
      topic.en.replace(/\s*\(.*\)\s*/g, ' '),
      ...(SYNONYMS[topic.key] ?? []),
    ];
    for (const name of names) {
      const folded = foldWord(name);
      if (folded !== '' && !phrases.has(folded)) phrases.set(folded, topic.key);
    }
  }
  return [...phrases]
    .map(([folded, key]) => ({ words: folded.split(' '), key }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** The topic key a whole text names ("Løntilskud", "wage subsidy", "loentilskud"), or null. */
export function resolveTopicKey(text: string, topics: readonly Topic[] = DEFAULT_TOPICS): string | null {
  const folded = foldWord(text);
  if (folded === '') return null;
  return topicPhrases(topics).find((phrase) => phrase.words.join(' ') === folded)?.key ?? null;
}

import { DEFAULT_TOPICS, type Topic } from '../../src/domain/topics.js';
import { foldWord, topicPhrases } from './topic-words.js';

/** What a channel subscription matches: topic keys, DB07 code prefixes, postcodes, free words. */
export interface SubscriptionFilters {
  topics: string[];
  industryPrefixes: string[];
  postcodes: string[];
  keywords: string[];
}

export interface ParsedSubscriptionFilters extends SubscriptionFilters {
  /** Tokens that fit nothing (a 1- or 7-digit number, "4000x"): shown back so the user can fix them. */
  unknownWords: string[];
}

const MAX_ARGUMENT = 500;
const MAX_PER_LIST = 20;

// Words that only glue a list together or name what follows ("postnumre 4000 og 4030").
const FILLERS = new Set([
  'og',
  'and',
  'eller',
  'or',
  'samt',
  'plus',
  'til',
  'to',
  'for',
  'paa',
  'on',
  'in',
  'i',
  'med',
  'with',
  'om',
  'about',
  'af',
  'of',
  'the',
  'alle',
  'all',
  'nye',
  'new',
  'stillinger',
  'stilling',
  'vacancies',
  'vacancy',
  'jobs',
  'job',
  'emne',
  'emner',
  'topic',
  'topics',
  'postnummer',
  'postnumre',
  'postnr',
  'postcode',
  'postcodes',
  'zip',
  'branche',
  'brancher',
  'branchekode',
  'branchekoder',
  'industry',
  'industries',
  'kode',
  'koder',
  'code',
  'codes',
  'db07',
  'nace',
  'noegleord',
  'keyword',
  'keywords',
  'ord',
  'words',
  'inden',
  'within',
  'indenfor',
]);

/**
 * "rekruttering, 4000, 412000" -> topics ["rekruttering"], postcodes ["4000"], industry ["412000"].
 * Topic keys or labels (da/en, with or without æøå) become keys; 4 digits are a postcode; 2, 3, 5
 * or 6 digits (or a dotted "41.20") a DB07 code prefix; other words are keywords.
 */
export function parseSubscriptionFilters(
  argument: string,
  topics: readonly Topic[] = DEFAULT_TOPICS,
): ParsedSubscriptionFilters {
  const result: ParsedSubscriptionFilters = {
    topics: [],
    industryPrefixes: [],
    postcodes: [],
    keywords: [],
    unknownWords: [],
  };
  const tokens = argument
    .slice(0, MAX_ARGUMENT)
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;/+&|]+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => token !== '');
  const folded = tokens.map(foldWord);
  const phrases = topicPhrases(topics);

  for (let i = 0; i < tokens.length;) {
    const phrase = phrases.find((p) => p.words.every((word, j) => folded[i + j] === word));
    if (phrase) {
      add(result.topics, phrase.key);
      i += phrase.words.length;
      continue;
    }
    classify(tokens[i] ?? '', folded[i] ?? '', result);
    i += 1;
  }
  return result;
}

function classify(token: string, folded: string, result: ParsedSubscriptionFilters): void {
  if (FILLERS.has(folded)) return;
  const postcode = /^(?:dk-?)?(\d{4})$/.exec(token);
  if (postcode?.[1]) return add(result.postcodes, postcode[1]);
  if (/^\d{2}(?:\.\d{1,2}){1,2}$/.test(token)) return add(result.industryPrefixes, token.replace(/\./g, ''));
  if (/^\d+$/.test(token)) {
    return [2, 3, 5, 6].includes(token.length) ? add(result.industryPrefixes, token) : add(result.unknownWords, token);
  }
  if (/^\p{L}[\p{L}\p{N}'’-]*$/u.test(token) && [...token].length >= 2) return add(result.keywords, token);
  add(result.unknownWords, token);
}

function add(list: string[], value: string): void {
  if (list.length < MAX_PER_LIST && !list.includes(value)) list.push(value);
}

import type { Locale } from '../i18n/strings.js';
import { cleanMessageText } from './clean-text.js';
import { foldWord } from './topic-words.js';

export {
  parseSubscriptionFilters,
  type ParsedSubscriptionFilters,
  type SubscriptionFilters,
} from './subscription-filters.js';

export type CommandKind = 'history' | 'company' | 'vacancies' | 'subscribe' | 'unsubscribe' | 'help';

/** A message read as a command. `argument` is what the command is about ('' when nothing). */
export interface ParsedCommand {
  kind: CommandKind;
  argument: string;
  locale: Locale;
}

type Language = Locale | 'either';
interface Keyword {
  kind: CommandKind;
  language: Language;
  /** Weak words ("find", "søg") only count when no command word is found. */
  weak?: boolean;
}

// Keys are folded (æ -> ae, ø -> oe, å -> aa), so "hjælp", "hjaelp" and "HJÆLP" are one word.
const KEYWORDS: ReadonlyMap<string, Keyword> = new Map([
  ...words(
    'history',
    'da',
    'historik historikken historie historien kontakthistorik kontakthistorikken tidslinje tidslinjen',
  ),
  ...words('history', 'en', 'history timeline'),
  ...words(
    'company',
    'da',
    'virksomhed virksomheden virksomheder virksomhederne firma firmaet arbejdsgiver arbejdsgiveren',
  ),
  ...words('company', 'en', 'company companies firm employer'),
  ...words('company', 'da', 'soeg slaa', true),
  ...words('company', 'en', 'search lookup look', true),
  ...words('company', 'either', 'find', true),
  ...words('vacancies', 'da', 'stillinger stilling stillingerne ledige jobordre jobordrer jobordrerne jobopslag'),
  ...words('vacancies', 'en', 'vacancies vacancy openings jobs'),
  ...words('subscribe', 'da', 'abonner abonnere tilmeld tilmelde'),
  ...words('subscribe', 'en', 'subscribe'),
  ...words('unsubscribe', 'da', 'afmeld afmelde frameld framelde opsig'),
  ...words('unsubscribe', 'en', 'unsubscribe'),
  ...words('help', 'da', 'hjaelp hjalp kommandoer vejledning'),
  ...words('help', 'en', 'help commands'),
  ...words('help', 'either', 'menu'),
]);

function words(kind: CommandKind, language: Language, list: string, weak = false): Array<[string, Keyword]> {
  return list.split(' ').map((word) => [word, weak ? { kind, language, weak } : { kind, language }]);
}

// A command word must come early: "hvad har vi af historik med ..." is five words in.
const KEYWORD_WINDOW = 10;
const MAX_ARGUMENT = 200;

// Glue between the command word and its subject ("historik MED Novo", "vacancies FOR rekruttering").
const LEADING_FILLERS = new Set(
  'med with for om about vores our af of i in paa on til to the hos at fra from over alle all mine my op up'.split(' '),
);
// The noun after a command word or a search verb ("historik med VIRKSOMHEDEN Novo", "find COMPANY x").
const COMPANY_NOUNS = new Set(['virksomhed', 'virksomheden', 'firma', 'firmaet', 'company', 'firm', 'employer']);
const TRAILING_FILLERS = new Set('tak thanks thank please venligst pls'.split(' '));
const QUOTES = `"'«»“”„‘’\``;

// Everyday words that give the language away when the command word does not.
const ENGLISH = new Set(
  'what is our with the show me please can you do about have we any of in on hi hello hey thanks tell get list which how does this are there my want would like see give open to'.split(
    ' ',
  ),
);
const DANISH = new Set(
  'hvad er vores med har vi af vis mig om til paa og hej tak kan du jeg se gerne giv hvilke hvordan nogen alle hos fra venligst noget'.split(
    ' ',
  ),
);

/**
 * Reads a message (with or without its @mention, HTML or markdown) as a command, in Danish or
 * English, forgiving of natural phrasing. Anything unrecognised is help, so the bot never stays
 * silent.
 */
export function parseCommand(text: string): ParsedCommand {
  const clean = cleanMessageText(text);
  const tokens = clean === '' ? [] : clean.split(' ');
  const keys = tokens.map((token) => foldWord(token));

  const found = findKeyword(keys);
  if (!found) return { kind: 'help', argument: '', locale: localeOf('either', keys.slice(0, KEYWORD_WINDOW)) };

  const { index, keyword } = found;
  let start = index + 1;
  while (start < keys.length && isGlue(keys[start] ?? '', keyword.kind)) start += 1;

  const locale = localeOf(keyword.language, keys.slice(0, start));
  const kind = keyword.kind;
  const argument = kind === 'help' ? '' : tidyArgument(tokens.slice(start));
  return { kind, argument, locale };
}

function findKeyword(keys: readonly string[]): { index: number; keyword: Keyword } | null {
  let weak: { index: number; keyword: Keyword } | null = null;
  for (let index = 0; index < Math.min(keys.length, KEYWORD_WINDOW); index++) {
    const keyword = KEYWORDS.get(keys[index] ?? '');
    if (!keyword) continue;
    if (!keyword.weak) return { index, keyword };
    weak ??= { index, keyword };
  }
  return weak;
}

function isGlue(key: string, kind: CommandKind): boolean {
  if (LEADING_FILLERS.has(key)) return true;
  const keyword = KEYWORDS.get(key);
  // "ledige stillinger", "find virksomheden": more words for the same command.
  if (keyword && (keyword.kind === kind || keyword.weak)) return true;
  return (kind === 'history' || kind === 'company') && COMPANY_NOUNS.has(key);
}

function tidyArgument(tokens: readonly string[]): string {
  const rest = [...tokens];
  const trimEnd = () => {
    const last = rest.length - 1;
    const cleaned = (rest[last] ?? '').replace(new RegExp(`[?!.,;:${QUOTES}]+$`, 'u'), '');
    if (cleaned === '') rest.pop();
    else rest[last] = cleaned;
  };
  for (let changed = true; changed && rest.length > 0;) {
    const before = rest.join(' ');
    trimEnd();
    if (rest.length > 0 && TRAILING_FILLERS.has(foldWord(rest[rest.length - 1] ?? ''))) rest.pop();
    changed = rest.join(' ') !== before;
  }
  const argument = rest
    .join(' ')
    .replace(new RegExp(`^[${QUOTES}]+`, 'u'), '')
    .trim();
  return [...argument].slice(0, MAX_ARGUMENT).join('').trim();
}

function localeOf(language: Language, phrasing: readonly string[]): Locale {
  const lean = language === 'en' ? 2 : language === 'da' ? -2 : 0;
  return lean + phrasingScore(phrasing) > 0 ? 'en' : 'da';
}

function phrasingScore(keys: readonly string[]): number {
  let score = 0;
  for (const key of keys) {
    if (ENGLISH.has(key)) score += 1;
    if (DANISH.has(key)) score -= 1;
  }
  return score;
}

/**
 * CPR numbers (Danish personal identity numbers) must never reach the shared history, logs or
 * channels. This module finds and redacts them, and flags health words for a warning.
 *
 * Detection rule (DOMAIN.md, "Identifiers"):
 *
 * 1. A candidate is DDMMYY + optional separator (hyphen/dash, space or none) + SSSS that stands
 *    alone: no letter or digit directly before or after (so it is not part of a longer digit run
 *    or a code like "ABC1012697712"), not the integer part of "1012697712,50", and not joined by a
 *    hyphen/dash to more digits on either side ("Ref: 3008230209-0001", "Sag 2024-1012697712":
 *    one longer reference, not a CPR number).
 * 2. The birth date must exist and must not be in the future, with the century taken from the
 *    7th digit and YY. Otherwise it is never a CPR.
 * 3. Score the candidate and redact it when the score is >= 0:
 *      +2 hyphen/dash separator, +1 space separator, 0 none;
 *      +1 modulus 11 holds (only ever a bonus: valid post-2007 numbers may fail it);
 *      +3 the nearest context word before it (within 40 chars) raises (cpr, personnummer, født...);
 *      -3 it is labelled by a lowering word (p-nr, cvr, faktura, konto, tlf, ...): a strong label
 *         ("p-nummer", "kontonr.") within 25 chars with no digits or clause break in between, a
 *         weak word ("konto", "tlf") only when directly in front; a list after such a label
 *         ("P-numre: 1012697712, 1012697713") inherits it, and so does "1012697712 (P-nr.)";
 *      -3 it is followed by a currency ("kr.", "DKK") or is one group of a spaced digit run.
 *    So a bare valid date-shaped number is redacted unless something labels it as another
 *    number; a P-number after "p-nr" is kept; "CPR" nearest before always wins.
 */

export const CPR_REPLACEMENT = '[CPR fjernet]';

const DASHES = '\\-\u2010\u2011\u2012\u2013\u2212';
const SPACES = ' \u00A0\u202F';

const CANDIDATE = new RegExp(
  [
    // Not glued to a word, a digit run or "1.012...", nor the tail of a hyphenated reference.
    `(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?<!\\p{N}[${DASHES}])`,
    `(\\d{2})(\\d{2})(\\d{2})([${DASHES}${SPACES}]?)(\\d)(\\d{3})`, // DD MM YY [sep] S SSS
    // Not followed by more of a word, a run, decimals or a hyphenated continuation ("-0001").
    `(?![\\p{L}\\p{N}])(?![.,]\\p{N})(?![${DASHES}]\\p{N})`,
  ].join(''),
  'gu',
);

const NR = '(?:nr|no|nummer\\p{L}*|numre\\p{L}*)';
const SEP = '[-.]?\\s?';

// One regex so that at each position the most specific alternative wins ("fakturanummer" is a
// strong label, "faktura" alone a weak one).
const CONTEXT = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])(?:',
    // Raising: words that announce a personal identity number.
    `(?<raise>cpr(?:${SEP}${NR})?|cprnr|person${SEP}(?:nr|nummer\\p{L}*|numre\\p{L}*)|pers${SEP}nr|` +
      'fødsels(?:nummer|nr|dato)\\p{L}*|født|fødte|civil registration|personal identity number|social security)',
    '|',
    // Strong labels: the number that follows is another kind of number.
    `(?<strong>p\\.?${SEP}${NR}|pnr|p-enhed\\p{L}*|produktionsenhed\\p{L}*|cvr(?:${SEP}${NR})?|se${SEP}nr|` +
      `ean(?:${SEP}(?:${NR}|kode))?|gln(?:${SEP}${NR})?|reg(?:\\.|istrerings)?${SEP}${NR}|` +
      '(?:kunde|faktura|ordre|bilags?|konto|vare|serie|police|journal|abonnements?|forsendelses|sporings|' +
      `kvitterings|medlems|invoice|order|account|customer)${SEP}${NR}|` +
      `j${SEP}nr)`,
    '|',
    // Weak words: only a label when directly in front of the number.
    `(?<weak>faktura\\p{L}*|ordre\\p{L}*|bilag\\p{L}*|konto(?!r)\\p{L}*|tlf|telefon\\p{L}*|mobil\\p{L}*|fax|` +
      `invoice|order|account|phone|mobile|tel)`,
    ')(?![\\p{L}])',
  ].join(''),
  'giu',
);

const RAISE_WINDOW = 40;
const STRONG_WINDOW = 25;
const WEAK_GAP = /^[\s.:#=()\-/]*(?:(?:nr|no|nummer|number)\.?[\s.:#=()\-/]*)?$/iu;
const LIST_GAP = /^\s*(?:[,;/&]|og|samt|eller|and|or)?\s*$/iu;
const CURRENCY_AFTER = /^\s?(?:kr\b|dkk\b|,-|eur\b|€|usd\b)/iu;

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** The birth year a CPR encodes, from YY and the 7th digit (the first digit of SSSS). */
export function cprBirthYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/** Modulus 11 on the ten digits. A bonus only: valid numbers issued since 2007 may fail it. */
export function passesCprModulus11(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  const sum = MOD11_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(tenDigits[i]), 0);
  return sum % 11 === 0;
}

/** True when the ten digits encode a real birth date that is not after `now` (UTC days). */
export function hasPlausibleCprDate(tenDigits: string, now: Date = new Date()): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  const day = Number(tenDigits.slice(0, 2));
  const month = Number(tenDigits.slice(2, 4));
  const year = cprBirthYear(Number(tenDigits.slice(4, 6)), Number(tenDigits[6]));
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Date.UTC(year, month - 1, day) <= today;
}

interface ContextWord {
  kind: 'raise' | 'strong' | 'weak';
  start: number;
  end: number;
}

interface Candidate {
  start: number;
  end: number;
  digits: string;
  separator: string;
  plausible: boolean;
}

function contextWords(text: string): ContextWord[] {
  const words: ContextWord[] = [];
  for (const m of text.matchAll(CONTEXT)) {
    const groups = m.groups ?? {};
    const kind = groups['raise'] ? 'raise' : groups['strong'] ? 'strong' : 'weak';
    words.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return words;
}

function candidates(text: string, now: Date): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, dd, mm, yy, separator, seventh, rest] = m;
    const digits = `${dd}${mm}${yy}${seventh}${rest}`;
    const plausible = hasPlausibleCprDate(digits, now);
    found.push({ start: m.index, end: m.index + whole.length, digits, separator: separator ?? '', plausible });
  }
  return found;
}

/** The nearest context word ending before `position` within the raise window, if any. */
function nearestContext(words: readonly ContextWord[], position: number): ContextWord | undefined {
  let nearest: ContextWord | undefined;
  for (const word of words) {
    if (word.end > position) break;
    if (word.end >= position - RAISE_WINDOW) nearest = word;
  }
  return nearest;
}

function labelsCandidate(text: string, word: ContextWord, candidate: Candidate): boolean {
  const gap = text.slice(word.end, candidate.start);
  if (word.kind === 'weak') return WEAK_GAP.test(gap);
  return gap.length <= STRONG_WINDOW && !/\p{N}/u.test(gap) && !/[,;\n]/u.test(gap) && !/[.!?]\s+\p{Lu}/u.test(gap);
}

// "1012697712 (P-nr.)": a strong label directly after the number also names it.
function isLabelledAfter(text: string, words: readonly ContextWord[], candidate: Candidate): boolean {
  const next = words.find((word) => word.start >= candidate.end);
  return next?.kind === 'strong' && /^[\s(\[:,\-]{0,3}$/u.test(text.slice(candidate.end, next.start));
}

function isInSpacedDigitRun(text: string, candidate: Candidate): boolean {
  if (!/^\s$/u.test(candidate.separator)) return false;
  const before = text.slice(Math.max(0, candidate.start - 2), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 2);
  return /\p{N}[ \t\u00A0\u202F]$/u.test(before) || /^[ \t\u00A0\u202F]\p{N}/u.test(after);
}

/** The spans [start, end) of the CPR numbers in the text, in order. */
export function findCprSpans(text: string, now: Date = new Date()): Array<{ start: number; end: number }> {
  const found = candidates(text, now);
  if (!found.some((c) => c.plausible)) return [];
  const words = contextWords(text);
  const spans: Array<{ start: number; end: number }> = [];
  let previous: { candidate: Candidate; labelled: boolean } | undefined;

  for (const candidate of found) {
    let score = 0;
    if (candidate.separator !== '') score += /^\s$/u.test(candidate.separator) ? 1 : 2;
    if (passesCprModulus11(candidate.digits)) score += 1;

    const word = nearestContext(words, candidate.start);
    const inheritsLabel =
      previous?.labelled === true && LIST_GAP.test(text.slice(previous.candidate.end, candidate.start));
    let labelled = false;
    if (word?.kind === 'raise' && !inheritsLabel) {
      score += 3;
    } else if (
      (word && word.kind !== 'raise' && labelsCandidate(text, word, candidate)) ||
      inheritsLabel ||
      isLabelledAfter(text, words, candidate)
    ) {
      labelled = true;
      score -= 3;
    }
    if (CURRENCY_AFTER.test(text.slice(candidate.end, candidate.end + 6))) score -= 3;
    if (isInSpacedDigitRun(text, candidate)) score -= 3;

    if (candidate.plausible && score >= 0) spans.push({ start: candidate.start, end: candidate.end });
    previous = { candidate, labelled };
  }
  return spans;
}

/** The text with every detected CPR number replaced by CPR_REPLACEMENT. */
export function redactCpr(text: string, now: Date = new Date()): string {
  const spans = findCprSpans(text, now);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    result += text.slice(cursor, span.start) + CPR_REPLACEMENT;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

export function containsCpr(text: string, now: Date = new Date()): boolean {
  return findCprSpans(text, now).length > 0;
}

/**
 * Words that suggest health information about a citizen. Matched as whole words,
 * case-insensitively, also with common Danish endings ("diagnosen", "sygemeldte").
 */
export const HEALTH_WORDS: readonly string[] = Object.freeze([
  'syg',
  'sygdom',
  'sygemeldt',
  'sygemelding',
  'sygefravær',
  'sygeorlov',
  'raskmeldt',
  'diagnose',
  'diagnosticeret',
  'depression',
  'depressiv',
  'stress',
  'stresset',
  'angst',
  'kræft',
  'cancer',
  'kemoterapi',
  'misbrug',
  'alkoholmisbrug',
  'stofmisbrug',
  'alkoholiker',
  'handicap',
  'handicappet',
  'psykiatri',
  'psykiatrisk',
  'psykisk',
  'psykolog',
  'medicin',
  'hospital',
  'sygehus',
  'indlagt',
  'indlæggelse',
  'behandling',
  'lægeerklæring',
  'læge',
  'speciallæge',
  'operation',
  'opereret',
  'genoptræning',
  'arbejdsskade',
  'fysioterapi',
  'kronisk',
  'smerter',
  'sclerose',
  'diabetes',
  'epilepsi',
  'gigt',
  'migræne',
  'hjerneskade',
  'blodprop',
  'ptsd',
  'adhd',
  'autisme',
  'skizofreni',
  'bipolar',
  'personlighedsforstyrrelse',
  'spiseforstyrrelse',
  'selvmord',
  'gravid',
  'graviditet',
]);

const HEALTH_SUFFIXES = [
  '',
  'e',
  'en',
  'et',
  'er',
  'erne',
  'ens',
  'ets',
  'es',
  'ede',
  'ende',
  's',
  't',
  'ne',
  'n',
  'r',
  'rne',
  'ns',
] as const;

// Every inflected form maps back to its list word, so the warning can name it.
const HEALTH_FORMS: ReadonlyMap<string, string> = new Map(
  HEALTH_WORDS.flatMap((word) => HEALTH_SUFFIXES.map((suffix) => [`${word}${suffix}`, word] as const)).reverse(),
);

/** The health words (as listed in HEALTH_WORDS) found in the text, deduplicated, in order of appearance. */
export function findHealthWords(text: string): string[] {
  const found = new Set<string>();
  for (const [token] of text
    .normalize('NFC')
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    const word = HEALTH_FORMS.get(token);
    if (word !== undefined) found.add(word);
  }
  return [...found];
}

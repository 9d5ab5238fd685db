/**
 * Does a captured text look like it is about a citizen rather than the company? Health words, or a
 * person's name next to "praktik" / "løntilskud", make capture default to metadata only, and the
 * logger is told why (DOMAIN.md, "Personal data"). Pure; Danish first.
 *
 * False positives are kept low on purpose: words that are also everyday business words (a hospital
 * is an employer, "behandling" is also "processing") count only next to a placement word, and a
 * name counts only when it looks like a person's (a common first name, or "borgeren X") and is not
 * one of the message's own participants (signatures).
 */
import { findHealthWords } from './cpr.js';

export type SensitiveReason =
  { kind: 'health'; words: string[] } | { kind: 'citizen-in-placement'; placementWord: string };

export interface SensitiveFinding {
  reasons: SensitiveReason[];
}

/** Health words that are also ordinary words in company mail: only counted near a placement word. */
const AMBIGUOUS_HEALTH_WORDS: ReadonlySet<string> = new Set([
  'syg',
  'stress',
  'stresset',
  'medicin',
  'hospital',
  'sygehus',
  'behandling',
  'læge',
  'operation',
  'handicap',
]);

const PLACEMENT = /(?<![\p{L}])(virksomhedspraktik\p{L}*|praktik\p{L}*|løntilskud\p{L}*)(?![\p{L}])/giu;
const WINDOW = 80;

/** Common Danish first names: a capitalised one followed by a capitalised word reads as a person. */
const FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'anne kirsten hanne mette anna helle susanne lene maria marianne inge karen lone bente camilla pia louise charlotte ' +
    'jette tina gitte lise emma julie ida sofie laura freja signe mia sara line katrine maja caroline nanna ' +
    'peter jens lars michael henrik søren thomas jan niels christian martin rasmus morten jesper anders mads ' +
    'kim frederik hans per mikkel nikolaj jakob ole kasper mathias jonas simon lasse william oliver noah lucas ' +
    'carl victor emil magnus mohammed ali ahmed fatima omar yusuf hassan'
  ).split(' '),
);
const CITIZEN_MARKER =
  /(?<![\p{L}])(?:[Bb]orger(?:en)?|[Kk]andidat(?:en)?|[Pp]raktikant(?:en)?|[Ll]edige?|[Hh]r\.|[Ff]ru)\s+(\p{Lu}\p{Ll}+)/gu;
// The second word is a lookahead so that "Kan Fatima Ali" still yields the pair "Fatima Ali".
const NAME_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=\s+(\p{Lu}\p{Ll}+))/gu;

/** The reasons a text is sensitive, or null. `knownNames` (the participants) never count as citizens. */
export function detectSensitiveContent(
  text: string,
  knownNames: readonly (string | null)[] = [],
): SensitiveFinding | null {
  const normalized = text.normalize('NFC');
  const placements = [...normalized.matchAll(PLACEMENT)].map((m) => ({ word: m[0].toLowerCase(), at: m.index }));
  const near = (at: number) => placements.find((p) => Math.abs(p.at - at) <= WINDOW);
  const reasons: SensitiveReason[] = [];

  const health = findHealthWords(normalized).filter(
    (word) => !AMBIGUOUS_HEALTH_WORDS.has(word) || placements.some((p) => healthWordNear(normalized, word, p.at)),
  );
  if (health.length > 0) reasons.push({ kind: 'health', words: health });

  const known = new Set(knownNames.flatMap((name) => (name ?? '').toLowerCase().split(/[\s,]+/)).filter(Boolean));
  const citizenAt = [
    ...[...normalized.matchAll(CITIZEN_MARKER)].filter((m) => !known.has(m[1]!.toLowerCase())).map((m) => m.index),
    ...[...normalized.matchAll(NAME_PAIR)]
      .filter(
        (m) =>
          FIRST_NAMES.has(m[1]!.toLowerCase()) && !(known.has(m[1]!.toLowerCase()) && known.has(m[2]!.toLowerCase())),
      )
      .map((m) => m.index),
  ];
  const placement = citizenAt.map(near).find((p) => p !== undefined);
  if (placement) reasons.push({ kind: 'citizen-in-placement', placementWord: placement.word });

  return reasons.length > 0 ? { reasons } : null;
}

function healthWordNear(text: string, word: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - WINDOW), at + WINDOW);
  return findHealthWords(window).includes(word);
}

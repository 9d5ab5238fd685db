/**
 * The normalised form stored for company-name search and applied to queries, so that
 * "Østergård", "Østergaard" and "ostergaard" all find each other.
 */

// Letters that NFKD does not decompose (or that Danes spell out) are mapped first.
const SPELLED_OUT: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  å: 'aa',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
  ł: 'l',
};

const SPELLED_OUT_PATTERN = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'gu');

/** Lowercase, Danish letters spelled out, other diacritics stripped, punctuation runs as one space. */
export function toSearchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(SPELLED_OUT_PATTERN, (ch) => SPELLED_OUT[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The summary the log form starts from, drafted from the email's text: what it says, without the
 * greeting ("Hej Mette,") and the signature ("Venlig hilsen" and all below it). Empty when the text
 * is sensitive: a draft would copy a citizen's details into the shared history. Pure: no React, no Office.
 */
import { detectSensitiveContent, findHealthWords } from '../../web-shared/sensitive-content.js';

const DRAFT_LINES = 4;
const DRAFT_CHARS = 400;

/** A short opening line that only greets ("Hej Mette,", "Kære alle", "Hi Tom!"). */
const GREETING =
  /^(?:hej|hejsa|hey|kære|goddag|god\s+(?:morgen|eftermiddag)|hi|hello|dear)(?:\s+[\p{L}.-]+){0,3}\s*[,!:]?$/iu;

/** A sign-off: it and every line below it are the signature. "-- " is the mail convention's marker. */
const SIGN_OFF =
  /^(?:(?:med\s+)?venlig(?:st)?\s+hilsen|de\s+bedste\s+hilsner|bedste\s+hilsner?|mange\s+hilsner|hilsen|mvh\.?|vh\.?|kind\s+regards|best\s+regards|best\s+wishes|regards)\b.{0,40}$|^--\s*$/iu;

/**
 * The draft from an email's text: its lines up to the sign-off, the greeting left out, at most four
 * lines and 400 characters (cut at a word). `sensitive` is the service's finding when it has one;
 * without it the text is checked here.
 */
export function draftSummary(text: string | null | undefined, sensitive?: boolean): string {
  const body = text ?? '';
  if (sensitive ?? isSensitive(body)) return '';
  const lines = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const signOff = lines.findIndex((line) => SIGN_OFF.test(line));
  const content = (signOff === -1 ? lines : lines.slice(0, signOff)).filter(
    (line, index) => !(index === 0 && GREETING.test(line)),
  );
  return cutAtWord(content.slice(0, DRAFT_LINES).join('\n'));
}

function isSensitive(text: string): boolean {
  return findHealthWords(text).length > 0 || detectSensitiveContent(text) !== null;
}

function cutAtWord(text: string): string {
  if (text.length <= DRAFT_CHARS) return text;
  const cut = text.slice(0, DRAFT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DRAFT_CHARS - 40))}…`;
}

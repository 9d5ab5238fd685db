/**
 * Plain, bounded, inert text from an Outlook body: what the shared history keeps as an excerpt.
 * The output is text for a text node, never markup: real tags are gone, entities decoded, and
 * invisible or direction-changing characters removed so what is shown is what is stored.
 */
import { compile, type HtmlToTextOptions } from 'html-to-text';
import { stripTeamsJoinBlocks } from './teams-join-block.js';

export const DEFAULT_MAX_EXCERPT_CHARS = 2000;

/** Bodies beyond this are cut before parsing: the excerpt needs the top, not a 20 MB newsletter. */
const MAX_INPUT_CHARS = 1_000_000;

const ELLIPSIS = '…';

// Elements whose content is never reading text (or is a reply we already have on record).
const SKIPPED_ELEMENTS = [
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'picture',
  'source',
  'track',
  'map',
  'img',
  'input',
  'select',
  'textarea',
  'button',
  'hr',
  'blockquote',
];

// Hidden by the sender; Outlook's `mso-hide:all` hides content in its own clients.
const HIDDEN_SELECTORS = [
  '[hidden]',
  '[style*="display:none" i]',
  '[style*="display: none" i]',
  '[style*="visibility:hidden" i]',
  '[style*="visibility: hidden" i]',
  '[style*="mso-hide:all" i]',
  '[style*="mso-hide: all" i]',
];

// Teams' join block in invitations, whatever its language; teams-join-block.ts catches other layouts.
const JOIN_BLOCK_SELECTORS = ['.me-email-text'];

const BLOCK_ELEMENTS = [
  'tr',
  'td',
  'th',
  'section',
  'center',
  'address',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'details',
  'summary',
];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // Depth guards the converter's recursion against hostile nesting; the input is cut beforehand.
  limits: { maxInputLength: MAX_INPUT_CHARS + 1, maxDepth: 256, ellipsis: '' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true, linkBrackets: false } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    ...BLOCK_ELEMENTS.map((selector) => ({ selector, format: 'block' })),
    ...SKIPPED_ELEMENTS.map((selector) => ({ selector, format: 'skip' })),
    ...HIDDEN_SELECTORS.map((selector) => ({ selector, format: 'skip' })),
    ...JOIN_BLOCK_SELECTORS.map((selector) => ({ selector, format: 'skip' })),
  ],
};

const toText = compile(OPTIONS);

/**
 * Where Outlook (web, new and classic), Gmail and Apple Mail start the quoted history in HTML.
 * Everything from there on is earlier mail, so the HTML is cut before parsing.
 */
const HTML_REPLY_MARKER =
  /<(?:div|hr|span|p)\b[^>]*?\b(?:id\s*=\s*["']?(?:x_)?(?:divRplyFwdMsg|appendonsend|mail-editor-reference-message-container|stopSpelling)\b|class\s*=\s*["']?(?:gmail_quote|OutlookMessageHeader|moz-cite-prefix)\b)/i;

// Text markers of quoted history, for text bodies, bodyPreview and headers Outlook writes as
// plain paragraphs (classic Outlook's "Fra:/Sendt:/Til:/Emne:" block).
const SEPARATOR_LINE =
  /-{3,}\s*(?:original message|oprindelig meddelelse|oprindelig besked|forwarded message|videresendt meddelelse|videresendt besked|videresendt e-mail|ursprüngliche nachricht)\s*-{3,}/i;
const FROM_LABEL = /(?:^|(?<=\s))(?:_{8,}\s*)?(?:fra|from|von)\s?:/gim;
const SENT_LABEL = /(?:^|\s)(?:sendt|sent|dato|date|gesendet)\s?:/i;
const TO_OR_SUBJECT_LABEL = /(?:^|\s)(?:til|to|an|emne|subject|betreff)\s?:/i;
// Gmail/Apple "On <date> X wrote:" / "Den <dato> skrev X:"; the date's digits keep ordinary prose out.
const WROTE_LINE = /^(?=[^\n]*\d)(?:on\b[^\n]{6,250}\bwrote|den\b[^\n]{6,250}\bskrev\b[^\n]{0,250}?)\s?:[ \t]*$/im;

// Characters that are invisible or change what is displayed: C0/C1 controls (not \n, \t),
// soft hyphen, bidi marks/embeddings/overrides/isolates, zero-width and other format characters.
const INVISIBLE =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
const SPACES = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Text with line breaks unified and invisible, control and bidi-override characters removed. */
export function stripInvisible(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(LONE_SURROGATE, '');
}

/** One line of display text (a subject, a name, a file name): cleaned, collapsed, bounded; null when empty. */
export function cleanInlineText(value: string | null | undefined, maxChars: number): string | null {
  if (typeof value !== 'string') return null;
  const text = stripInvisible(value.length > MAX_INPUT_CHARS ? value.slice(0, MAX_INPUT_CHARS) : value)
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : truncateAtWord(text, maxChars);
}

/** At most maxChars characters (ellipsis included), cut at a word boundary when there is one nearby. */
export function truncateAtWord(text: string, maxChars: number): string {
  const limit = Math.max(1, Math.floor(maxChars));
  if (text.length <= limit) return text;
  const room = limit - ELLIPSIS.length;
  if (room <= 0) return ELLIPSIS.slice(0, limit);
  let cut = room;
  if (!/\s/.test(text.charAt(room))) {
    const lastSpace = text.slice(0, room).search(/\s\S*$/);
    // A word longer than half the room (a URL, a token) is cut mid-word rather than dropped whole.
    if (lastSpace >= room / 2) cut = lastSpace;
  }
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

function looksLikeHtml(contentType: string | null | undefined, content: string): boolean {
  const type = contentType?.trim().toLowerCase();
  if (type === 'html') return true;
  if (type === 'text') return false;
  return /<\/?[a-z][^>]*>/i.test(content);
}

function htmlToPlain(html: string): string | null {
  const marker = HTML_REPLY_MARKER.exec(html);
  try {
    return toText(marker ? html.slice(0, marker.index) : html);
  } catch {
    return null; // a body the converter cannot read yields no excerpt, not a failed import
  }
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '' && !line.startsWith('>')) // '>' lines quote earlier mail in text bodies
    .join('\n');
}

/** Index where quoted history starts in tidied text, or the text's length when none is recognised. */
function replyHistoryStart(text: string): number {
  const starts: number[] = [];
  for (const pattern of [SEPARATOR_LINE, WROTE_LINE]) {
    const match = pattern.exec(text);
    if (match) starts.push(match.index);
  }
  // A From label counts only with a Sent/Date label and a To/Subject label right after it.
  for (const match of text.matchAll(FROM_LABEL)) {
    const header = text.slice(match.index + match[0].length, match.index + match[0].length + 600);
    if (SENT_LABEL.test(header) && TO_OR_SUBJECT_LABEL.test(header)) {
      starts.push(match.index);
      break;
    }
  }
  return Math.min(text.length, ...starts);
}

/**
 * Plain text from a Graph itemBody (HTML or text), without quoted reply history, bounded to
 * maxChars (ellipsis included); null when nothing readable is left.
 */
export function htmlToExcerpt(
  body: { contentType?: string | null; content?: string | null } | null | undefined,
  maxChars: number = DEFAULT_MAX_EXCERPT_CHARS,
): string | null {
  const content = body?.content;
  if (typeof content !== 'string' || content.trim() === '') return null;
  const bounded = content.length > MAX_INPUT_CHARS ? content.slice(0, MAX_INPUT_CHARS) : content;
  const plain = looksLikeHtml(body?.contentType, bounded) ? htmlToPlain(bounded) : bounded;
  if (plain === null) return null;
  // The Teams join block goes first: it carries the passcode and dial-in numbers of the meeting.
  const text = stripTeamsJoinBlocks(tidyLines(stripInvisible(plain)));
  const own = text
    .slice(0, replyHistoryStart(text))
    .replace(/(?:\n[-_=*~ ]*)+$/, '') // separator lines left dangling above the cut
    .trim();
  return own === '' ? null : truncateAtWord(own, maxChars);
}

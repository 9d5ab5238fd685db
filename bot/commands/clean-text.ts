/**
 * A Teams message's text as plain words: @mentions, HTML, entities, markdown and invisible
 * characters removed, whitespace collapsed. Bounded: a message longer than MAX_MESSAGE_CHARS is
 * read only as far as CONSIDERED_CHARS, so a pasted document costs no more than a question.
 */
export const MAX_MESSAGE_CHARS = 5000;
export const CONSIDERED_CHARS = 500;

const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function cleanMessageText(raw: string): string {
  let text = raw.length > MAX_MESSAGE_CHARS ? raw.slice(0, CONSIDERED_CHARS) : raw;
  text = text.normalize('NFC').replace(INVISIBLE, '');
  text = text.replace(/<at\b[^>]*>[\s\S]*?<\/at\s*>/gi, ' ');
  text = stripTags(text);
  // Decoded entities may spell tags ("&lt;script&gt;"): strip again after decoding.
  text = stripTags(decodeEntities(text)).replace(INVISIBLE, '');
  text = stripMarkdown(text);
  return text.replace(/\s+/g, ' ').trim();
}

function stripTags(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h\d)>/gi, '\n')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code === 0xa0) return ' ';
      return code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[#>]+\s*|[-+*]\s+|\d+[.)]\s+)+/, ''))
    .join('\n')
    .replace(/[*`~]+/g, '')
    .replace(/(^|[\s(])_+|_+(?=[\s).,!?:;]|$)/g, '$1');
}

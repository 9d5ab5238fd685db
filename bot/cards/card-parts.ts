import { redactCpr } from '../../src/domain/cpr.js';
import type { Locale } from '../i18n/strings.js';

/**
 * The building blocks every card shares. The rule they enforce: every text that reaches a card
 * passes through `redactCpr` and is shown as text. TextBlock and Fact text is markdown to Teams,
 * so markdown-significant characters are escaped; action titles are plain text and only cleaned.
 */

export const CARD_VERSION = '1.5';
const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export type TextColor = 'default' | 'attention' | 'warning' | 'good' | 'accent';
export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large';

export interface TextBlockJson {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'small' | 'default' | 'medium' | 'large';
  weight?: 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  style?: 'heading';
}
export interface FactSetJson {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  spacing?: Spacing;
}
export interface ContainerJson {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'attention' | 'warning' | 'good' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
}
export interface ColumnJson {
  type: 'Column';
  width: 'auto' | 'stretch';
  items: CardElement[];
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
}
export interface ColumnSetJson {
  type: 'ColumnSet';
  columns: ColumnJson[];
  spacing?: Spacing;
  separator?: boolean;
}
export interface ActionSetJson {
  type: 'ActionSet';
  actions: CardAction[];
}
export type CardElement = TextBlockJson | FactSetJson | ContainerJson | ColumnSetJson | ActionSetJson;

export interface SubmitActionJson {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
}
export interface OpenUrlActionJson {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}
/** Universal Action (1.4+): Teams sends an `adaptiveCard/action` invoke; older hosts use the fallback. */
export interface ExecuteActionJson {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  fallback?: SubmitActionJson;
}
export type CardAction = SubmitActionJson | OpenUrlActionJson | ExecuteActionJson;

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: CardAction[];
}

/**
 * The card envelope; `actions` is left out when there are none. No `lang`: the texts are already
 * in the locale, and adaptivecards 3.0.6 validates `lang` with a global regex that fails every
 * second card.
 */
export function adaptiveCard(_locale: Locale, body: CardElement[], actions: CardAction[] = []): AdaptiveCardJson {
  const card: AdaptiveCardJson = { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, body };
  if (actions.length > 0) card.actions = actions;
  return card;
}

// --- text ----------------------------------------------------------------------------------

// Invisible and direction-overriding characters: they can disguise a name (bidi spoofing).
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Redacted, invisible characters removed, whitespace collapsed to single spaces, cut to `max`. */
export function cleanLine(value: string, max = 300): string {
  const line = redactCpr(value.normalize('NFC')).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return truncate(line, max);
}

export function truncate(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max
    ? value
    : `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}

/**
 * One line made safe for markdown: `*`, `_`, `` ` ``, `~`, `\`, `[` and `]` everywhere (with the
 * brackets escaped, `(` `)` can never form a link); `<` before something tag-like, `&` before
 * something entity-like; `#`, `>`, `-`, `+` and "1." where they would start a block.
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_~[\]]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([#>+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A one-line value for a TextBlock or Fact: redacted, cleaned, cut, escaped. */
export function safeText(value: string, max = 300): string {
  return escapeMarkdown(cleanLine(value, max));
}

/** Multi-line text (a summary): paragraphs kept (markdown needs a blank line), each escaped. */
export function safeParagraphs(value: string, max: number): string {
  const text = truncate(redactCpr(value.normalize('NFC')).replace(INVISIBLE, '').trim(), max);
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map(escapeMarkdown)
    .join('\n\n');
}

type TextOptions = Omit<TextBlockJson, 'type' | 'text' | 'wrap'> & { max?: number; multiline?: boolean };

/** A wrapping TextBlock whose text is always redacted and escaped. */
export function textBlock(value: string, options: TextOptions = {}): TextBlockJson {
  const { max, multiline, ...style } = options;
  const text = multiline ? safeParagraphs(value, max ?? 1000) : safeText(value, max);
  return { type: 'TextBlock', text: text === '' ? '—' : text, wrap: true, ...style };
}

export function heading(value: string, size: 'medium' | 'large' = 'large'): TextBlockJson {
  return textBlock(value, { size, weight: 'bolder', style: 'heading' });
}

export function subtle(value: string, options: TextOptions = {}): TextBlockJson {
  return textBlock(value, { isSubtle: true, spacing: 'none', ...options });
}

/** A FactSet; rows with an empty value are left out, and an empty set becomes nothing. */
export function factSet(rows: ReadonlyArray<readonly [string, string | null | undefined]>): FactSetJson[] {
  const facts = rows
    .filter((row): row is readonly [string, string] => typeof row[1] === 'string' && row[1].trim() !== '')
    .map(([title, value]) => ({ title: safeText(title, 80), value: safeText(value, 300) }));
  return facts.length > 0 ? [{ type: 'FactSet', facts }] : [];
}

export function container(items: CardElement[], options: Omit<ContainerJson, 'type' | 'items'> = {}): ContainerJson {
  return { type: 'Container', items, ...options };
}

// --- actions -------------------------------------------------------------------------------

/** A button title: plain text to Teams, so cleaned and redacted but not escaped. */
export function actionTitle(value: string): string {
  return cleanLine(value, 80) || '—';
}

export function submitAction(title: string, data: Record<string, unknown>): SubmitActionJson {
  return { type: 'Action.Submit', title: actionTitle(title), data };
}

/** An OpenUrl action, or nothing when the link is not http(s) (never `javascript:` and the like). */
export function openUrlAction(title: string, url: string | null | undefined): OpenUrlActionJson[] {
  if (!url) return [];
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'https:' && protocol !== 'http:') return [];
  } catch {
    return [];
  }
  return [{ type: 'Action.OpenUrl', title: actionTitle(title), url }];
}

// --- dates ---------------------------------------------------------------------------------

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

// The jobcenter's calendar day, whatever the server's time zone.
const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2025-03-04" as "4. mar. 2025" (da) or "4 Mar 2025" (en); anything else as "—". */
export function formatDay(isoDay: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? MONTHS[locale][Number(match[2]) - 1] : undefined;
  if (!match || !month) return '—';
  const day = Number(match[3]);
  return locale === 'da' ? `${day}. ${month} ${match[1]}` : `${day} ${month} ${match[1]}`;
}

/** An instant as the Copenhagen calendar day it fell on, formatted like `formatDay`. */
export function formatDate(instant: string | Date, locale: Locale): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return '—';
  return formatDay(COPENHAGEN_DAY.format(date), locale);
}

/** Items joined with a middle dot, empty ones left out. */
export function joinParts(parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' · ');
}

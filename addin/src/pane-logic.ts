/**
 * The pane's decisions as pure functions: which addresses to look up, what to show for a context
 * answer, how dates, collisions and errors read, and what a log request carries. No React, no Office.
 */
import type {
  AlreadyLogged,
  ContextMatch,
  ItemPreview,
  LastContact,
  LogItemRequest,
  LogResult,
  OpenVacancy,
  PaneContext,
  RecentColleagueContact,
  Topic,
  Visibility,
} from '../../web-shared/api-types.js';
import { failureText, toFailure, type FailureLike } from '../../web-shared/failure.js';
import { formatDate, midSentence, relativeTime, topicLabel } from '../../web-shared/format.js';
import type { Address, ItemSnapshot } from './office-host.js';
import { stringsFor, type ContactKind, type Lang } from './i18n.js';

/** The service takes at most 50 addresses per context look-up. */
export const MAX_CONTEXT_EMAILS = 50;
export const MAX_TOPICS = 10;

// --- start-up ------------------------------------------------------------------------------

/** Outlook gives no isDarkTheme: a dark body background ("#1f1f1f") means a dark theme. */
export function isDarkBackground(color: string | null | undefined): boolean {
  const hex = color?.trim().replace(/^#/, '') ?? '';
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return (0.299 * r! + 0.587 * g! + 0.114 * b!) / 255 < 0.5;
}

// --- addresses -----------------------------------------------------------------------------

const norm = (email: string) => email.trim().toLowerCase();

/**
 * The addresses that may identify the company, author first: read mail -> the sender (the
 * recipients when I sent it); compose -> the recipients; meeting -> organizer and attendees.
 * Never my own address; deduplicated; at most 50.
 */
export function candidateAddresses(item: ItemSnapshot, myEmail?: string | null): Address[] {
  const me = myEmail ? norm(myEmail) : null;
  let list: (Address | null)[];
  if (item.kind === 'meeting') list = [item.organizer, ...item.attendees];
  else if (item.mode === 'compose') list = item.recipients;
  else if (item.from && norm(item.from.email) !== me) list = [item.from];
  else list = item.recipients;

  const seen = new Set<string>();
  const out: Address[] = [];
  for (const address of list) {
    if (!address) continue;
    const key = norm(address.email);
    if (!key || key === me || seen.has(key)) continue;
    seen.add(key);
    out.push({ email: key, name: address.name });
    if (out.length === MAX_CONTEXT_EMAILS) break;
  }
  return out;
}

/** The `email=` values for GET /api/context. */
export function chooseAddresses(item: ItemSnapshot, myEmail?: string | null): string[] {
  return candidateAddresses(item, myEmail).map((a) => a.email);
}

/**
 * Which address to remember as a contact of the company the user picked, so the next email from it
 * matches: only when exactly one outside address is in play (never our own or an invalid one),
 * and not when it already matched that company as a known contact.
 */
export function addressesToRemember(
  item: ItemSnapshot,
  context: Pick<PaneContext, 'ignored'> | null,
  myEmail: string | null | undefined,
  pickedCompanyId: string,
  pickedMatch?: Pick<ContextMatch, 'reason' | 'emails' | 'company'> | null,
): Address[] {
  const never = new Set((context?.ignored ?? []).filter((i) => i.reason !== 'freemail').map((i) => norm(i.email)));
  const outside = candidateAddresses(item, myEmail).filter((a) => !never.has(a.email));
  if (outside.length !== 1) return [];
  const [address] = outside as [Address];
  const known =
    pickedMatch?.company.id === pickedCompanyId &&
    pickedMatch.reason === 'contact' &&
    pickedMatch.emails.some((e) => norm(e) === address.email);
  return known ? [] : [address];
}

// --- what the pane shows -------------------------------------------------------------------

export type CompanyView =
  /** One company: show it and its context. */
  | { kind: 'matched'; match: ContextMatch }
  /** Several: ranked choices, never a guess. */
  | { kind: 'choices'; matches: ContextMatch[] }
  /** The history already files this item under a company the addresses no longer point to. */
  | { kind: 'logged-company'; companyId: string }
  /** None: a search box. */
  | { kind: 'search' };

/** What to show for a context answer. An item already in the history shows the company it is filed under. */
export function decideView(context: Pick<PaneContext, 'matches'>, alreadyLogged: AlreadyLogged | null): CompanyView {
  if (alreadyLogged) {
    const filed = context.matches.find((m) => m.company.id === alreadyLogged.companyId);
    return filed ? { kind: 'matched', match: filed } : { kind: 'logged-company', companyId: alreadyLogged.companyId };
  }
  const [first, ...rest] = context.matches;
  if (!first) return { kind: 'search' };
  return rest.length === 0 ? { kind: 'matched', match: first } : { kind: 'choices', matches: context.matches };
}

/** Mail: the context look-up (internetMessageId) knows; meetings: the preview (iCalUId) does. */
export function alreadyLoggedOf(
  context: Pick<PaneContext, 'alreadyLogged'> | null,
  preview: Pick<ItemPreview, 'alreadyLogged'> | null,
): AlreadyLogged | null {
  return context?.alreadyLogged ?? preview?.alreadyLogged ?? null;
}

/** "A", "A og B", "A, B og C"; unknown names read as "en kollega". */
export function namesList(names: readonly (string | null)[], lang: Lang): string {
  const t = stringsFor(lang);
  const unique = [...new Set(names.map((n) => n?.trim() || t.aColleague))];
  if (unique.length <= 1) return unique[0] ?? t.aColleague;
  return `${unique.slice(0, -1).join(', ')} ${t.and} ${unique.at(-1)}`;
}

export function alreadyLoggedText(loggedBy: readonly { name: string | null }[], lang: Lang): string {
  return stringsFor(lang).alreadyLoggedBy(namesList(loggedBy.map((l) => l.name), lang));
}

// --- lines ---------------------------------------------------------------------------------

/** The collision warning: "Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse". */
export function collisionText(entry: RecentColleagueContact, topics: readonly Topic[], now: Date, lang: Lang): string {
  const t = stringsFor(lang);
  const who = entry.name?.trim() || t.aColleague.charAt(0).toUpperCase() + t.aColleague.slice(1);
  const head = [who, entry.sectionName?.trim(), relativeTime(entry.occurredAt, now, lang)].filter(Boolean).join(', ');
  const what = entry.topics.length
    ? entry.topics.map((key) => midSentence(topicLabel(key, topics, lang))).join(', ')
    : t.kinds[entry.kind as ContactKind];
  return `${head}: ${what}`;
}

/** "e-mail · Mette Hansen · for 3 dage siden" above a last contact's subject. */
export function contactMeta(contact: Pick<LastContact, 'kind' | 'loggedBy' | 'occurredAt'>, now: Date, lang: Lang): string {
  const t = stringsFor(lang);
  const kind = t.kinds[contact.kind as ContactKind];
  return [kind.charAt(0).toUpperCase() + kind.slice(1), contact.loggedBy.name || t.aColleague, relativeTime(contact.occurredAt, now, lang)].join(' · ');
}

/** "Lagerarbejder · 2 stillinger · frist 1. apr. 2026". */
export function vacancyLine(vacancy: Pick<OpenVacancy, 'title' | 'positions' | 'deadline'>, lang: Lang): string {
  const t = stringsFor(lang);
  const parts = [vacancy.title, t.company.positions(vacancy.positions)];
  if (vacancy.deadline) parts.push(t.company.deadline(formatDate(vacancy.deadline, lang)));
  return parts.join(' · ');
}

/** Where the Teams tab shows the company (its router takes it from the hash). */
export function companyLink(companyId: string): string {
  return `/tab/#/companies/${encodeURIComponent(companyId)}`;
}

// --- errors --------------------------------------------------------------------------------

/** The codes whose words lead into the message (HOST: office.js's); every other code in the table reads alone. */
const PREFIXED_CODES = ['VALIDATION_FAILED', 'HOST'] as const;

/** The message the user reads for a failure, in the UI language (every failure offers a retry). */
export function errorMessage(error: FailureLike, lang: Lang): string {
  return failureText(error, stringsFor(lang).errors, PREFIXED_CODES);
}

// --- the log form --------------------------------------------------------------------------

/** Metadata only when the item mentions health matters; otherwise what the service suggests (summary). */
export function initialVisibility(preview: Pick<ItemPreview, 'healthWords' | 'suggestedVisibility'> | null): Visibility {
  if (preview && preview.healthWords.length > 0) return 'metadata';
  return preview?.suggestedVisibility ?? 'summary';
}

/** Why metadata only is suggested: "Mailen nævner helbredsforhold (sygemeldt) – derfor foreslås kun metadata". */
export function visibilityHint(preview: Pick<ItemPreview, 'healthWords' | 'kind'> | null, lang: Lang): string | null {
  if (!preview || preview.healthWords.length === 0) return null;
  return stringsFor(lang).healthHint(preview.kind, [...new Set(preview.healthWords)].join(', '));
}

export interface VacancyFields {
  title: string;
  positions: string;
  deadline: string;
  location: string;
  postcode: string;
}

export interface LogFormValues {
  companyId: string | null;
  topics: string[];
  summary: string;
  visibility: Visibility;
  isVacancy: boolean;
  vacancy: VacancyFields;
}

export type LogFormField = 'company' | 'topics' | 'title' | 'positions' | 'deadline' | 'postcode';
export type LogFormErrors = Partial<Record<LogFormField, string>>;
export type LogFields = Omit<LogItemRequest, 'itemId' | 'itemIdType'>;

export const EMPTY_VACANCY: VacancyFields = { title: '', positions: '1', deadline: '', location: '', postcode: '' };

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1900-01-01';
}

/** Checks the form the way the service will, and shapes the request body (without the item id). */
export function validateLogForm(
  values: LogFormValues,
  lang: Lang,
): { ok: true; fields: LogFields } | { ok: false; errors: LogFormErrors } {
  const t = stringsFor(lang).invalid;
  const errors: LogFormErrors = {};
  if (!values.companyId) errors.company = t.company;
  const topics = [...new Set(values.topics)];
  if (topics.length > MAX_TOPICS) errors.topics = t.topics;

  let vacancy: LogFields['vacancy'];
  if (values.isVacancy) {
    const v = values.vacancy;
    const title = v.title.trim();
    const positions = v.positions.trim() === '' ? 1 : Number(v.positions.trim());
    const deadline = v.deadline.trim();
    const postcode = v.postcode.trim();
    const location = v.location.trim();
    if (!title) errors.title = t.title;
    if (!Number.isInteger(positions) || positions < 1 || positions > 10_000) errors.positions = t.positions;
    if (deadline && !isCalendarDate(deadline)) errors.deadline = t.deadline;
    if (postcode && !/^\d{4}$/.test(postcode)) errors.postcode = t.postcode;
    vacancy = {
      title,
      positions,
      ...(deadline ? { deadline } : {}),
      ...(location ? { location } : {}),
      ...(postcode ? { postcode } : {}),
    };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const summary = values.summary.trim();
  return {
    ok: true,
    fields: {
      companyId: values.companyId!,
      topics,
      visibility: values.visibility,
      ...(summary ? { summary } : {}),
      ...(vacancy ? { vacancy } : {}),
    },
  };
}

/** The status line after logging: "Logget" or "Allerede logget af X". */
export function logResultText(result: Pick<LogResult, 'status' | 'loggedBy'>, lang: Lang): string {
  return result.status === 'logged' ? stringsFor(lang).logged : alreadyLoggedText(result.loggedBy, lang);
}

// --- the quick action ----------------------------------------------------------------------

export type QuickDecision =
  | { kind: 'log'; companyId: string; company: ContextMatch['company'] | null }
  | { kind: 'open-pane' };

/**
 * The ribbon button logs without the pane only when the company is beyond doubt: the history
 * already files the item under it, or exactly one company matches. Otherwise the user chooses.
 */
export function decideQuickAction(context: Pick<PaneContext, 'matches' | 'alreadyLogged'>): QuickDecision {
  if (context.alreadyLogged) {
    const { companyId } = context.alreadyLogged;
    return { kind: 'log', companyId, company: context.matches.find((m) => m.company.id === companyId)?.company ?? null };
  }
  const [only, ...others] = context.matches;
  if (only && others.length === 0) return { kind: 'log', companyId: only.company.id, company: only.company };
  return { kind: 'open-pane' };
}

/** "Logget til Kontaktspor: Østergaard Byg A/S" (with the company's flags), or "Allerede logget af …". */
export function quickActionMessage(
  result: Pick<LogResult, 'status' | 'loggedBy'>,
  company: Pick<ContextMatch['company'], 'name' | 'blockade' | 'doNotContact'> | null,
  lang: Lang,
): string {
  const t = stringsFor(lang);
  if (result.status === 'already_logged') return t.quick.alreadyLogged(namesList(result.loggedBy.map((l) => l.name), lang));
  const flags = [company?.blockade && t.blockadeShort, company?.doNotContact && t.doNotContactShort].filter(Boolean);
  return t.quick.logged(company?.name ?? '…') + (flags.length ? t.quick.flagged + flags.join(', ') : '');
}

// --- small helpers the hook and the quick action share -------------------------------------

const DRAFT_LINES = 4;
const DRAFT_CHARS = 400;

/** A summary draft from a compose body the service cannot read yet (unsaved): its first lines. */
export function draftFromText(text: string | null | undefined): string {
  const lines = (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, DRAFT_LINES).join('\n');
  if (lines.length <= DRAFT_CHARS) return lines;
  const cut = lines.slice(0, DRAFT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DRAFT_CHARS - 40))}…`;
}

/** Any thrown value as a failure the banner can word: HOST (office.js), or as web-shared's toFailure reads it. */
export function toPaneFailure(error: unknown): FailureLike {
  if (error instanceof Error && error.name === 'HostError') return { code: 'HOST', message: error.message };
  return toFailure(error);
}

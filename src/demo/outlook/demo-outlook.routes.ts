/**
 * Demo mode's "Outlook": a page with the acting demo user's inbox and calendar from the Graph
 * emulator, a reading pane, and the real task pane (`/addin/`) in an iframe beside it, driven by the
 * office.js stand-in (`/dev/office-standin.js`). Mounted at `/dev` and only in demo mode: it reads
 * mailboxes without a token, which is fine on loopback with fictitious data and nowhere else.
 *
 * The browser files (page, shell script, stand-in) are plain files in `src/demo/outlook/`: tsc does not
 * copy them to dist/, so they are found from the project root either way. Each script is kept in a few
 * parts with one job each (`standin/`, `shell/`) and served joined, in order, inside one function
 * scope, so a page still loads one classic script and no name leaks into the page's globals.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { GraphEmulator } from '../emulators/index.js';
import { htmlToText } from '../emulators/graph-text.js';
import { escapeHtml } from '../../http/escape-html.js';
import { cookieValue, DEMO_USER_COOKIE } from '../demo-authenticator.js';

/** The demo's trigger category (the service's default TAG_CATEGORY). */
const TAG_CATEGORY = 'Kontaktspor';
import type { DirectoryStore } from '../../ports/store.js';

export interface DemoOutlookOptions {
  graph: Pick<GraphEmulator, 'listMailbox' | 'setCategories' | 'hasMailboxAccess'>;
  store: Pick<DirectoryStore, 'listStaff'>;
  tenantId: string;
  /** Who acts when neither the cookie nor `X-Demo-User` names someone. */
  defaultEmail: string;
  /** The folder holding the page and the script parts; found from the project root when omitted. */
  assetsDir?: string;
  /** Where the task pane lives (default `/addin/`); the shell adds `?demoItem=&lang=&theme=`. */
  addinPath?: string;
}

const ASSET_FOLDER = join('src', 'demo', 'outlook');
const PAGE = 'demo-outlook.html';

/** The office.js stand-in's parts, in the order they are joined into `/dev/office-standin.js`. */
export const STANDIN_PARTS = ['enums-and-page.js', 'calls.js', 'item.js', 'notifications.js', 'office.js'].map((name) =>
  join('standin', name),
);
/** The demo page's script parts, in the order they are joined into `/dev/outlook.js`. */
export const SHELL_PARTS = ['basics.js', 'mail-lists.js', 'addin-frames.js', 'start.js'].map((name) =>
  join('shell', name),
);

// The shell page's own policy: its scripts come from this server only, so even if a hostile subject
// slipped into the DOM as markup it could not run.
const SHELL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The folder with the browser files: walk up from this module (src/demo/outlook/ under tsx,
 * dist/src/demo/outlook/ after tsc) to the first folder that has `src/demo/outlook/demo-outlook.html`.
 */
export function findAssetsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, ASSET_FOLDER);
    if (existsSync(join(candidate, PAGE))) return candidate;
    if (dirname(dir) === dir) throw new Error(`Cannot find ${ASSET_FOLDER}/${PAGE} above ${from}.`);
  }
}

interface MailboxListing {
  user: { displayName: string; emailAddress: string };
  messages: {
    id: string;
    subject: string;
    from: MicrosoftGraph.Recipient | null;
    receivedDateTime: string | null;
    categories: string[];
    hasAttachments: boolean;
    isRead: boolean;
    isDraft: boolean;
  }[];
  events: {
    id: string;
    subject: string;
    organizer: MicrosoftGraph.Recipient | null;
    start: MicrosoftGraph.DateTimeTimeZone | null;
    end: MicrosoftGraph.DateTimeTimeZone | null;
    isAllDay: boolean;
    location: string | null;
    type: string | null;
    categories: string[];
  }[];
}

export function demoOutlookRouter(options: DemoOutlookOptions): Router {
  const router = express.Router();
  const assets = options.assetsDir ?? findAssetsDir();
  const addinPath = options.addinPath ?? '/addin/';
  const defaultEmail = options.defaultEmail.toLowerCase();

  const actingEmail = (req: Request): string => {
    const header = req.get('x-demo-user');
    return (cookieValue(req.headers.cookie, DEMO_USER_COOKIE)?.trim() || header?.trim() || defaultEmail).toLowerCase();
  };
  const mailboxOf = (req: Request, res: Response) => {
    const email = actingEmail(req);
    const mailbox = email.length <= 320 ? options.graph.listMailbox(email) : undefined;
    if (!mailbox) fail(res, 404, 'NOT_FOUND', 'Den valgte demo-bruger har ingen postkasse i Graph-emulatoren.');
    return mailbox;
  };
  /** `?mailbox=` names a shared mailbox the acting user opens (only one they were given access to); else their own. */
  const openedMailboxOf = (req: Request, res: Response) => {
    const shared = typeof req.query['mailbox'] === 'string' ? req.query['mailbox'].trim().toLowerCase() : '';
    if (!shared) return mailboxOf(req, res);
    const mailbox =
      shared.length <= 320 && options.graph.hasMailboxAccess(shared, actingEmail(req))
        ? options.graph.listMailbox(shared)
        : undefined;
    if (!mailbox) fail(res, 404, 'NOT_FOUND', 'Den valgte demo-bruger har ikke adgang til den fælles postkasse.');
    return mailbox;
  };
  const file = (name: string, type: string) => (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type(type).sendFile(name, { root: assets, dotfiles: 'deny' });
  };

  // Read on each request (no-cache), as the single files were, so an edited part shows on reload.
  const joined = (parts: string[]) => async (_req: Request, res: Response, next: (error: unknown) => void) => {
    try {
      const texts = await Promise.all(parts.map((part) => readFile(join(assets, part), 'utf8')));
      res.setHeader('Cache-Control', 'no-cache');
      res.type('text/javascript').send(`(function () {\n  'use strict';\n\n${texts.join('\n')}})();\n`);
    } catch (error) {
      next(error);
    }
  };

  router.get('/office-standin.js', joined(STANDIN_PARTS));
  router.get('/outlook.js', joined(SHELL_PARTS));
  router.get('/outlook', (req, res) => {
    res.setHeader('Content-Security-Policy', SHELL_CSP);
    file(PAGE, 'html')(req, res);
  });

  router.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  /** The seeded staff who have a demo mailbox: the user picker's choices. */
  router.get('/api/users', async (_req, res) => {
    const staff = await options.store.listStaff(options.tenantId);
    const users = staff
      .filter((s) => options.graph.listMailbox(s.email) !== undefined)
      .map((s) => ({ displayName: s.name, emailAddress: s.email }))
      // The default demo user first, then by name.
      .sort(
        (a, b) =>
          Number(b.emailAddress.toLowerCase() === defaultEmail) -
            Number(a.emailAddress.toLowerCase() === defaultEmail) || a.displayName.localeCompare(b.displayName, 'da'),
      );
    res.json({ users, addinPath });
  });

  /** The acting user, for the stand-in's `Office.context.mailbox.userProfile`. */
  router.get('/api/me', (req, res) => {
    const mailbox = mailboxOf(req, res);
    if (mailbox) res.json({ displayName: mailbox.user.displayName, emailAddress: mailbox.user.mail });
  });

  router.get('/api/mailbox', (req, res) => {
    const mailbox = mailboxOf(req, res);
    if (!mailbox) return;
    const listing: MailboxListing = {
      user: { displayName: mailbox.user.displayName, emailAddress: mailbox.user.mail },
      messages: mailbox.messages
        .map((m) => ({
          id: m.id ?? '',
          subject: m.subject ?? '',
          from: m.from ?? null,
          receivedDateTime: m.receivedDateTime ?? null,
          categories: m.categories ?? [],
          hasAttachments: m.hasAttachments ?? false,
          isRead: m.isRead ?? true,
          isDraft: m.isDraft ?? false,
        }))
        .sort((a, b) => (b.receivedDateTime ?? '').localeCompare(a.receivedDateTime ?? '')),
      // A calendar shows occurrences, not the series master behind them (as Outlook does).
      events: mailbox.events
        .filter((e) => e.type !== 'seriesMaster')
        .map((e) => ({
          id: e.id ?? '',
          subject: e.subject ?? '',
          organizer: e.organizer ?? null,
          start: e.start ?? null,
          end: e.end ?? null,
          isAllDay: e.isAllDay ?? false,
          location: e.location?.displayName ?? null,
          type: e.type ?? null,
          categories: e.categories ?? [],
        }))
        .sort((a, b) => (b.start?.dateTime ?? '').localeCompare(a.start?.dateTime ?? '')),
    };
    res.json(listing);
  });

  /** One item as Graph JSON, body as text (or `?bodyType=html`): what the stand-in builds `item` from. */
  router.get('/api/mailbox/items/:restId', (req, res) => {
    const mailbox = openedMailboxOf(req, res);
    if (!mailbox) return;
    const restId = req.params['restId'] ?? '';
    const html = req.query['bodyType'] === 'html';
    const message = mailbox.messages.find((m) => m.id === restId);
    if (message) return void res.json(messageJson(message, html));
    const event = mailbox.events.find((e) => e.id === restId);
    if (event) return void res.json(eventJson(event, html));
    fail(res, 404, 'NOT_FOUND', 'Elementet findes ikke i den valgte brugers postkasse.');
  });

  /**
   * The ribbon's category button: puts the "Kontaktspor" category on the item, or takes it off, as
   * Outlook would. The Graph emulator then notifies the service, which logs a tagged item (issue 8).
   */
  router.post('/api/mailbox/items/:restId/category', (req, res) => {
    const mailbox = mailboxOf(req, res);
    if (!mailbox) return;
    const restId = req.params['restId'] ?? '';
    const message = mailbox.messages.find((m) => m.id === restId);
    const item = message ?? mailbox.events.find((e) => e.id === restId);
    if (!item) return fail(res, 404, 'NOT_FOUND', 'Elementet findes ikke i den valgte brugers postkasse.');
    const categories = item.categories ?? [];
    const tagged = categories.some((c) => c.toLowerCase() === TAG_CATEGORY.toLowerCase());
    const next = tagged
      ? categories.filter((c) => c.toLowerCase() !== TAG_CATEGORY.toLowerCase())
      : [...categories, TAG_CATEGORY];
    options.graph.setCategories(mailbox.user.mail, message ? 'email' : 'meeting', restId, next);
    res.json({ categories: next });
  });

  router.use('/api', (_req, res) => fail(res, 404, 'NOT_FOUND', 'Ukendt demo-endpoint.'));
  return router;
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function bodyOf(body: MicrosoftGraph.ItemBody | null | undefined, html: boolean): MicrosoftGraph.ItemBody {
  const content = body?.content ?? '';
  const isHtml = body?.contentType === 'html';
  if (html)
    return {
      contentType: 'html',
      content: isHtml ? content : `<html><body><pre>${escapeHtml(content)}</pre></body></html>`,
    };
  return { contentType: 'text', content: isHtml ? htmlToText(content) : content };
}

function attachmentsOf(message: MicrosoftGraph.Message): MicrosoftGraph.Attachment[] {
  // Names and sizes only: the stand-in never needs the bytes.
  return (message.attachments ?? []).map((a) => ({
    id: a.id,
    name: a.name ?? null,
    contentType: a.contentType ?? null,
    size: a.size ?? 0,
    isInline: a.isInline ?? false,
  }));
}

function messageJson(m: MicrosoftGraph.Message, html: boolean): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.message',
    id: m.id,
    subject: m.subject ?? '',
    from: m.from ?? null,
    sender: m.sender ?? null,
    toRecipients: m.toRecipients ?? [],
    ccRecipients: m.ccRecipients ?? [],
    bccRecipients: m.bccRecipients ?? [],
    receivedDateTime: m.receivedDateTime ?? null,
    sentDateTime: m.sentDateTime ?? null,
    createdDateTime: m.createdDateTime ?? null,
    lastModifiedDateTime: m.lastModifiedDateTime ?? null,
    internetMessageId: m.internetMessageId ?? null,
    conversationId: m.conversationId ?? null,
    isDraft: m.isDraft ?? false,
    isRead: m.isRead ?? true,
    categories: m.categories ?? [],
    hasAttachments: m.hasAttachments ?? false,
    attachments: attachmentsOf(m),
    body: bodyOf(m.body, html),
  };
}

function eventJson(e: MicrosoftGraph.Event, html: boolean): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.event',
    id: e.id,
    subject: e.subject ?? '',
    organizer: e.organizer ?? null,
    attendees: e.attendees ?? [],
    start: e.start ?? null,
    end: e.end ?? null,
    isAllDay: e.isAllDay ?? false,
    isOrganizer: e.isOrganizer ?? false,
    location: e.location ?? null,
    type: e.type ?? null,
    seriesMasterId: e.seriesMasterId ?? null,
    iCalUId: e.iCalUId ?? null,
    createdDateTime: e.createdDateTime ?? null,
    lastModifiedDateTime: e.lastModifiedDateTime ?? null,
    categories: e.categories ?? [],
    body: bodyOf(e.body, html),
  };
}

import { readFile } from 'node:fs/promises';
import express, { type Router } from 'express';
import { hostedPagePolicy } from './page-security.js';

/** What a front end learns from the server at load time (no secrets: ids and URLs only). */
export interface ClientConfig {
  mode: 'demo' | 'production';
  /** Production: the app registration and the API scope the pane asks a token for. */
  auth: { clientId: string; apiScope: string; authority: string } | null;
}

const HEAD_MARKER = '<!--kontaktspor:head-->';
const PAGES = new Set(['index.html', 'commands.html']);

/**
 * Serves a built front end. Its HTML pages get office.js and the client config put in at serve
 * time: office.js from Microsoft's CDN in production (Office requires it), the local stand-in in
 * demo mode and tests. The server's configuration decides; the page never guesses.
 */
export function frontEndPages(options: { dir: string; officeJsUrl: string | null; config: ClientConfig }): Router {
  const router = express.Router();
  const rendered = new Map<string, Promise<string>>();
  const policy = hostedPagePolicy({ mode: options.config.mode, officeJsUrl: options.officeJsUrl });
  const head = [
    options.officeJsUrl ? `<script src="${escapeAttribute(options.officeJsUrl)}"></script>` : '',
    `<script type="application/json" id="kontaktspor-config">${jsonForHtml(options.config)}</script>`,
  ].join('');

  router.get(['/', '/:page.html'], async (req, res, next) => {
    const page = req.params['page'] ? `${req.params['page']}.html` : 'index.html';
    if (!PAGES.has(page)) return next();
    let html = rendered.get(page);
    if (!html) {
      html = readFile(`${options.dir}/${page}`, 'utf8').then((text) => text.replace(HEAD_MARKER, head));
      rendered.set(page, html);
      html.catch(() => rendered.delete(page));
    }
    try {
      res.setHeader('Content-Security-Policy', policy);
      res.type('html').send(await html);
    } catch {
      next();
    }
  });
  router.use(express.static(options.dir, { index: false, maxAge: '1h' }));
  return router;
}

function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

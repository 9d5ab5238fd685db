import type { Logger } from 'pino';
import type { Request, Response, Router } from 'express';
import type { ClientConfig } from './front-end-pages.js';
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Authenticator } from '../ports/authenticator.js';
import type { MailSource } from '../ports/mail-source.js';
import type { TagDeps } from '../app/tag-deps.js';
import type { CvrSource } from '../ports/cvr-source.js';
import type { StarClientRule } from './star-client-certificate.js';

/** Everything the HTTP app needs, passed in by the composition root (or a test). */
export interface AppDeps {
  store: Store;
  clock: Clock;
  authenticator: Authenticator;
  /** Reads and tags Outlook items; absent where a test needs no mailbox. */
  mailSource?: MailSource;
  logger: Logger;
  /** The tenant's own and municipal mail domains. */
  ownDomains: readonly string[];
  version: string;
  /** Built front ends (tab/, addin/); absent in tests that need no pages. */
  publicDir?: string;
  /** Where the add-in pages load office.js from: Microsoft's CDN, or the demo stand-in. */
  officeJsUrl?: string;
  /** Ids the front ends need to sign in (production). */
  clientAuth?: ClientConfig['auth'];
  /** The Bot Framework endpoint's handler (POST /api/messages); absent where no bot is configured. */
  botEndpoint?: (req: Request, res: Response) => Promise<void>;
  /** Demo-only pages and endpoints (the Outlook stand-in), mounted at /dev. */
  devRouter?: Router;
  /** The CVR register (issue 16) and the municipality (kommunekode) it is read for; absent: no register lookups. */
  register?: { source: CvrSource; municipalityCode: string };
  /** Jobnet's page of a jobordre, `{id}` for its id (config.jobnetJobordreUrl); absent: vacancies carry no link. */
  jobnetJobordreUrl?: string;
  /** The "Kontaktspor" category flow (issue 8); absent where mailboxes are not watched. */
  tagging?: {
    deps: TagDeps;
    /** Tenants whose notifications are taken. */
    tenantAllowed(tenantId: string): boolean;
    /** Wakes the worker when a notification queued something. */
    kick?(): void;
    /** Runs renewals and the catch-up now (a lifecycle notification arrived). */
    refresh?(): void;
  };
  /**
   * STAR's jobordre messages (issue 17); absent: POST /api/star/messages answers 503. Its listener
   * must ask for a client certificate without refusing the handshake (requestCert, rejectUnauthorized
   * false, ca STAR's): the endpoint answers 403 to anything that is not STAR's.
   */
  star?: {
    /** The tenant STAR's endpoint serves. */
    tenantId: string;
    /** STAR's client certificate. */
    client: StarClientRule;
    /** Wakes the inbox worker when a message was stored. */
    kick(): void;
  };
}

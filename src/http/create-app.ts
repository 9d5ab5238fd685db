import { randomUUID } from 'node:crypto';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { AppDeps } from './app-deps.js';
import type { Route } from './route.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { buildOpenApi } from './openapi.js';
import { renderLandingPage } from './landing.page.js';
import { frontEndPages } from './front-end-pages.js';
import { renderPrivacyPage, renderTermsPage } from './legal.pages.js';
import { companyRoutes } from './routes/companies.routes.js';
import { contactPersonRoutes } from './routes/contact-persons.routes.js';
import { outlookRoutes } from './routes/outlook.routes.js';
import { vacancyRoutes } from './routes/vacancies.routes.js';
import { kpiRoutes } from './routes/kpi.routes.js';
import { directoryRoutes } from './routes/directory.routes.js';
import { adminRoutes } from './routes/admin.routes.js';
import { subscriptionRoutes } from './routes/subscriptions.routes.js';
import { privacyRoutes } from './routes/privacy.routes.js';
import { mailboxWatchRoutes } from './routes/mailbox-watch.routes.js';
import { sharedMailboxRoutes } from './routes/shared-mailboxes.routes.js';
import { registerRoutes } from './routes/register.routes.js';
import { graphNotificationsRouter } from './graph-notifications.endpoint.js';
import { starMessagesRouter } from './star-messages.endpoint.js';
import { DomainError } from '../domain/errors.js';
import { loggablePath } from './loggable-path.js';
import { API_POLICY, serverPagePolicy } from './page-security.js';

const BODY_LIMIT = '100kb';
/** Office requires add-ins to load office.js from Microsoft's CDN. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function apiRoutes(deps: AppDeps): Route[] {
  return [
    ...directoryRoutes(deps),
    ...registerRoutes(deps),
    ...companyRoutes(deps),
    ...contactPersonRoutes(deps),
    ...outlookRoutes(deps),
    ...vacancyRoutes(deps),
    ...kpiRoutes(deps),
    ...subscriptionRoutes(deps),
    ...adminRoutes(deps),
    ...privacyRoutes(deps),
    ...mailboxWatchRoutes(deps),
    ...sharedMailboxRoutes(deps),
  ];
}

/** The HTTP app as a value: routes, validation, identity, one error handler. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders);
  app.use(requestLog(deps));

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'The database does not answer.' } });
    }
  });
  app.get('/', (req, res) => {
    res.setHeader('Content-Security-Policy', serverPagePolicy('none'));
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    res
      .type('html')
      .send(renderLandingPage({ demo: deps.authenticator.mode === 'demo', version: deps.version, origin }));
  });
  app.get('/privacy', (_req, res) => {
    res.setHeader('Content-Security-Policy', serverPagePolicy('microsoft-365'));
    res.type('html').send(renderPrivacyPage());
  });
  app.get('/terms', (_req, res) => {
    res.setHeader('Content-Security-Policy', serverPagePolicy('microsoft-365'));
    res.type('html').send(renderTermsPage());
  });
  if (deps.publicDir) {
    const config = { mode: deps.authenticator.mode, auth: deps.clientAuth ?? null };
    app.use('/tab', frontEndPages({ dir: `${deps.publicDir}/tab`, officeJsUrl: null, config }));
    app.use(
      '/addin',
      frontEndPages({ dir: `${deps.publicDir}/addin`, officeJsUrl: deps.officeJsUrl ?? OFFICE_JS_CDN, config }),
    );
  }
  if (deps.devRouter) app.use('/dev', deps.devRouter);

  const routes = apiRoutes(deps);
  const openApi = buildOpenApi(routes, deps.version);
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));

  // Graph calls this one without a token and sends its handshake as text/plain: before the JSON rules.
  app.use(graphNotificationsRouter(deps));
  // STAR's client certificate is checked before its body is read: before the JSON rules too.
  app.use(starMessagesRouter(deps));
  app.use('/api', requireJsonBody, express.json({ limit: BODY_LIMIT, strict: true }));
  for (const route of routes) app[route.method](route.path, handlerFor(route, deps));
  app.post('/api/messages', async (req, res) => {
    if (!deps.botEndpoint) throw new DomainError('UNAVAILABLE', 'The Teams bot is not configured (BOT_APP_ID).');
    await deps.botEndpoint(req, res);
  });
  app.use('/api', notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}

function handlerFor(route: Route, deps: AppDeps): RequestHandler {
  return async (req: Request, res: Response) => {
    const actor = await deps.authenticator.authenticate(req.headers);
    if (route.access === 'admin' && !actor.isAdmin) throw new DomainError('FORBIDDEN', 'Only admins may do this.');
    refuseNulCharacters(req.query);
    refuseNulCharacters(req.body);
    const params = route.params ? route.params.parse(req.params) : {};
    const query = route.query ? route.query.parse(req.query ?? {}) : {};
    const body = route.body ? route.body.parse(req.body) : undefined;
    const result = await route.handle({ actor, params, query, body });
    res.status(route.statusOf?.(result as never) ?? route.status ?? 200).json(result);
  };
}

/** PostgreSQL cannot store NUL in text; refuse it up front for every field rather than fail in the store. */
function refuseNulCharacters(value: unknown, depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new DomainError('VALIDATION_FAILED', 'Text must not contain NUL characters.');
  } else if (value && typeof value === 'object' && depth < 20) {
    for (const [key, inner] of Object.entries(value)) {
      refuseNulCharacters(key, depth + 1);
      refuseNulCharacters(inner, depth + 1);
    }
  }
}

/** A write must say it sends JSON; anything else would be parsed as nothing and fail obscurely. */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = ['POST', 'PATCH', 'PUT'].includes(req.method);
  if (hasBody && !req.is('application/json')) {
    next(new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'));
    return;
  }
  next();
};

const securityHeaders: RequestHandler = (req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (req.path.startsWith('/api/')) {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', API_POLICY);
  }
  next();
};

/** One line per request: method, route pattern, status, time. No query strings: they hold search terms and emails. */
function requestLog(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      deps.logger.info(
        {
          requestId,
          method: req.method,
          route: req.route?.path ?? loggablePath(req.path),
          status: res.statusCode,
          ms: Math.round(ms),
        },
        'request',
      );
    });
    next();
  };
}

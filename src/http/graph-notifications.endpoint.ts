import express, { type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import { acceptNotifications } from '../app/graph-notifications.js';
import type { TagDeps } from '../app/tag-deps.js';
import { DomainError } from '../domain/errors.js';
import { requireJson } from './require-json.js';
import { NotificationCollectionSchema, ValidationTokenSchema } from './schemas/tagging.js';

/** Graph posts at most a batch of notifications; a larger body is not Graph. */
const NOTIFICATION_BODY_LIMIT = '512kb';

export interface NotificationEndpointDeps {
  tagging?: { deps: TagDeps; tenantAllowed(tenantId: string): boolean; kick?(): void; refresh?(): void } | undefined;
  logger: Logger;
}

/**
 * POST /api/graph/notifications: Graph calls it without a bearer token. The validation handshake
 * (`?validationToken=`) is echoed as text/plain; notifications are checked (known subscription,
 * matching clientState), queued, and answered 202 at once; the worker does the rest.
 */
export function graphNotificationsRouter(deps: NotificationEndpointDeps): Router {
  const router = express.Router();
  const handshake: RequestHandler = (req, res, next) => {
    if (req.query.validationToken === undefined) return next();
    const token = ValidationTokenSchema.safeParse(req.query.validationToken);
    if (!token.success) throw new DomainError('VALIDATION_FAILED', 'validationToken: expected one opaque string.');
    res.status(200).type('text/plain').send(token.data);
  };
  router.post(
    '/api/graph/notifications',
    handshake,
    requireJson,
    express.json({ limit: NOTIFICATION_BODY_LIMIT, strict: true }),
    async (req, res) => {
      const tagging = deps.tagging;
      if (!tagging) throw new DomainError('UNAVAILABLE', 'Mailbox watching is not configured.');
      const { value } = NotificationCollectionSchema.parse(req.body);
      const result = await acceptNotifications(tagging.deps, value, tagging.tenantAllowed);
      res.status(202).end();
      if (result.queued > 0) tagging.kick?.();
      if (result.lifecycle > 0) tagging.refresh?.();
    },
  );
  return router;
}

import express, { type Router } from 'express';
import type { AppDeps } from './app-deps.js';
import { acceptStarMessage } from '../app/star-inbox.js';
import { requireJson } from './require-json.js';
import { starClientCertificate } from './star-client-certificate.js';
import { WsbMessageBody } from './schemas/star.js';

/** A WSB message is a few hundred bytes; a larger body is not STAR's. */
export const STAR_MESSAGE_BODY_LIMIT = '64kb';

/**
 * POST /api/star/messages: STAR's DFDG posts a WSB message of type Jobordre here over mutual TLS
 * (issue 17). The client certificate is checked before the body is read; the message is stored
 * before the answer (202 `{ id, duplicate }`), then the worker is woken to read the jobordre.
 */
export function starMessagesRouter(deps: Pick<AppDeps, 'star' | 'store' | 'clock'>): Router {
  const router = express.Router();
  router.post(
    '/api/star/messages',
    starClientCertificate(() => deps.star?.client ?? null),
    requireJson,
    express.json({ limit: STAR_MESSAGE_BODY_LIMIT, strict: true }),
    async (req, res) => {
      const star = deps.star!;
      const message = WsbMessageBody.parse(req.body);
      const accepted = await acceptStarMessage(deps, star.tenantId, message);
      res.status(202).json(accepted);
      star.kick();
    },
  );
  return router;
}

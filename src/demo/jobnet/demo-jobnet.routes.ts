/**
 * `/dev/jobnet` in demo mode: the page, and the two things an employer does there (register a
 * jobordre, change its status). Each answer redirects back to the page (post/redirect/get).
 */
import express, { type Router } from 'express';
import type { JobordreDocument } from '../../adapters/star/star-documents.js';
import type { StarInboxStatus } from '../../ports/store.js';
import { JOBNET_ACTIONS, renderJobnetPage, type JobnetAction } from './demo-jobnet.page.js';

/** What the page drives: the STAR emulator's jobordrer, seen as an employer sees them. */
export interface JobnetStandIn {
  list(): readonly JobordreDocument[];
  /** Registers a new jobordre for one of the demo's companies. */
  publishDemo(): Promise<JobordreDocument>;
  setStatus(jobordreId: string, status: JobnetAction): Promise<JobordreDocument | null>;
  /** What Kontaktspor's inbox has made of STAR's messages so far. */
  inbox(): Promise<StarInboxStatus>;
}

const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const isAction = (value: unknown): value is JobnetAction => JOBNET_ACTIONS.some((action) => action.key === value);

export function demoJobnetRouter(jobnet: JobnetStandIn): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '1kb', parameterLimit: 5 });
  router.get('/jobnet', async (_req, res) => {
    const page = renderJobnetPage({ jobordrer: jobnet.list(), inbox: await jobnet.inbox() });
    res.set('Content-Security-Policy', PAGE_CSP).type('html').send(page);
  });
  router.post('/jobnet/jobordrer', async (_req, res) => {
    await jobnet.publishDemo();
    res.redirect(303, '/dev/jobnet');
  });
  router.post('/jobnet/jobordrer/:id/status', form, async (req, res) => {
    const status: unknown = (req.body as Record<string, unknown> | undefined)?.status;
    if (!isAction(status)) {
      res.status(400).json({ error: { code: 'VALIDATION_FAILED', message: 'status: not a Jobnet action.' } });
      return;
    }
    const changed = await jobnet.setStatus(String(req.params.id), status);
    if (!changed) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No jobordre with that id.' } });
      return;
    }
    res.redirect(303, '/dev/jobnet');
  });
  return router;
}

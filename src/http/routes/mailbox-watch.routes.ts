import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { IdParams } from '../schemas/common.js';
import { ChooseCompanyBody, OptInBody, TagJobSchema, TagListSchema, WatchStatusSchema } from '../schemas/tagging.js';
import { enrolMailbox, leaveMailbox, listMyTags, watchStatus } from '../../app/mailbox-watch.js';
import { chooseTagCompany } from '../../app/process-tag-job.js';
import type { TagDeps } from '../../app/tag-deps.js';
import type { TagJob } from '../../domain/tagging.js';
import { DomainError } from '../../domain/errors.js';
import { ITEM_READ_ERRORS } from '../../app/read-outlook-item.js';

const TAG = 'Outlook category';

/** The category flow's use-case deps; UNAVAILABLE when mailbox watching is not configured. */
export function taggingOf(deps: AppDeps): TagDeps {
  if (!deps.tagging) throw new DomainError('UNAVAILABLE', 'Mailbox watching is not configured.');
  return deps.tagging.deps;
}

/** Opting in to the "Kontaktspor" category, and the caller's pending and failed tags. */
export function mailboxWatchRoutes(deps: AppDeps) {
  const tagging = () => taggingOf(deps);
  return [
    route({
      method: 'get',
      path: '/api/me/mailbox-watch',
      tag: TAG,
      summary: 'Whether the service watches my mailbox for the category',
      response: WatchStatusSchema,
      handle: ({ actor }) => watchStatus(tagging(), actor),
    }),
    route({
      method: 'post',
      path: '/api/me/mailbox-watch',
      tag: TAG,
      summary: 'Opt in: the service watches my mailbox (app-only) and logs what I tag with the category',
      body: OptInBody,
      response: WatchStatusSchema,
      errors: ['NOT_FOUND'],
      handle: ({ actor }) => enrolMailbox(tagging(), actor),
    }),
    route({
      method: 'delete',
      path: '/api/me/mailbox-watch',
      tag: TAG,
      summary: 'Opt out: stop watching my mailbox',
      response: WatchStatusSchema,
      handle: ({ actor }) => leaveMailbox(tagging(), actor),
    }),
    route({
      method: 'get',
      path: '/api/me/tags',
      tag: TAG,
      summary: 'My tagged items still waiting (queued or for a company choice) and those that failed',
      response: TagListSchema,
      handle: async ({ actor }) => {
        const { pending, failed } = await listMyTags(tagging(), actor);
        return { pending: pending.map(tagJobView), failed: failed.map(tagJobView) };
      },
    }),
    route({
      method: 'post',
      path: '/api/me/tags/:id/company',
      tag: TAG,
      summary: 'Choose the company for a tagged item whose sender was ambiguous or unknown; logs it',
      params: IdParams,
      body: ChooseCompanyBody,
      response: TagJobSchema,
      errors: ['CONFLICT', 'NEVER_LOG', 'MEETING_CANCELLED', 'THROTTLED', ...ITEM_READ_ERRORS],
      handle: async ({ actor, params, body }) =>
        tagJobView(await chooseTagCompany(tagging(), actor, params.id, body.companyId)),
    }),
  ];
}

/** A tag job as the caller sees it: not the mailbox's own item id; in lists, the shared mailbox it came from. */
function tagJobView(job: TagJob & { sharedMailbox?: string | null }) {
  const { id, kind, status, attempts, errorCode, candidateIds, interactionId, createdAt, updatedAt } = job;
  const shared = job.sharedMailbox === undefined ? {} : { sharedMailbox: job.sharedMailbox };
  return { id, kind, status, attempts, errorCode, candidateIds, interactionId, createdAt, updatedAt, ...shared };
}

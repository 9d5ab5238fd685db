import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { DeletedSchema, IdParams } from '../schemas/common.js';
import { SharedMailboxBody, SharedMailboxListSchema, SharedMailboxSchema } from '../schemas/shared-mailboxes.js';
import { addSharedMailbox, listSharedMailboxes, removeSharedMailbox } from '../../app/shared-mailboxes.js';
import { taggingOf } from './mailbox-watch.routes.js';

const TAG = 'Admin';

/** The shared mailboxes (jobordre@…) the category flow watches, managed by admins. */
export function sharedMailboxRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/admin/shared-mailboxes',
      tag: TAG,
      summary: 'The shared mailboxes watched for the category, and the section owning each (admins only)',
      access: 'admin',
      response: SharedMailboxListSchema,
      handle: async ({ actor }) => ({ items: await listSharedMailboxes(deps, actor) }),
    }),
    route({
      method: 'post',
      path: '/api/admin/shared-mailboxes',
      tag: TAG,
      summary:
        'Watch a shared mailbox for the category (resolved at Graph); what is tagged there is logged for the section (admins only)',
      access: 'admin',
      body: SharedMailboxBody,
      status: 201,
      response: SharedMailboxSchema,
      errors: ['CONFLICT', 'UNAVAILABLE', 'THROTTLED'],
      handle: ({ actor, body }) => addSharedMailbox(taggingOf(deps), actor, body),
    }),
    route({
      method: 'delete',
      path: '/api/admin/shared-mailboxes/:id',
      tag: TAG,
      summary: 'Stop watching a shared mailbox; its logged contacts stay (admins only)',
      access: 'admin',
      params: IdParams,
      response: DeletedSchema,
      handle: async ({ actor, params }) => {
        await removeSharedMailbox(deps.tagging?.deps ?? deps, actor, params.id);
        return { removed: 1 };
      },
    }),
  ];
}

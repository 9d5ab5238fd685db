import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { ContextQuery, LogItemBody, LogItemResultSchema, PaneContextSchema } from '../api-schemas.js';
import { matchContext } from '../../app/match-context.js';
import { logOutlookItem, type LogItemResult } from '../../app/log-outlook-item.js';

const TAG = 'Outlook';

/** What the Outlook add-in calls: the pane's context, and logging an email or a meeting. */
export function outlookRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/context',
      tag: TAG,
      summary: "What the Outlook pane shows for an item's addresses: ranked companies with their service context",
      query: ContextQuery,
      response: PaneContextSchema,
      handle: ({ actor, query }) =>
        matchContext(deps, actor, { emails: query.email, internetMessageId: query.internetMessageId }),
    }),
    ...(['email', 'meeting'] as const).map((kind) =>
      route({
        method: 'post',
        path: `/api/interactions/${kind}`,
        tag: TAG,
        summary: `Log ${kind === 'email' ? 'an email' : 'a meeting'} from the caller's mailbox (read through Graph on their behalf) to a company's history`,
        body: LogItemBody,
        status: 201,
        statusOf: (result: LogItemResult) => (result.status === 'logged' ? 201 : 200),
        response: LogItemResultSchema,
        handle: ({ actor, body }) => logOutlookItem(deps, actor, { ...body, kind }),
      }),
    ),
  ];
}

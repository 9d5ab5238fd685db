import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import {
  ContextQuery,
  ItemPreviewQuery,
  ItemPreviewSchema,
  LogItemBody,
  LogItemResultSchema,
  PaneContextSchema,
} from '../schemas/outlook.js';
import { vacancyViews } from '../vacancy-view.js';
import { previewOutlookItem } from '../../app/preview-outlook-item.js';
import { matchContext } from '../../app/match-context.js';
import { logOutlookItem, type LogItemResult } from '../../app/log-outlook-item.js';
import { ITEM_READ_ERRORS } from '../../app/read-outlook-item.js';

const TAG = 'Outlook';

/** What the Outlook add-in calls: the pane's context, and logging an email or a meeting. */
export function outlookRoutes(deps: AppDeps) {
  const { withContext, withVacancy } = vacancyViews(deps.jobnetJobordreUrl);
  return [
    route({
      method: 'get',
      path: '/api/context',
      tag: TAG,
      summary: "What the Outlook pane shows for an item's addresses: ranked companies with their service context",
      query: ContextQuery,
      response: PaneContextSchema,
      handle: async ({ actor, query }) => {
        const found = await matchContext(deps, actor, {
          emails: query.email,
          internetMessageId: query.internetMessageId,
        });
        const matches = found.matches.map((match) => ({
          ...match,
          context: match.context && withContext(match.context),
        }));
        return { ...found, matches };
      },
    }),
    route({
      method: 'get',
      path: '/api/items/preview',
      tag: TAG,
      summary:
        'What the log form starts from: subject, a CPR-free summary draft and health-word warnings (nothing stored)',
      query: ItemPreviewQuery,
      response: ItemPreviewSchema,
      errors: ITEM_READ_ERRORS,
      handle: ({ actor, query }) => previewOutlookItem(deps, actor, query),
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
        statusesOf: [201, 200],
        errors: [...ITEM_READ_ERRORS, 'NEVER_LOG', 'MEETING_CANCELLED'],
        response: LogItemResultSchema,
        handle: async ({ actor, body }) => withVacancy(await logOutlookItem(deps, actor, { ...body, kind })),
      }),
    ),
  ];
}

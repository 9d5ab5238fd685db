import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { ContextQuery, PaneContextSchema } from '../api-schemas.js';
import { matchContext } from '../../app/match-context.js';

export function contextRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/context',
      tag: 'Outlook',
      summary: "What the Outlook pane shows for an item's addresses: ranked companies with their service context",
      query: ContextQuery,
      response: PaneContextSchema,
      handle: ({ actor, query }) =>
        matchContext(deps, actor, { emails: query.email, internetMessageId: query.internetMessageId }),
    }),
  ];
}

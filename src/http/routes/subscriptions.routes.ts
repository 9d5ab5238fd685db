import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { DeletedSchema, IdParams } from '../schemas/common.js';
import {
  CreateSubscriptionBody,
  SubscriptionListSchema,
  SubscriptionQuery,
  SubscriptionSchema,
} from '../schemas/subscriptions.js';
import { listChannelSubscriptions, subscribeChannel, unsubscribeChannel } from '../../app/channel-subscriptions.js';

const TAG = 'Channels';

/** Vacancy alert subscriptions of section channels. */
export function subscriptionRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/subscriptions',
      tag: TAG,
      summary: "Channels' vacancy alert subscriptions (all, or one channel's)",
      query: SubscriptionQuery,
      response: SubscriptionListSchema,
      handle: async ({ actor, query }) => ({
        items: await listChannelSubscriptions(deps, actor, query.conversationId),
      }),
    }),
    route({
      method: 'post',
      path: '/api/subscriptions',
      tag: TAG,
      summary: 'Subscribe a channel to vacancy alerts by topics, DB07 industry prefixes, postcodes and keywords',
      body: CreateSubscriptionBody,
      status: 201,
      errors: ['NOT_FOUND'],
      response: SubscriptionSchema,
      handle: ({ actor, body }) => subscribeChannel(deps, actor, body.conversationId, body),
    }),
    route({
      method: 'delete',
      path: '/api/subscriptions/:id',
      tag: TAG,
      summary: 'Remove a subscription',
      params: IdParams,
      response: DeletedSchema,
      handle: async ({ actor, params }) => ({ removed: await unsubscribeChannel(deps, actor, { id: params.id }) }),
    }),
  ];
}

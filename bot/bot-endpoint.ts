import type { Request, Response } from 'express';
import type { Activity, InvokeResponse } from 'botbuilder';
import type { BotConfig } from '../src/config.js';
import { DomainError } from '../src/domain/errors.js';
import { createBotAdapter, type KontaktsporAdapter } from './bot-adapter.js';
import { ActivitySchema, isLoopbackServiceUrl } from './activity-schema.js';
import { KontaktsporBot, type BotDeps } from './kontaktspor-bot.js';

/**
 * POST /api/messages. With a bot registration an unauthenticated request is refused first (401);
 * then the activity is checked (400), and the adapter authenticates its Bot Framework token and runs
 * the turn. Failures are DomainErrors, so the service's one error handler answers them in its shape.
 */
export function createBotEndpoint(
  bot: BotConfig | null,
  deps: BotDeps,
  adapter: KontaktsporAdapter = createBotAdapter(bot, deps.logger),
): (req: Request, res: Response) => Promise<void> {
  const handler = new KontaktsporBot(deps);
  return async (req, res) => {
    // Auth schemes are case-insensitive (RFC 7235); botbuilder's validator expects exactly "Bearer".
    const authorization = (req.headers.authorization ?? '').replace(/^bearer\s+/i, 'Bearer ');
    if (bot && !authorization.startsWith('Bearer '))
      throw new DomainError('UNAUTHENTICATED', 'A Bot Framework token is required.');
    const parsed = ActivitySchema.safeParse(req.body);
    if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'The body is not a Bot Framework activity.');
    if (!bot && !isLoopbackServiceUrl(parsed.data.serviceUrl)) {
      throw new DomainError('VALIDATION_FAILED', 'In demo mode the bot answers only a connector on this machine.');
    }
    const activity = parsed.data as unknown as Activity;
    let answer: InvokeResponse | undefined;
    try {
      answer = await adapter.runActivity(authorization, activity, (context) => handler.run(context));
    } catch (error) {
      // botframework-connector's AuthenticationError: the token was missing, forged or for another bot.
      if ((error as { statusCode?: unknown }).statusCode === 401)
        throw new DomainError('UNAUTHENTICATED', 'The Bot Framework token was not accepted.');
      throw error;
    }
    if (answer?.body === undefined) res.status(answer?.status ?? 200).end();
    else res.status(answer.status).json(answer.body);
  };
}

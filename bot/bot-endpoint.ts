import type { Request, Response } from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { BotConfig } from '../src/config.js';
import { createBotAdapter } from './bot-adapter.js';
import { KontaktsporBot, type BotDeps } from './kontaktspor-bot.js';

/** POST /api/messages: the adapter authenticates the request, the bot answers the activity. */
export function createBotEndpoint(
  bot: BotConfig | null,
  deps: BotDeps,
  adapter: CloudAdapter = createBotAdapter(bot, deps.logger),
): (req: Request, res: Response) => Promise<void> {
  const handler = new KontaktsporBot(deps);
  return (req, res) => adapter.process(req, res, (context) => handler.run(context));
}

import { TestAdapter, type Activity } from 'botbuilder';
import { pino, type Logger } from 'pino';
import { KontaktsporBot } from '../../../bot/kontaktspor-bot.js';
import { demoBotIdentity } from '../../../bot/bot-identity.js';
import { systemClock } from '../../../src/ports/clock.js';
import type { KyselyStore } from '../../../src/adapters/store/kysely-store.js';
import type { SeedData } from '../../../src/demo/seed-data.js';
import type { TagDeps } from '../../../src/app/tag-deps.js';

export type Where = 'personal' | 'channel';

/**
 * The real bot behind botbuilder's TestAdapter, on a seeded store: say something as a user in a
 * personal chat or a channel, get back the activities the bot sent.
 */
export function botHarness(options: {
  store: KyselyStore;
  tenantId: string;
  seed: SeedData;
  demoEmail: string;
  logger?: Logger;
  tagging?: TagDeps;
}) {
  const warnings: string[] = [];
  const logger = options.logger ?? pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
  const bot = new KontaktsporBot({
    store: options.store,
    clock: systemClock,
    logger,
    identify: demoBotIdentity({ store: options.store, tenantId: options.tenantId, defaultEmail: options.demoEmail }),
    tenantAllowed: (tenantId) => tenantId === options.tenantId,
    teamsAppId: 'b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c',
    publicUrl: 'https://kontaktspor.example.dk',
    tagging: options.tagging,
  });
  const adapter = new TestAdapter((context) => bot.run(context));

  async function say(
    text: string | Partial<Activity>,
    where: Where = 'personal',
    extra: Partial<Activity> = {},
  ): Promise<Partial<Activity>[]> {
    const base = typeof text === 'string' ? { type: 'message', text } : text;
    const activity: Partial<Activity> = {
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      from: { id: 'user-1', name: 'Mette', aadObjectId: options.seed.staff[0]!.id },
      recipient: { id: 'bot-1', name: 'Kontaktspor' },
      locale: 'da-DK',
      conversation:
        where === 'channel'
          ? {
              id: '19:virksomhedsservice@thread.tacv2;messageid=1',
              isGroup: true,
              conversationType: 'channel',
              tenantId: options.tenantId,
              name: '',
            }
          : {
              id: 'a:personal-chat-1',
              isGroup: false,
              conversationType: 'personal',
              tenantId: options.tenantId,
              name: '',
            },
      channelData: {
        tenant: { id: options.tenantId },
        ...(where === 'channel' && {
          team: { id: '19:team-1@thread.tacv2' },
          channel: { id: '19:virksomhedsservice@thread.tacv2' },
        }),
      },
      ...base,
      ...extra,
    };
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity, (context) => bot.run(context));
    return adapter.activeQueue.splice(0);
  }

  return { say, warnings };
}

/** The Adaptive Cards among the bot's replies. */
export function cardsOf(replies: Partial<Activity>[]): Record<string, unknown>[] {
  return replies.flatMap((reply) =>
    (reply.attachments ?? [])
      .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((attachment) => attachment.content as Record<string, unknown>),
  );
}

/** All text shown on a card, for asserting what a person would read. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
}

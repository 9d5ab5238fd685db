import { z } from 'zod';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const Account = z.looseObject({
  id: z.string().min(1).max(1024),
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(128).optional(),
});

/**
 * What an activity must carry before the bot looks at it: the fields every Bot Framework channel
 * sends (type, channel, the connector to answer, who and where). Anything else passes through to
 * botbuilder as it came; turn logic reads the optional parts defensively.
 */
export const ActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  name: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: Account,
  recipient: Account.optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  text: z.string().max(100_000).optional(),
  locale: z.string().max(64).optional(),
});

/** Demo mode answers only a connector on this machine (the Agents Playground, the tests). */
export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  return LOOPBACK.has(new URL(serviceUrl).hostname);
}

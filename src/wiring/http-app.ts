import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { IdentityWiring } from '../adapters/auth/production-identity.js';
import type { KontaktsporAdapter } from '../../bot/bot-adapter.js';
import { createApp } from '../http/create-app.js';
import { botOptions } from './bot.js';
import { frontEndOptions } from './front-ends.js';
import type { TaggingWiring } from './tagging.js';
import type { RegisterWiring } from './register.js';
import type { StarWiring } from './star.js';

/** The HTTP app over the wired parts: the API, the front-end pages, the bot endpoint, Graph's notifications and STAR's messages. */
export function wireHttpApp(parts: {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  identity: IdentityWiring;
  botAdapter: KontaktsporAdapter | null;
  tagging: TaggingWiring | undefined;
  register: RegisterWiring | null;
  star: StarWiring | null;
  version: string;
  publicDir: string | undefined;
}) {
  const { config, store, clock, logger, identity, tagging, publicDir } = parts;
  return createApp({
    store,
    clock,
    authenticator: identity.authenticator,
    mailSource: identity.mailSource,
    ...frontEndOptions(config, identity, parts.star?.devRouter ? [parts.star.devRouter] : []),
    ...botOptions(config, store, logger, parts.botAdapter, tagging?.deps),
    ...(tagging && { tagging }),
    ...(parts.register && {
      register: { source: parts.register.source, municipalityCode: parts.register.municipalityCode },
    }),
    ...(parts.star && { star: parts.star.app }),
    logger,
    ownDomains: config.ownDomains,
    jobnetJobordreUrl: config.jobnetJobordreUrl,
    version: parts.version,
    ...(publicDir && { publicDir }),
  });
}

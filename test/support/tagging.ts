import { pino } from 'pino';
import type { Logger } from 'pino';
import { MailSourceError } from '../../src/ports/mail-source.js';
import { systemClock } from '../../src/ports/clock.js';
import type { Store } from '../../src/ports/store.js';
import type { TagDeps } from '../../src/app/tag-deps.js';

/**
 * The category flow's dependencies for suites that must not reach a mailbox: the store is real,
 * and Graph is a port that refuses every call (UNAVAILABLE), so a request that would read mail shows.
 */
export function refusingTagDeps(store: Store, options: { ownDomains?: string[]; logger?: Logger } = {}): TagDeps {
  const refuse = async (): Promise<never> => {
    throw new MailSourceError('UNAVAILABLE', 'no Graph in this suite');
  };
  return {
    store,
    clock: systemClock,
    mailSource: { getMessage: refuse, getEvent: refuse, getProfile: refuse, addCategory: refuse, toRestIds: refuse },
    watchSource: {
      resolveMailbox: refuse,
      createSubscription: refuse,
      renewSubscription: refuse,
      deleteSubscription: refuse,
      delta: refuse,
      setCategories: refuse,
    },
    logger: options.logger ?? pino({ level: 'silent' }),
    ownDomains: options.ownDomains ?? ['roskilde.dk'],
    settings: {
      category: 'Kontaktspor',
      loggedCategory: 'Kontaktspor: logget',
      notificationUrl: 'https://kontaktspor.invalid/api/graph/notifications',
      subscriptionMinutes: 4_320,
      renewBeforeMinutes: 1_440,
    },
  };
}

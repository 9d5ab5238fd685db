import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { MailSourceError } from '../../src/ports/mail-source.js';
import { systemClock } from '../../src/ports/clock.js';
import type { Store } from '../../src/ports/store.js';
import type { TagDeps } from '../../src/app/tag-deps.js';
import type { GraphEmulator } from '../../src/demo/emulators/graph-emulator.js';
import { sharedMailboxUser } from '../../src/demo/emulators/graph-shared-mailbox.js';

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

/** Polls until `check` holds (the acceptance criteria say "logged within 5 s" and "within 10 s"). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  withinMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A shared mailbox at the Graph emulator (nobody signs in to it); returns its Graph user id. */
export function addSharedMailbox(graph: GraphEmulator, address: string, displayName: string): string {
  const id = randomUUID();
  graph.addMailbox(sharedMailboxUser({ id, address, displayName }));
  return id;
}

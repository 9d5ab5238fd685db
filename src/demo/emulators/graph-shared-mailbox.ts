/**
 * Shared (functional) mailboxes in the Graph emulator, as Exchange Online has them: a mailbox whose
 * user cannot sign in (userPurpose 'shared'), which app-only tokens read, subscribe to, follow by
 * delta and PATCH like any mailbox. Delegated access to them lives beside this, not here.
 */
import type { Response, Router } from 'express';
import { sendGraphJson } from './graph-errors.js';
import type { Mailbox, MailboxUser } from './graph-store.js';

/** Exchange's recipient kinds the emulator knows (mailboxSettings.userPurpose). */
export type UserPurpose = 'user' | 'shared';

/** The profile of a shared mailbox: no department, no job title, no one signs in as it. */
export function sharedMailboxUser(input: { id: string; address: string; displayName: string }): MailboxUser {
  return {
    id: input.id,
    userPrincipalName: input.address,
    mail: input.address,
    displayName: input.displayName,
    department: null,
    userPurpose: 'shared',
  };
}

/** GET {mailbox}/mailboxSettings: the mailbox's purpose (with its time zone and language, as Graph answers). */
export function mailboxSettingsRoute(
  router: Router,
  mailboxOf: (res: Response) => Mailbox,
  check: (res: Response) => void,
  context: (res: Response) => string,
): void {
  router.get('/mailboxSettings', (_req, res) => {
    check(res);
    sendGraphJson(res, 200, {
      '@odata.context': context(res),
      timeZone: 'Romance Standard Time',
      language: { locale: 'da-DK', displayName: 'dansk (Danmark)' },
      userPurpose: mailboxOf(res).user.userPurpose ?? 'user',
    });
  });
}

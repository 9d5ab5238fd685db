import type { Logger } from '../ports/logger.js';
import type {
  AuditStore,
  CompanyStore,
  ContactStore,
  DirectoryStore,
  InteractionStore,
  PrivacyStore,
  SharedMailboxStore,
  TaggingStore,
  Transactional,
} from '../ports/store.js';
import type { LogItemStore, LogItemTx } from './log-outlook-item.js';
import type { RememberContactStore } from './remember-contact.js';
import type { Clock } from '../ports/clock.js';
import type { MailSource } from '../ports/mail-source.js';
import type { AppMailbox, MailboxWatchSource } from '../ports/mailbox-watch-source.js';
import type { UserNotifier } from '../ports/user-notifier.js';
import type { MailboxWatch } from '../domain/tagging.js';

/** The "Kontaktspor" category flow's settings (from config: MailboxWatchConfig). */
export interface TagSettings {
  category: string;
  loggedCategory: string;
  /** Where Graph posts change notifications. */
  notificationUrl: string;
  subscriptionMinutes: number;
  renewBeforeMinutes: number;
}

/** The queue and watches, matching a tagged item to a company, and logging it as the add-in does. */
export type TagStore = Omit<
  TaggingStore &
    SharedMailboxStore &
    CompanyStore &
    ContactStore &
    Pick<InteractionStore, 'findLoggedItem'> &
    Pick<DirectoryStore, 'listStaff' | 'listSections'> &
    AuditStore &
    LogItemStore &
    RememberContactStore,
  'withTransaction'
> &
  // One transaction type for all: logging an item, remembering a sender, configuring a shared mailbox.
  Transactional<LogItemTx & CompanyStore & ContactStore & PrivacyStore & TaggingStore & SharedMailboxStore>;

/** What the tag use cases need: the store, app-only mailbox access, and a way to ask the user. */
export interface TagDeps {
  store: TagStore;
  clock: Clock;
  mailSource: MailSource;
  watchSource: MailboxWatchSource;
  notifier?: UserNotifier | undefined;
  logger: Logger;
  ownDomains: readonly string[];
  settings: TagSettings;
}

/** App-only access to a watched mailbox. */
export function appMailbox(tenantId: string, watch: MailboxWatch): AppMailbox {
  return { kind: 'app', tenantId, userId: watch.graphUserId };
}

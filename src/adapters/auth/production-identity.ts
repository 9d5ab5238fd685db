import type { Logger } from 'pino';
import type { Router } from 'express';
import type { Config, EntraConfig } from '../../config.js';
import type { Store } from '../../ports/store.js';
import type { Authenticator } from '../../ports/authenticator.js';
import type { MailSource } from '../../ports/mail-source.js';
import { outboundFetch } from '../outbound-fetch.js';
import { GraphMailSource } from '../graph/graph-mail-source.js';
import { GraphMailboxWatch } from '../graph/graph-mailbox-watch.js';
import type { MailboxWatchSource } from '../../ports/mailbox-watch-source.js';
import { EntraTokenValidator } from './entra-token-validator.js';
import { entraAuthenticator } from './entra-authenticator.js';
import { GraphTokenProvider } from './graph-token-provider.js';

/** Who is calling, and their mailbox: the identity side of the service, wired for production or demo. */
export interface IdentityWiring {
  authenticator: Authenticator;
  mailSource: MailSource;
  /** App-only mailbox watching for the "Kontaktspor" category (issue 8). */
  watchSource?: MailboxWatchSource;
  /** Demo only: the Outlook stand-in page and its endpoints, and the office.js stand-in's URL. */
  devRouter?: Router;
  officeJsUrl?: string;
  /** Demo only: the running emulators (tests inject Graph faults through them). */
  emulators?: import('../../demo/emulators/index.js').Emulators;
  close(): Promise<void>;
}

/** Entra ID tokens, on-behalf-of through MSAL, Microsoft Graph: production, or the emulators with their CA. */
export function entraIdentity(options: {
  entra: EntraConfig;
  graphBaseUrl: string;
  ownDomains: Config['ownDomains'];
  store: Store;
  logger: Logger;
  ca?: string;
  metadataFor?: ConstructorParameters<typeof GraphTokenProvider>[3];
}): Omit<IdentityWiring, 'close'> {
  const fetch = outboundFetch({ ca: options.ca });
  const tokens = new GraphTokenProvider(
    options.entra,
    fetch,
    options.logger.child({ part: 'msal' }),
    options.metadataFor,
  );
  const mailSource = new GraphMailSource({
    tokens,
    baseUrl: options.graphBaseUrl,
    fetch,
    ownDomains: options.ownDomains,
    logger: options.logger.child({ part: 'graph' }),
  });
  const authenticator = entraAuthenticator({
    validator: new EntraTokenValidator(options.entra, fetch),
    store: options.store,
    adminRole: options.entra.adminRole,
    departmentOf: async (tenantId, assertion) =>
      (await mailSource.getProfile({ kind: 'user', tenantId, assertion })).department,
    logger: options.logger.child({ part: 'auth' }),
  });
  return { authenticator, mailSource, watchSource: new GraphMailboxWatch(mailSource) };
}

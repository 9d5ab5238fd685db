import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Store } from '../ports/store.js';
import { entraIdentity, type IdentityWiring } from '../adapters/auth/production-identity.js';
import { demoAuthenticator } from './demo-authenticator.js';
import { demoObjectId } from './demo-directory.js';
import { startEmulators } from './emulators/index.js';
import { demoOutlookRouter } from './outlook/demo-outlook.routes.js';
import type { SeedData } from './seed-data.js';

/**
 * Demo mode's identity: the local identity and Graph emulators stand in for Entra ID and Microsoft
 * Graph, and the production MSAL and Graph client code runs against them. Callers need no token:
 * the demo authenticator names the user and mints the token the emulator would have issued.
 */
export async function demoIdentity(options: {
  config: Config;
  store: Store;
  logger: Logger;
  seed: SeedData | undefined;
  /** The time the seed was built for: the demo mailboxes are written around the same moment. */
  now: Date;
  defaultEmail: string;
}): Promise<IdentityWiring> {
  const tenantId = options.config.demo!.tenantId;
  const emulators = await startEmulators({ tenantId, now: options.now, ...(options.seed && { seed: options.seed }) });
  const { identity, app } = emulators;
  const { mailSource, watchSource } = entraIdentity({
    entra: {
      tenantIds: [tenantId],
      clientId: app.clientId,
      credential: { kind: 'secret', secret: app.clientSecret },
      audiences: [app.clientId, app.appIdUri],
      authorityHost: identity.url,
      oidcMetadataUrl: identity.metadataUrl('{tenant}'),
      adminRole: 'Kontaktspor.Admin',
      apiScope: `${app.appIdUri}/access_as_user`,
    },
    graphBaseUrl: emulators.graph.baseUrl,
    ownDomains: options.config.ownDomains,
    store: options.store,
    logger: options.logger,
    ca: emulators.tls.ca,
    metadataFor: (tid) => ({
      authorityMetadata: identity.authorityMetadataJson(tid),
      cloudDiscoveryMetadata: identity.cloudDiscoveryMetadataJson(),
    }),
  });
  const authenticator = demoAuthenticator({
    store: options.store,
    tenantId,
    defaultEmail: options.defaultEmail,
    mintAssertion: (staff, tid) =>
      identity.mintUserToken({
        tid,
        oid: demoObjectId(staff),
        name: staff.name,
        preferred_username: staff.email,
        upn: staff.email,
      }),
  });
  options.logger.info(
    { identity: identity.url, graph: emulators.graph.baseUrl },
    'demo identity and Graph emulators started',
  );
  return {
    authenticator,
    mailSource,
    ...(watchSource && { watchSource }),
    devRouter: demoOutlookRouter({
      graph: emulators.graph,
      store: options.store,
      tenantId,
      defaultEmail: options.defaultEmail,
    }),
    officeJsUrl: '/dev/office-standin.js',
    emulators,
    close: () => emulators.close(),
  };
}

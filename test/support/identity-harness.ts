import { pino, type Logger } from 'pino';
import { startEmulators, type Emulators } from '../../src/demo/emulators/index.js';
import { entraIdentity } from '../../src/adapters/auth/production-identity.js';
import type { EntraConfig } from '../../src/config.js';
import type { Store } from '../../src/ports/store.js';
import type { SeedData } from '../../src/demo/seed-data.js';

/**
 * Production identity (token validation, MSAL on-behalf-of, the Graph client) wired exactly as
 * main.ts does, against the local HTTPS emulators instead of Entra ID and Microsoft Graph.
 */
export async function startProductionIdentity(options: {
  store: Store;
  tenantId: string;
  seed?: SeedData;
  logger?: Logger;
}) {
  const emulators: Emulators = await startEmulators({
    tenantId: options.tenantId,
    ...(options.seed && { seed: options.seed }),
  });
  const { identity, app } = emulators;
  const entra: EntraConfig = {
    tenantIds: [options.tenantId],
    clientId: app.clientId,
    credential: { kind: 'secret', secret: app.clientSecret },
    audiences: [app.clientId, `api://${app.clientId}`, app.appIdUri],
    authorityHost: identity.url,
    oidcMetadataUrl: identity.metadataUrl('{tenant}'),
    adminRole: 'Kontaktspor.Admin',
    apiScope: `${app.appIdUri}/access_as_user`,
  };
  const wiring = entraIdentity({
    entra,
    graphBaseUrl: emulators.graph.baseUrl,
    ownDomains: ['roskilde.dk'],
    store: options.store,
    logger: options.logger ?? pino({ level: 'silent' }),
    ca: emulators.tls.ca,
    metadataFor: (tid) => ({
      authorityMetadata: identity.authorityMetadataJson(tid),
      cloudDiscoveryMetadata: identity.cloudDiscoveryMetadataJson(),
    }),
  });
  /** A valid access token for our API as Teams or Outlook would obtain it for this user. */
  const tokenFor = (user: { oid: string; name: string; email: string; roles?: string[] }) =>
    identity.mintUserToken({
      tid: options.tenantId,
      oid: user.oid,
      name: user.name,
      preferred_username: user.email,
      upn: user.email,
      aud: app.clientId,
      ...(user.roles && { roles: user.roles }),
    });
  return { emulators, entra, ...wiring, tokenFor, close: () => emulators.close() };
}

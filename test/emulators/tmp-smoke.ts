import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import { createDevTls } from '../../src/dev/emulators/dev-tls.js';
import { startIdentityEmulator } from '../../src/dev/emulators/identity-emulator.js';
import { UndiciNetworkClient } from './support/undici-network-client.js';
const tls = await createDevTls();
const id = await startIdentityEmulator({ tls });
const tenant = '22222222-2222-4222-8222-222222222222';
const clientId = '33333333-3333-4333-8333-333333333333';
id.registerApp({ tenantId: tenant, clientId, clientSecret: 's3cret', appIdUri: `api://localhost/${clientId}` });
const net = new UndiciNetworkClient(tls.ca);
for (const mode of ['metadata', 'known'] as const) {
  const cca = new ConfidentialClientApplication({
    auth: {
      clientId, clientSecret: 's3cret', authority: `${id.url}/${tenant}`,
      ...(mode === 'metadata' ? { authorityMetadata: id.authorityMetadataJson(tenant), cloudDiscoveryMetadata: id.cloudDiscoveryMetadataJson() } : { knownAuthorities: [new URL(id.url).host] }),
    },
    system: { networkClient: net, loggerOptions: { logLevel: LogLevel.Warning, loggerCallback: (_l, m) => console.log('msal:', m) } },
  });
  const user = await id.mintUserToken({ oid: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Mette', preferred_username: 'mette@roskilde.dk' });
  const r1 = await cca.acquireTokenOnBehalfOf({ oboAssertion: user, scopes: ['https://graph.microsoft.com/Mail.Read'] });
  const r2 = await cca.acquireTokenOnBehalfOf({ oboAssertion: user, scopes: ['https://graph.microsoft.com/Mail.Read'] });
  console.log(mode, r1?.fromCache, r2?.fromCache, r1?.account?.username, r1?.scopes, id.grants.length);
  const c = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  console.log('cc', c?.fromCache, id.grants.at(-1));
}
console.log(net.calls);
await net.close(); await id.close();

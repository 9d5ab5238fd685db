import type { Config } from '../config.js';
import type { IdentityWiring } from '../adapters/auth/production-identity.js';

/** What the add-in and tab pages load: office.js (CDN in production, stand-in in demo) and sign-in ids. */
export function frontEndOptions(config: Config, identity: IdentityWiring) {
  const entra = config.entra;
  return {
    ...(identity.devRouter && { devRouter: identity.devRouter }),
    ...((config.officeJsUrl ?? identity.officeJsUrl) && { officeJsUrl: (config.officeJsUrl ?? identity.officeJsUrl)! }),
    clientAuth: entra
      ? {
          clientId: entra.clientId,
          apiScope: entra.apiScope,
          authority: `${entra.authorityHost}/${entra.tenantIds[0]}`,
        }
      : null,
  };
}

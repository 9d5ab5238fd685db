import express, { type Router } from 'express';
import type { Config } from '../config.js';
import type { IdentityWiring } from '../adapters/auth/production-identity.js';

/**
 * What the add-in and tab pages load: office.js (CDN in production, stand-in in demo) and sign-in
 * ids; in demo mode the `/dev` pages (the Outlook stand-in, and `demoPages` such as Jobnet's).
 */
export function frontEndOptions(config: Config, identity: IdentityWiring, demoPages: readonly Router[] = []) {
  const entra = config.entra;
  const dev = [identity.devRouter, ...demoPages].filter((router): router is Router => router !== undefined);
  return {
    ...(dev.length > 0 && { devRouter: dev.length === 1 ? dev[0]! : express.Router().use(...dev) }),
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

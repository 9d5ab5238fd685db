import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import {
  AuthError,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  LogLevel,
  type Configuration,
} from '@azure/msal-node';
import type { Logger } from 'pino';
import type { EntraConfig } from '../../config.js';
import { MailSourceError, type MailboxAccess } from '../../ports/mail-source.js';
import type { OutboundFetch } from '../outbound-fetch.js';
import { msalNetworkClient } from './msal-network-client.js';

const PUBLIC_GRAPH = 'https://graph.microsoft.com';
/**
 * Delegated permissions asked for on-behalf-of the user: read the item, tag it (categories on
 * messages and events), create the master category, and read the user's department. Named
 * explicitly rather than `.default` so MSAL's cache finds the token again by these scopes.
 */
const DELEGATED_PERMISSIONS = ['User.Read', 'Mail.ReadWrite', 'Calendars.ReadWrite', 'MailboxSettings.ReadWrite'];
/**
 * Added only when the pane reads an item of a shared mailbox (`/users/{shared}/…`): read, never
 * write, since the pane does not tag there. Asked for separately so a tenant that has not consented
 * to them still has a working pane in personal mailboxes.
 */
const SHARED_PERMISSIONS = ['Mail.Read.Shared', 'Calendars.Read.Shared'];

/** The delegated scopes on a cloud's Graph resource (the public cloud's unless told); `shared` adds the .Shared reads. */
export function graphDelegatedScopes(resource: string = PUBLIC_GRAPH, shared = false): string[] {
  const permissions = shared ? [...DELEGATED_PERMISSIONS, ...SHARED_PERMISSIONS] : DELEGATED_PERMISSIONS;
  return permissions.map((permission) => `${resource}/${permission}`);
}

/** Discovery documents handed to MSAL so it never calls out to find the authority (emulators, clouds). */
export interface AuthorityMetadata {
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
}

/**
 * Graph access tokens from MSAL: on-behalf-of the signed-in user, or app-only for background work.
 * One ConfidentialClientApplication per tenant for the life of the process, so MSAL's token cache
 * serves repeated calls (OBO tokens are cached per user assertion).
 */
export class GraphTokenProvider {
  private readonly clients = new Map<string, ConfidentialClientApplication>();
  private readonly delegatedScopes: string[];
  private readonly sharedScopes: string[];
  private readonly appScopes: string[];

  constructor(
    private readonly entra: Pick<
      EntraConfig,
      'clientId' | 'credential' | 'authorityHost' | 'tenantIds' | 'graphResource'
    >,
    private readonly fetch: OutboundFetch,
    private readonly logger: Logger,
    private readonly metadataFor?: (tenantId: string) => AuthorityMetadata,
  ) {
    const resource = entra.graphResource ?? PUBLIC_GRAPH;
    this.delegatedScopes = graphDelegatedScopes(resource);
    this.sharedScopes = graphDelegatedScopes(resource, true);
    this.appScopes = [`${resource}/.default`];
  }

  async tokenFor(access: MailboxAccess): Promise<string> {
    const client = this.clientFor(access.tenantId);
    try {
      const result =
        access.kind === 'user'
          ? await client.acquireTokenOnBehalfOf({
              oboAssertion: access.assertion,
              scopes: access.sharedMailbox ? this.sharedScopes : this.delegatedScopes,
            })
          : await client.acquireTokenByClientCredential({ scopes: this.appScopes });
      if (!result?.accessToken) throw new MailSourceError('AUTH_REQUIRED', 'No Graph token was issued.');
      return result.accessToken;
    } catch (error) {
      throw translateMsalError(error, this.logger);
    }
  }

  private clientFor(tenantId: string): ConfidentialClientApplication {
    let client = this.clients.get(tenantId);
    if (!client) {
      client = new ConfidentialClientApplication(this.configurationFor(tenantId));
      this.clients.set(tenantId, client);
    }
    return client;
  }

  private configurationFor(tenantId: string): Configuration {
    const { credential } = this.entra;
    const metadata = this.metadataFor?.(tenantId);
    return {
      auth: {
        clientId: this.entra.clientId,
        authority: `${this.entra.authorityHost}/${tenantId}`,
        ...(credential.kind === 'secret'
          ? { clientSecret: credential.secret }
          : { clientCertificate: loadCertificate(credential.path) }),
        // The configured host is trusted as it is: without this MSAL asks login.microsoftonline.com
        // to discover the instance, which fails offline and is the wrong cloud outside the public one.
        // It then reads the tenant's metadata from the configured host itself, once per client.
        knownAuthorities: [new URL(this.entra.authorityHost).host],
        ...metadata,
      },
      system: {
        networkClient: msalNetworkClient(this.fetch),
        loggerOptions: {
          piiLoggingEnabled: false,
          logLevel: LogLevel.Warning,
          loggerCallback: (level, message, containsPii) => {
            if (!containsPii && level <= LogLevel.Warning) this.logger.warn({ msal: message.slice(0, 300) }, 'msal');
          },
        },
      },
    };
  }
}

/** A PEM file with the certificate and its private key, as Entra's certificate credential needs. */
function loadCertificate(path: string): { thumbprintSha256: string; privateKey: string; x5c: string } {
  const pem = readFileSync(path, 'utf8');
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKey = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!certificate || !privateKey)
    throw new Error('ENTRA_CLIENT_CERTIFICATE_PATH must hold a PEM certificate and its private key.');
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, '');
  return { thumbprintSha256, privateKey, x5c: certificate };
}

function translateMsalError(error: unknown, logger: Logger): MailSourceError {
  if (error instanceof MailSourceError) return error;
  if (error instanceof InteractionRequiredAuthError) {
    return new MailSourceError(
      'AUTH_REQUIRED',
      'Consent or sign-in is needed again to read this mailbox.',
      error.claims || undefined,
    );
  }
  if (error instanceof AuthError) {
    logger.warn({ code: error.errorCode, subError: error.subError }, 'token request refused');
    if (['invalid_grant', 'consent_required', 'interaction_required'].includes(error.errorCode)) {
      return new MailSourceError('AUTH_REQUIRED', 'Consent or sign-in is needed again to read this mailbox.');
    }
    return new MailSourceError('UNAVAILABLE', 'The identity provider refused or failed the token request.');
  }
  return new MailSourceError('UNAVAILABLE', 'The identity provider cannot be reached.');
}

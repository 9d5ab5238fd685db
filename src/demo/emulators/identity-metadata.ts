/**
 * Entra ID discovery documents as the identity emulator serves them. Issuers keep the REAL form
 * (`https://login.microsoftonline.com/{tid}/v2.0`) unless the emulator plays another cloud, whose
 * issuer is on its own host (as login.microsoftonline.us's is); every endpoint points at the
 * emulator, so MSAL given these documents never calls out.
 */

export const REAL_AUTHORITY_HOST = 'https://login.microsoftonline.com';
/** Tenants that are not a directory: metadata for them carries the `{tenantid}` placeholder, like AAD's. */
export const MULTI_TENANT_ALIASES: ReadonlySet<string> = new Set(['common', 'organizations', 'consumers']);

/** The v2.0 issuer of a tenant, in the form real Entra ID tokens carry. */
export function realIssuer(tenantId: string): string {
  return `${REAL_AUTHORITY_HOST}/${tenantId}/v2.0`;
}

/** How a cloud names a tenant's v2.0 issuer. */
export type IssuerOf = (tenantId: string) => string;

/** The v1.0 issuer (Graph access tokens are v1.0 tokens). */
export function realV1Issuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

/** `GET {tenant}/v2.0/.well-known/openid-configuration`, shaped like login.microsoftonline.com's. */
export function openIdConfiguration(
  emulatorUrl: string,
  tenant: string,
  issuerOf: IssuerOf = realIssuer,
): Record<string, unknown> {
  const base = `${emulatorUrl}/${tenant}`;
  const issuerTenant = MULTI_TENANT_ALIASES.has(tenant) ? '{tenantid}' : tenant;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: issuerOf(issuerTenant),
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

/**
 * `GET /common/discovery/instance`: the instance-discovery response (MSAL's `cloudDiscoveryMetadata`
 * shape). The emulator's host is its own only alias, so MSAL keeps talking to it.
 */
export function instanceDiscovery(emulatorUrl: string, tenant = '{tenant}'): Record<string, unknown> {
  const host = new URL(emulatorUrl).host;
  const aliases = [host];
  if (host.startsWith('127.0.0.1:')) aliases.push(host.replace('127.0.0.1', 'localhost'));
  return {
    tenant_discovery_endpoint: `${emulatorUrl}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases }],
  };
}

/** The string MSAL's `auth.authorityMetadata` option takes, for the authority `{emulatorUrl}/{tenant}`. */
export function authorityMetadataJson(emulatorUrl: string, tenant: string, issuerOf: IssuerOf = realIssuer): string {
  return JSON.stringify(openIdConfiguration(emulatorUrl, tenant, issuerOf));
}

/** The string MSAL's `auth.cloudDiscoveryMetadata` option takes. */
export function cloudDiscoveryMetadataJson(emulatorUrl: string): string {
  return JSON.stringify(instanceDiscovery(emulatorUrl));
}

import type { IdentityEmulator } from '../../../src/demo/emulators/identity-emulator.js';
import { HttpsJson } from './https-json.js';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const OTHER_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
export const CLIENT_ID = '8d2f0b8e-5c1a-4f5e-9a43-3b1e6c7d9e01';
export const CLIENT_SECRET = 'emulator-secret-value';
export const APP_ID_URI = `api://localhost/${CLIENT_ID}`;
export const OTHER_CLIENT_ID = '0c7e9d55-2a51-4a5b-8f21-6d3a0e4b7f12';

export const METTE = {
  id: '5221bbe9-bcd4-4a00-9525-8cccd8d912a7',
  userPrincipalName: 'mette.kjaergaard@roskilde.dk',
  mail: 'mette.kjaergaard@roskilde.dk',
  displayName: 'Mette Kjærgaard',
  department: 'Virksomhedsservice',
  jobTitle: 'Virksomhedskonsulent',
};
export const SOEREN = {
  id: 'd49b4b37-2191-4e80-be9d-34364839c053',
  userPrincipalName: 'soeren.holm@roskilde.dk',
  mail: 'soeren.holm@roskilde.dk',
  displayName: 'Søren Holm',
  department: 'Virksomhedsservice',
};

export function userClaims(user: {
  id: string;
  displayName: string;
  userPrincipalName: string;
}): Record<string, string> {
  return {
    oid: user.id,
    tid: TENANT,
    name: user.displayName,
    preferred_username: user.userPrincipalName,
    upn: user.userPrincipalName,
  };
}

/** Token endpoint calls as a confidential client of the emulator would make them. */
export class TokenClient {
  constructor(
    private readonly http: HttpsJson,
    private readonly identity: IdentityEmulator,
    private readonly tenant = TENANT,
  ) {}

  get endpoint(): string {
    return `${this.identity.url}/${this.tenant}/oauth2/v2.0/token`;
  }

  post(form: Record<string, string>, headers: Record<string, string> = {}) {
    return this.http.request(this.endpoint, { form, headers });
  }

  onBehalfOf(
    assertion: string,
    scope: string,
    client: { id: string; secret: string } = { id: CLIENT_ID, secret: CLIENT_SECRET },
  ) {
    return this.post({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      client_id: client.id,
      client_secret: client.secret,
      assertion,
      scope,
    });
  }

  clientCredentials(
    scope = 'https://graph.microsoft.com/.default',
    client: { id: string; secret: string } = { id: CLIENT_ID, secret: CLIENT_SECRET },
  ) {
    return this.post({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret, scope });
  }

  /** A Graph token for the user via on-behalf-of (`scope` as in the request, default all the app may have). */
  async graphTokenFor(
    user: { id: string; displayName: string; userPrincipalName: string },
    scope = 'https://graph.microsoft.com/.default',
  ): Promise<string> {
    const assertion = await this.identity.mintUserToken(userClaims(user));
    const response = await this.onBehalfOf(assertion, scope);
    if (response.status !== 200) throw new Error(`OBO failed: ${JSON.stringify(response.body)}`);
    return String(response.body.access_token);
  }
}

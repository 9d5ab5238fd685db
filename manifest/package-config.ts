/**
 * What the app package is rendered from: the ids of the Teams app, the bot and the Entra app
 * registration, and the public address. Read from the same environment variables the service uses
 * (README, Configuration), or example values for tests and a first look (`--example`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEMO_TEAMS_APP_ID } from '../src/config.js';

export interface PackageConfig {
  /** The Teams app id = the manifest id = the Outlook add-in id (TEAMS_APP_ID). */
  readonly teamsAppId: string;
  /** The bot's app registration (BOT_APP_ID). */
  readonly botAppId: string;
  /** The API's app registration (ENTRA_CLIENT_ID): webApplicationInfo.id. */
  readonly clientId: string;
  /** The API's Application ID URI (ENTRA_APP_ID_URI): webApplicationInfo.resource, `api://<host>/<client id>`. */
  readonly appIdUri: string;
  /** The public origin, no trailing slash (PUBLIC_URL), e.g. https://kontaktspor.example.dk. */
  readonly publicUrl: string;
  /** Host (and port, if any) of publicUrl. */
  readonly publicHost: string;
  /** The app version, x.y.z (package.json, or APP_VERSION). */
  readonly version: string;
  /**
   * The id of the XML (add-in only) manifest: its own GUID, derived from teamsAppId, because
   * Microsoft requires the two versions of one add-in to have different ids; the unified manifest
   * hides it (extensions[0].alternates hide.customOfficeAddin) where both are installed.
   */
  readonly outlookAddinId: string;
}

/** The variables `npm run package` needs, in the order they are checked. */
export const PACKAGE_VARIABLES = [
  'TEAMS_APP_ID',
  'BOT_APP_ID',
  'ENTRA_CLIENT_ID',
  'ENTRA_APP_ID_URI',
  'PUBLIC_URL',
] as const;

export class PackageConfigError extends Error {
  override name = 'PackageConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

// Namespace of the name-based (v5) UUIDs derived here; fixed forever, or the derived ids change.
const KONTAKTSPOR_NAMESPACE = '2f7c9a4e-3b1d-4e8f-9c6a-5d0b8e1f7a23';

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string = KONTAKTSPOR_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The XML add-in manifest's id for a Teams app id: stable, and never the same GUID. */
export function outlookAddinIdFor(teamsAppId: string): string {
  return uuidV5(`outlook-addin-only-manifest:${teamsAppId.toLowerCase()}`);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** package.json's version: the app version unless APP_VERSION says otherwise. */
export function packageJsonVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

export const EXAMPLE_PUBLIC_URL = 'https://kontaktspor.example.dk';
export const EXAMPLE_BOT_APP_ID = '3f2b8c4e-9a1d-4e6f-8b2a-5c7d9e0f1a2b';
export const EXAMPLE_CLIENT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** Example values: the demo Teams app id, made-up registrations, kontaktspor.example.dk. */
export function exampleConfig(version: string = packageJsonVersion()): PackageConfig {
  return Object.freeze({
    teamsAppId: DEMO_TEAMS_APP_ID,
    botAppId: EXAMPLE_BOT_APP_ID,
    clientId: EXAMPLE_CLIENT_ID,
    appIdUri: `api://kontaktspor.example.dk/${EXAMPLE_CLIENT_ID}`,
    publicUrl: EXAMPLE_PUBLIC_URL,
    publicHost: 'kontaktspor.example.dk',
    version,
    outlookAddinId: outlookAddinIdFor(DEMO_TEAMS_APP_ID),
  });
}

/**
 * The configuration from the environment. Throws a PackageConfigError naming the first variable
 * that is missing or malformed. Consistency between the values (the App ID URI on the public
 * host, ending in the client id) is the validator's job, so every such problem is reported at once.
 */
export function readPackageConfig(env: Record<string, string | undefined> = process.env): PackageConfig {
  const value = (name: string): string => {
    const raw = env[name]?.trim();
    if (!raw)
      throw new PackageConfigError(name, `${name} is not set: the app package needs it (see README, Deploying).`);
    return raw;
  };
  const guid = (name: string): string => {
    const raw = value(name);
    if (!GUID.test(raw)) throw new PackageConfigError(name, `${name} must be a GUID, got "${raw}".`);
    return raw.toLowerCase();
  };

  const teamsAppId = guid('TEAMS_APP_ID');
  const botAppId = guid('BOT_APP_ID');
  const clientId = guid('ENTRA_CLIENT_ID');
  const appIdUri = value('ENTRA_APP_ID_URI');
  if (!appIdUri.startsWith('api://')) {
    throw new PackageConfigError(
      'ENTRA_APP_ID_URI',
      `ENTRA_APP_ID_URI must be the Application ID URI (api://<host>/<client id>), got "${appIdUri}".`,
    );
  }
  const rawUrl = value('PUBLIC_URL');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new PackageConfigError('PUBLIC_URL', `PUBLIC_URL must be a URL, got "${rawUrl}".`);
  }
  if (url.protocol !== 'https:') {
    throw new PackageConfigError(
      'PUBLIC_URL',
      `PUBLIC_URL must be https (Teams and Outlook load nothing else), got "${rawUrl}".`,
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new PackageConfigError(
      'PUBLIC_URL',
      `PUBLIC_URL must be an origin only (https://<host>): the tab, add-in and bot live at its root; got "${rawUrl}".`,
    );
  }
  const version = env['APP_VERSION']?.trim() || packageJsonVersion();
  if (!SEMVER.test(version))
    throw new PackageConfigError('APP_VERSION', `The app version must be x.y.z, got "${version}".`);
  return Object.freeze({
    teamsAppId,
    botAppId,
    clientId,
    appIdUri,
    publicUrl: url.origin,
    publicHost: url.host,
    version,
    outlookAddinId: outlookAddinIdFor(teamsAppId),
  });
}

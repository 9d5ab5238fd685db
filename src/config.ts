import { z } from 'zod';

/**
 * The service's configuration, read from the environment once, validated, frozen. Nothing else
 * reads process.env. Production mode starts as soon as any ENTRA_* variable is set, and then every
 * production setting must be present; with none set the service runs in demo mode on loopback.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  );

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OWN_DOMAINS: csv,
  DEMO_SEED: z.enum(['true', 'false']).default('true'),
  ENTRA_TENANT_ID: csv,
  ENTRA_CLIENT_ID: z.string().optional(),
  ENTRA_CLIENT_SECRET: z.string().optional(),
  ENTRA_CLIENT_CERTIFICATE_PATH: z.string().optional(),
  ENTRA_APP_ID_URI: z.string().optional(),
  ENTRA_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  ENTRA_OIDC_METADATA_URL: z.string().optional(),
  ENTRA_ADMIN_ROLE: z.string().min(1).default('Kontaktspor.Admin'),
  GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com/v1.0'),
  OFFICE_JS_URL: z.string().url().optional(),
  BOT_APP_ID: z.string().optional(),
  BOT_APP_PASSWORD: z.string().optional(),
  BOT_CERTIFICATE_PATH: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  TEAMS_APP_ID: z.string().optional(),
  PRIVACY_JOB_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  VACANCY_DEADLINE_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1_440).default(15),
  ALERTS_ENABLED: z.enum(['true', 'false']).default('true'),
  ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  ALERT_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(2_000),
  ALERT_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(600_000),
  ALERT_RATE_PER_CONVERSATION: z.coerce.number().min(0.1).max(1000).default(7),
  ALERT_RATE_PER_APP: z.coerce.number().min(0.1).max(10_000).default(50),
  ALERT_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  ALERT_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  ALERT_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  // issue 8: the "Kontaktspor" category logs an item without the add-in
  TAG_CATEGORY: z.string().trim().min(1).max(100).default('Kontaktspor'),
  TAG_LOGGED_CATEGORY: z.string().trim().min(1).max(100).default('Kontaktspor: logget'),
  MAILBOX_WATCH: z.enum(['on', 'off']).default('on'),
  MAILBOX_NOTIFICATION_URL: z.string().url().optional(),
  MAILBOX_SUBSCRIPTION_MINUTES: z.coerce.number().int().min(45).max(10_080).default(4_320),
  MAILBOX_RENEW_BEFORE_MINUTES: z.coerce.number().int().min(5).max(10_000).default(1_440),
  MAILBOX_RENEW_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(3_600),
  MAILBOX_DELTA_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(900),
  TAG_WORKER_INTERVAL_SECONDS: z.coerce.number().min(0.05).default(10),
  // issue 16: the municipality's companies from the CVR register
  CVR_MUNICIPALITY: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, 'a kommunekode is up to 3 digits (Roskilde: 265)')
    .transform((code) => code.padStart(3, '0'))
    .optional(),
  CVR_DISTRIBUTION_URL: z.string().url().optional(),
  CVR_DISTRIBUTION_USER: z.string().min(1).optional(),
  CVR_DISTRIBUTION_PASSWORD: z.string().min(1).optional(),
  CVR_SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(1_440),
  CVR_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // issue 17: jobordrer from STAR's DFDG (WSB messages over mutual TLS; the jobordre read with the function certificate)
  STAR_LISTEN_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  STAR_LISTEN_HOST: z.string().min(1).optional(),
  STAR_TLS_CERT_PATH: z.string().min(1).optional(),
  STAR_TLS_KEY_PATH: z.string().min(1).optional(),
  STAR_CLIENT_CA_PATH: z.string().min(1).optional(),
  STAR_CLIENT_CERT_THUMBPRINTS: csv,
  STAR_CLIENT_CERT_SUBJECT: z.string().trim().min(1).optional(),
  STAR_API_URL: z.string().url().optional(),
  STAR_FUNCTION_CERT_PATH: z.string().min(1).optional(),
  STAR_FUNCTION_KEY_PATH: z.string().min(1).optional(),
  STAR_API_CA_PATH: z.string().min(1).optional(),
  STAR_TENANT_ID: z.string().trim().min(1).optional(),
  STAR_OTHER_MUNICIPALITIES: z.enum(['keep', 'skip']).default('skip'),
  STAR_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(86_400).default(30),
  STAR_RETRY_MAX_SECONDS: z.coerce.number().min(0.01).max(86_400).default(3_600),
  STAR_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(20),
  STAR_LEASE_SECONDS: z.coerce.number().min(0.5).max(3_600).default(120),
  STAR_WORKER_INTERVAL_SECONDS: z.coerce.number().min(0.05).max(3_600).default(15),
  JOBNET_JOBORDRE_URL: z
    .string()
    .url()
    .refine((url) => url.includes('%7Bid%7D') || url.includes('{id}'), 'must contain {id}')
    .default('https://arbejdsgiver.jobnet.dk/jobordre/{id}'),
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EntraConfig {
  readonly tenantIds: readonly string[];
  readonly clientId: string;
  readonly credential:
    { readonly kind: 'secret'; readonly secret: string } | { readonly kind: 'certificate'; readonly path: string };
  /** Audiences our API accepts: the client id and its api:// URIs. */
  readonly audiences: readonly string[];
  /** The scope the Teams tab and Outlook add-in ask a token for. */
  readonly apiScope: string;
  readonly authorityHost: string;
  /** `{tenant}` is replaced by the tenant id. */
  readonly oidcMetadataUrl: string;
  readonly adminRole: string;
  /**
   * The Graph resource tokens are asked for: GRAPH_BASE_URL's origin, so a national cloud's Graph
   * (`https://graph.microsoft.us`) gets tokens for itself. Absent: `https://graph.microsoft.com`.
   */
  readonly graphResource?: string;
}

export interface BotConfig {
  readonly appId: string;
  readonly tenantId: string;
  readonly credential:
    { readonly kind: 'password'; readonly password: string } | { readonly kind: 'certificate'; readonly path: string };
}

/** The "Kontaktspor" category flow: watched mailboxes, Graph subscriptions, the tag worker's timers. */
export interface MailboxWatchConfig {
  readonly enabled: boolean;
  /** The category staff apply, and the one it becomes once logged. */
  readonly category: string;
  readonly loggedCategory: string;
  /** Where Graph posts change notifications (public HTTPS in production); default {publicUrl}/api/graph/notifications. */
  readonly notificationUrl: string | null;
  readonly subscriptionMinutes: number;
  readonly renewBeforeMinutes: number;
  readonly renewIntervalMs: number;
  readonly deltaIntervalMs: number;
  readonly workerIntervalMs: number;
}

/** The demo Teams app id (the manifest's id); a real tenant sets TEAMS_APP_ID. */
export const DEMO_TEAMS_APP_ID = 'b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly mode: 'demo' | 'production';
  readonly database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** The tenant's own and municipal mail domains: they never identify a company. */
  readonly ownDomains: readonly string[];
  readonly graphBaseUrl: string;
  /** office.js for the add-in pages; null = Microsoft's CDN in production, the stand-in in demo mode. */
  readonly officeJsUrl: string | null;
  /** Bot Framework credentials; null in demo mode, where /api/messages takes loopback traffic unauthenticated. */
  readonly bot: BotConfig | null;
  /** The public address staff reach (deep links, the manifest); demo: the local URL. */
  readonly publicUrl: string;
  /** The Teams app id, for deep links into the tab. */
  readonly teamsAppId: string;
  /** Production only. */
  readonly entra: EntraConfig | null;
  /** How often decay and retention run, in ms; 0 turns the job off (another instance runs it). */
  readonly privacyJobIntervalMs: number;
  /** How often open vacancies past their deadline are closed, in ms; 0 turns the sweep off here. */
  readonly vacancyDeadlineIntervalMs: number;
  /** Vacancy alerts' delivery worker; null when ALERTS_ENABLED=false. */
  readonly alerts: AlertsConfig | null;
  readonly mailboxWatch: MailboxWatchConfig;
  /** Demo only. */
  readonly demo: { readonly tenantId: string; readonly seed: boolean } | null;
  /** The CVR register; null when no municipality is configured (production without CVR_MUNICIPALITY). */
  readonly register: RegisterConfig | null;
  /** Jobordrer from STAR; null in production until STAR_API_URL is set (demo: the local STAR emulator). */
  readonly star: StarConfig | null;
  /** Jobnet's page of a jobordre, `{id}` replaced by its jobordreIdentifier (the tab links to it). */
  readonly jobnetJobordreUrl: string;
}

/** STAR's DFDG: its messages reach us over mutual TLS; we read jobordrer with our function certificate. */
export interface StarConfig {
  /** The tenant STAR's endpoint serves (one endpoint per authority per system). */
  readonly tenantId: string;
  /**
   * The HTTPS listener STAR calls (requests and checks a client certificate). Null in demo mode
   * without STAR_API_URL: the wiring listens on an ephemeral loopback port with the emulator's certificates.
   */
  readonly listener: {
    readonly port: number;
    readonly host: string;
    readonly certPath: string;
    readonly keyPath: string;
    /** The CA bundle STAR's client certificate must chain to. */
    readonly clientCaPath: string;
  } | null;
  /** STAR's client certificate: SHA-256 thumbprints (hex, upper case, no colons) and/or its subject. */
  readonly client: { readonly thumbprints: readonly string[]; readonly subject: string | null };
  /** DFDG's REST base (`…/v1/Jobordre/{id}` is read below it); null in demo mode without STAR_API_URL (the emulator's). */
  readonly api: {
    readonly url: string;
    readonly certPath: string;
    readonly keyPath: string;
    readonly caPath: string | null;
  } | null;
  readonly otherMunicipalities: 'keep' | 'skip';
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly maxAttempts: number;
  readonly leaseMs: number;
  readonly workerIntervalMs: number;
}

export interface RegisterConfig {
  /** Kommunekode, 3 digits ("265"). */
  readonly municipalityCode: string;
  /** The CVR distribution's Elasticsearch; null in demo mode, where the local emulator stands in. */
  readonly distribution: { readonly url: string; readonly user: string; readonly password: string } | null;
  /** 0: this instance does not sync. */
  readonly syncIntervalMs: number;
  readonly retryBaseMs: number;
}

export interface AlertsConfig {
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly perConversationPerSecond: number;
  readonly perAppPerSecond: number;
  readonly pollMs: number;
  readonly leaseMs: number;
  readonly sendTimeoutMs: number;
}

export const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000de00';
export const DEMO_OWN_DOMAINS = ['roskilde.dk'];
/** Roskilde's kommunekode. */
export const DEMO_MUNICIPALITY = '265';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const production = Object.keys(env).some((name) => name.startsWith('ENTRA_') && env[name]);
  const host = e.HOST ?? '127.0.0.1';
  if (!production && !LOOPBACK_HOSTS.has(host)) {
    throw new ConfigError(
      `Demo mode serves only on loopback, but HOST is ${host}. Configure Entra ID (ENTRA_*) to serve on other addresses.`,
    );
  }
  return Object.freeze({
    port: e.PORT,
    host,
    mode: production ? ('production' as const) : ('demo' as const),
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL }
      : { kind: 'pglite' as const, dataDir: e.DATA_DIR },
    logLevel: e.LOG_LEVEL,
    ownDomains: Object.freeze((e.OWN_DOMAINS.length ? e.OWN_DOMAINS : DEMO_OWN_DOMAINS).map((d) => d.toLowerCase())),
    graphBaseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''),
    officeJsUrl: e.OFFICE_JS_URL ?? null,
    entra: production ? entraConfig(e) : null,
    bot: production ? botConfig(e) : null,
    publicUrl: (e.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${e.PORT}`).replace(/\/+$/, ''),
    teamsAppId: e.TEAMS_APP_ID ?? DEMO_TEAMS_APP_ID,
    privacyJobIntervalMs: e.PRIVACY_JOB_INTERVAL_MINUTES * 60_000,
    vacancyDeadlineIntervalMs: e.VACANCY_DEADLINE_INTERVAL_MINUTES * 60_000,
    demo: production ? null : Object.freeze({ tenantId: DEMO_TENANT_ID, seed: e.DEMO_SEED === 'true' }),
    alerts: alertsConfig(e),
    register: registerConfig(e, production),
    star: starConfig(e, production),
    jobnetJobordreUrl: e.JOBNET_JOBORDRE_URL.replace('%7Bid%7D', '{id}'),
    mailboxWatch: Object.freeze({
      enabled: e.MAILBOX_WATCH === 'on',
      category: e.TAG_CATEGORY,
      loggedCategory: e.TAG_LOGGED_CATEGORY,
      notificationUrl: e.MAILBOX_NOTIFICATION_URL ?? null,
      subscriptionMinutes: e.MAILBOX_SUBSCRIPTION_MINUTES,
      renewBeforeMinutes: Math.min(e.MAILBOX_RENEW_BEFORE_MINUTES, e.MAILBOX_SUBSCRIPTION_MINUTES - 15),
      renewIntervalMs: e.MAILBOX_RENEW_INTERVAL_SECONDS * 1000,
      deltaIntervalMs: e.MAILBOX_DELTA_INTERVAL_SECONDS * 1000,
      workerIntervalMs: Math.round(e.TAG_WORKER_INTERVAL_SECONDS * 1000),
    }),
  });
}

/** Roskilde in the demo; production names its municipality and the distribution's credentials. */
function registerConfig(e: z.infer<typeof EnvSchema>, production: boolean): RegisterConfig | null {
  const municipalityCode = e.CVR_MUNICIPALITY ?? (production ? null : DEMO_MUNICIPALITY);
  if (municipalityCode === null) return null;
  const credentials = [e.CVR_DISTRIBUTION_USER, e.CVR_DISTRIBUTION_PASSWORD];
  if (production && credentials.some((value) => !value))
    throw new ConfigError(
      'CVR_MUNICIPALITY needs CVR_DISTRIBUTION_USER and CVR_DISTRIBUTION_PASSWORD (the CVR distribution).',
    );
  return Object.freeze({
    municipalityCode,
    distribution:
      e.CVR_DISTRIBUTION_USER && e.CVR_DISTRIBUTION_PASSWORD
        ? Object.freeze({
            url: (e.CVR_DISTRIBUTION_URL ?? 'http://distribution.virk.dk').replace(/\/+$/, ''),
            user: e.CVR_DISTRIBUTION_USER,
            password: e.CVR_DISTRIBUTION_PASSWORD,
          })
        : null,
    syncIntervalMs: e.CVR_SYNC_INTERVAL_MINUTES * 60_000,
    retryBaseMs: e.CVR_RETRY_BASE_SECONDS * 1000,
  });
}

/**
 * STAR_API_URL set (production, or a test driving the production path): all of it must be set. Demo
 * mode without it: the local STAR emulator, its certificates made at start. Production without it: off.
 */
function starConfig(e: z.infer<typeof EnvSchema>, production: boolean): StarConfig | null {
  if (production && !e.STAR_API_URL) return null;
  const explicit = Boolean(e.STAR_API_URL);
  const needed = (names: string[]) => {
    const missing = names.filter((name) => !e[name as keyof typeof e]);
    if (missing.length) throw new ConfigError(`STAR_API_URL needs ${missing.join(', ')} (STAR's DFDG).`);
  };
  if (explicit) {
    needed([
      'STAR_TLS_CERT_PATH',
      'STAR_TLS_KEY_PATH',
      'STAR_CLIENT_CA_PATH',
      'STAR_FUNCTION_CERT_PATH',
      'STAR_FUNCTION_KEY_PATH',
    ]);
    if (e.STAR_CLIENT_CERT_THUMBPRINTS.length === 0 && !e.STAR_CLIENT_CERT_SUBJECT)
      throw new ConfigError(
        "STAR_API_URL needs STAR_CLIENT_CERT_THUMBPRINTS or STAR_CLIENT_CERT_SUBJECT (STAR's client certificate).",
      );
    if (e.ENTRA_TENANT_ID.length > 1 && !e.STAR_TENANT_ID)
      throw new ConfigError("With several ENTRA_TENANT_ID, STAR_TENANT_ID names the one STAR's endpoint serves.");
  }
  const tenantId = (e.STAR_TENANT_ID ?? (production ? e.ENTRA_TENANT_ID[0]! : DEMO_TENANT_ID)).toLowerCase();
  return Object.freeze({
    tenantId,
    listener: explicit
      ? Object.freeze({
          port: e.STAR_LISTEN_PORT ?? 8443,
          host: e.STAR_LISTEN_HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
          certPath: e.STAR_TLS_CERT_PATH!,
          keyPath: e.STAR_TLS_KEY_PATH!,
          clientCaPath: e.STAR_CLIENT_CA_PATH!,
        })
      : null,
    client: Object.freeze({
      thumbprints: Object.freeze(e.STAR_CLIENT_CERT_THUMBPRINTS.map(normalizeThumbprint)),
      subject: e.STAR_CLIENT_CERT_SUBJECT ?? null,
    }),
    api: explicit
      ? Object.freeze({
          url: e.STAR_API_URL!.replace(/\/+$/, ''),
          certPath: e.STAR_FUNCTION_CERT_PATH!,
          keyPath: e.STAR_FUNCTION_KEY_PATH!,
          caPath: e.STAR_API_CA_PATH ?? null,
        })
      : null,
    otherMunicipalities: e.STAR_OTHER_MUNICIPALITIES,
    retryBaseMs: Math.round(e.STAR_RETRY_BASE_SECONDS * 1000),
    retryMaxMs: Math.round(Math.max(e.STAR_RETRY_MAX_SECONDS, e.STAR_RETRY_BASE_SECONDS) * 1000),
    maxAttempts: e.STAR_MAX_ATTEMPTS,
    leaseMs: Math.round(e.STAR_LEASE_SECONDS * 1000),
    workerIntervalMs: Math.round(e.STAR_WORKER_INTERVAL_SECONDS * 1000),
  });
}

/** A certificate thumbprint as compared: hex, upper case, without colons or spaces. */
export function normalizeThumbprint(value: string): string {
  return value.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

function alertsConfig(e: z.infer<typeof EnvSchema>): AlertsConfig | null {
  if (e.ALERTS_ENABLED === 'false') return null;
  if (e.ALERT_LEASE_MS <= e.ALERT_SEND_TIMEOUT_MS)
    throw new ConfigError('ALERT_LEASE_MS must be longer than ALERT_SEND_TIMEOUT_MS.');
  return Object.freeze({
    maxAttempts: e.ALERT_MAX_ATTEMPTS,
    retryBaseMs: e.ALERT_RETRY_BASE_MS,
    retryMaxMs: Math.max(e.ALERT_RETRY_MAX_MS, e.ALERT_RETRY_BASE_MS),
    perConversationPerSecond: e.ALERT_RATE_PER_CONVERSATION,
    perAppPerSecond: e.ALERT_RATE_PER_APP,
    pollMs: e.ALERT_POLL_MS,
    leaseMs: e.ALERT_LEASE_MS,
    sendTimeoutMs: e.ALERT_SEND_TIMEOUT_MS,
  });
}

function botConfig(e: z.infer<typeof EnvSchema>): BotConfig | null {
  if (!e.BOT_APP_ID) return null;
  if (!GUID.test(e.BOT_APP_ID)) throw new ConfigError('BOT_APP_ID must be the bot registration GUID.');
  if (!e.BOT_APP_PASSWORD && !e.BOT_CERTIFICATE_PATH) {
    throw new ConfigError('Production mode needs BOT_APP_PASSWORD or BOT_CERTIFICATE_PATH for BOT_APP_ID.');
  }
  return Object.freeze({
    appId: e.BOT_APP_ID.toLowerCase(),
    tenantId: e.ENTRA_TENANT_ID[0]!.toLowerCase(),
    credential: e.BOT_CERTIFICATE_PATH
      ? { kind: 'certificate' as const, path: e.BOT_CERTIFICATE_PATH }
      : { kind: 'password' as const, password: e.BOT_APP_PASSWORD! },
  });
}

function entraConfig(e: z.infer<typeof EnvSchema>): EntraConfig {
  const missing = (name: string) => new ConfigError(`Production mode needs ${name} (Entra ID is partly configured).`);
  if (e.ENTRA_TENANT_ID.length === 0) throw missing('ENTRA_TENANT_ID');
  const badTenant = e.ENTRA_TENANT_ID.find((id) => !GUID.test(id));
  if (badTenant) throw new ConfigError(`ENTRA_TENANT_ID must be tenant GUIDs, comma-separated; got ${badTenant}.`);
  if (!e.ENTRA_CLIENT_ID) throw missing('ENTRA_CLIENT_ID');
  if (!GUID.test(e.ENTRA_CLIENT_ID)) throw new ConfigError('ENTRA_CLIENT_ID must be the app registration GUID.');
  if (!e.ENTRA_CLIENT_SECRET && !e.ENTRA_CLIENT_CERTIFICATE_PATH) {
    throw missing('ENTRA_CLIENT_SECRET or ENTRA_CLIENT_CERTIFICATE_PATH');
  }
  const authorityHost = e.ENTRA_AUTHORITY_HOST.replace(/\/+$/, '');
  const clientId = e.ENTRA_CLIENT_ID.toLowerCase();
  return Object.freeze({
    tenantIds: Object.freeze([...new Set(e.ENTRA_TENANT_ID.map((id) => id.toLowerCase()))]),
    clientId,
    credential: e.ENTRA_CLIENT_CERTIFICATE_PATH
      ? { kind: 'certificate' as const, path: e.ENTRA_CLIENT_CERTIFICATE_PATH }
      : { kind: 'secret' as const, secret: e.ENTRA_CLIENT_SECRET! },
    audiences: Object.freeze([
      ...new Set([clientId, `api://${clientId}`, ...(e.ENTRA_APP_ID_URI ? [e.ENTRA_APP_ID_URI] : [])]),
    ]),
    apiScope: `${e.ENTRA_APP_ID_URI ?? `api://${clientId}`}/access_as_user`,
    authorityHost,
    oidcMetadataUrl: e.ENTRA_OIDC_METADATA_URL ?? `${authorityHost}/{tenant}/v2.0/.well-known/openid-configuration`,
    adminRole: e.ENTRA_ADMIN_ROLE,
    graphResource: new URL(e.GRAPH_BASE_URL).origin,
  });
}

/** The tenants this instance serves: the configured Entra tenants, or the demo tenant. */
export function servedTenants(config: Config): readonly string[] {
  return config.entra?.tenantIds ?? [config.demo!.tenantId];
}

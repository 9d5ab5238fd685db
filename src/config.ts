import { z } from 'zod';

/**
 * The service's configuration, read from the environment once, validated, frozen.
 * Nothing else reads process.env. Entra settings arrive with the identity issue; until then, and
 * whenever none is set, the service runs in demo mode on loopback with the seeded demo tenant.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const csv = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OWN_DOMAINS: csv,
  DEMO_SEED: z.enum(['true', 'false']).default('true'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly mode: 'demo';
  readonly database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** The tenant's own and municipal mail domains: they never identify a company. */
  readonly ownDomains: readonly string[];
  readonly demo: { readonly tenantId: string; readonly seed: boolean };
}

export const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000de00';
export const DEMO_OWN_DOMAINS = ['roskilde.dk'];

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
  if (!LOOPBACK_HOSTS.has(e.HOST)) {
    throw new ConfigError(
      `Demo mode serves only on loopback, but HOST is ${e.HOST}. Configure Entra ID to serve on other addresses.`,
    );
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    mode: 'demo' as const,
    database: e.DATABASE_URL ? { kind: 'postgres' as const, url: e.DATABASE_URL } : { kind: 'pglite' as const, dataDir: e.DATA_DIR },
    logLevel: e.LOG_LEVEL,
    ownDomains: Object.freeze(e.OWN_DOMAINS.length ? e.OWN_DOMAINS : DEMO_OWN_DOMAINS),
    demo: Object.freeze({ tenantId: DEMO_TENANT_ID, seed: e.DEMO_SEED === 'true' }),
  });
}

/**
 * The CVR register's source: the distribution (production), the local distribution emulator (demo,
 * the same adapter against a generated Roskilde), or a file of the distribution's documents.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { CvrSource } from '../ports/cvr-source.js';
import { createDistributionSource } from '../adapters/cvr/distribution-source.js';
import { createNdjsonFileSource } from '../adapters/cvr/ndjson-file-source.js';
import { startCvrEmulator, type CvrEmulator } from '../demo/emulators/cvr/cvr-emulator.js';
import {
  generateMunicipality,
  type GeneratedMunicipality,
  type KnownCompany,
} from '../demo/emulators/cvr/municipality.js';
import { buildSeedData } from '../demo/seed-data.js';
import type { Logger } from '../ports/logger.js';
import type { Clock } from '../ports/clock.js';
import { importRegister, type RegisterImportStore } from '../app/register-import.js';

export type RegisterSourceChoice = { kind: 'file'; path: string } | { kind: 'distribution' };

export interface OpenedRegisterSource {
  source: CvrSource;
  /** Demo: the emulator behind the source, for tests that change the register. */
  emulator?: CvrEmulator;
  close(): Promise<void>;
}

export async function openRegisterSource(config: Config, choice: RegisterSourceChoice): Promise<OpenedRegisterSource> {
  if (choice.kind === 'file')
    return { source: createNdjsonFileSource(choice.path, { ownDomains: config.ownDomains }), close: async () => {} };
  const distribution = config.register?.distribution;
  if (distribution)
    return {
      source: createDistributionSource({ ...distribution, baseUrl: distribution.url, ownDomains: config.ownDomains }),
      close: async () => {},
    };
  if (config.mode === 'production')
    throw new Error('The CVR distribution is not configured (CVR_DISTRIBUTION_USER, CVR_DISTRIBUTION_PASSWORD).');
  // Demo: the same adapter against the local emulator, with credentials of this start only.
  const user = 'kontaktspor-demo';
  const password = randomBytes(18).toString('base64url');
  const emulator = await startCvrEmulator({ documents: demoMunicipality().documents, users: { [user]: password } });
  const source = createDistributionSource({ baseUrl: emulator.url, user, password, ownDomains: config.ownDomains });
  return { source, emulator, close: () => emulator.close() };
}

/** The demo's register: a generated Roskilde in which the seed's companies are registered too. */
export function demoMunicipality(): GeneratedMunicipality {
  const known: KnownCompany[] = buildSeedData().companies.map((company) => ({
    cvr: company.cvr,
    name: company.name,
    pNumbers: company.pNumbers,
    address: company.address,
    postcode: company.postcode,
    city: company.city,
    industryCode: company.industryCode,
    employeeBand: company.employeeBand,
    domains: company.domains,
  }));
  return generateMunicipality({ knownCompanies: known });
}

export interface RegisterWiring extends OpenedRegisterSource {
  municipalityCode: string;
}

/**
 * The register for this instance, or null when no municipality is configured. Demo mode imports
 * its generated Roskilde at first start, after the seed, so the seed's companies are matched by CVR
 * and take their register facts from the same path a real import takes.
 */
export async function wireRegister(
  config: Config,
  store: RegisterImportStore,
  logger: Logger,
  clock: Clock,
): Promise<RegisterWiring | null> {
  if (config.register === null) return null;
  const opened = await openRegisterSource(config, { kind: 'distribution' });
  const municipalityCode = config.register.municipalityCode;
  const demo = config.demo;
  if (demo?.seed && (await store.getRegisterSync(demo.tenantId)) === null) {
    const summary = await importRegister(
      { store, source: opened.source, clock },
      { tenantId: demo.tenantId, municipalityCode },
    );
    logger.info(
      {
        tenantId: demo.tenantId,
        created: summary.created,
        updated: summary.updated,
        rejected: summary.rejected.length,
      },
      'demo companies imported from the CVR register emulator',
    );
  }
  return { ...opened, municipalityCode };
}

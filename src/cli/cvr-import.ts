/**
 * `npm run cvr:import -- --file <ndjson>` or `-- --source distribution`: the municipality's companies
 * from the CVR register into the configured store (the same DATABASE_URL / DATA_DIR as the service;
 * stop a demo service first, PGlite has one writer). Resumes an import that stopped; a re-run
 * changes nothing. Exit code 0 when it finished, 1 when it failed, 2 on wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig, servedTenants, ConfigError } from '../config.js';
import { openStore } from '../wiring/store.js';
import { openRegisterSource } from '../wiring/register.js';
import { importRegister } from '../app/register-import.js';
import { systemClock } from '../ports/clock.js';
import { progressLine, summaryText } from './import-summary.js';

const USAGE = `Brug: npm run cvr:import -- --file <fil.ndjson> | --source distribution [--tenant <id>] [--batch <n>]`;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      source: { type: 'string' },
      tenant: { type: 'string' },
      batch: { type: 'string', default: '500' },
    },
    strict: true,
  });
  if ((values.file === undefined) === (values.source === undefined))
    throw new UsageError('Angiv enten --file eller --source distribution.');
  if (values.source !== undefined && values.source !== 'distribution')
    throw new UsageError(`Ukendt kilde "${values.source}": kun "distribution".`);
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 5000) throw new UsageError('--batch skal være 1-5000.');
  return { file: values.file ?? null, tenant: values.tenant ?? null, batch };
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  const config = loadConfig();
  if (config.register === null) throw new ConfigError('CVR_MUNICIPALITY er ikke sat: hvilken kommune skal importeres?');
  const tenants = servedTenants(config);
  const tenantId = options.tenant ?? (tenants.length === 1 ? tenants[0]! : null);
  if (tenantId === null || !tenants.includes(tenantId))
    throw new UsageError(`Angiv --tenant, en af: ${tenants.join(', ')}.`);

  const store = await openStore(config);
  const source = await openRegisterSource(
    config,
    options.file === null ? { kind: 'distribution' } : { kind: 'file', path: options.file },
  );
  const interactive = process.stderr.isTTY === true;
  let lastPrinted = 0;
  try {
    const summary = await importRegister(
      { store, source: source.source, clock: systemClock },
      {
        tenantId,
        municipalityCode: config.register.municipalityCode,
        batchSize: options.batch,
        onProgress: ({ read, total, summary: soFar }) => {
          const line = progressLine(read, total, soFar);
          if (interactive) process.stderr.write(`\r${line}`);
          else if (read - lastPrinted >= 5000 || read === total) {
            lastPrinted = read;
            process.stderr.write(`${line}\n`);
          }
        },
      },
    );
    if (interactive) process.stderr.write('\n');
    process.stdout.write(`${summaryText(summary)}\n`);
    return 0;
  } finally {
    await source.close();
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    process.stderr.write(`\nCVR-import fejlede: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) process.stderr.write(`${USAGE}\n`);
    process.exit(usage ? 2 : 1);
  },
);

/**
 * `npm run manifest:validate`: validates the app manifest offline (schema bundled in
 * @microsoft/app-manifest; no schema is ever fetched) plus our checks (icons, hosts, ids,
 * placeholders, strings files, and the XML add-in manifest against the unified one).
 *
 *   npm run manifest:validate                       # the templates rendered with example values (part of npm test)
 *   npm run manifest:validate -- --env              # rendered with the configuration in the environment
 *   npm run manifest:validate -- --package build/appPackage.zip [--xml build/outlook-addin.xml] [--example]
 *                                                   # built files, against the environment's configuration
 *
 * Prints one line per problem and exits 1 on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  exampleConfig,
  PackageConfigError,
  readPackageConfig,
  type PackageConfig,
} from '../manifest/package-config.js';
import { renderPackage, unzipFiles } from '../manifest/render.js';
import { APP_MANIFEST_PACKAGE_VERSION } from '../manifest/validate/bundled-schemas.js';
import { validateAppPackage } from '../manifest/validate/app-package.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      env: { type: 'boolean', default: false },
      example: { type: 'boolean', default: false },
      package: { type: 'string' },
      xml: { type: 'string' },
    },
    strict: true,
  });
  const useEnv = values.env || (values.package !== undefined && !values.example);
  let config: PackageConfig;
  try {
    config = useEnv ? readPackageConfig(process.env) : exampleConfig();
  } catch (error) {
    if (error instanceof PackageConfigError) {
      console.error(`manifest:validate: ${error.message}`);
      return 1;
    }
    throw error;
  }

  let files: ReadonlyMap<string, Buffer>;
  let xml: string | null;
  let what: string;
  if (values.package !== undefined) {
    if (!existsSync(values.package)) {
      console.error(`manifest:validate: ${values.package} does not exist (run npm run package first)`);
      return 1;
    }
    files = await unzipFiles(readFileSync(values.package));
    const xmlPath = values.xml ?? join(dirname(values.package), 'outlook-addin.xml');
    xml = existsSync(xmlPath) ? readFileSync(xmlPath, 'utf8') : null;
    if (xml === null && values.xml !== undefined) {
      console.error(`manifest:validate: ${xmlPath} does not exist`);
      return 1;
    }
    what = `${values.package}${xml === null ? ' (no XML manifest beside it: XML checks skipped)' : ` and ${xmlPath}`}`;
  } else {
    const rendered = await renderPackage(config);
    files = rendered.files;
    xml = rendered.xml;
    what = `the templates rendered with ${useEnv ? 'the configuration in the environment' : 'example values'}`;
  }

  const errors = await validateAppPackage({ files, xml, config });
  const manifestVersion = (() => {
    try {
      return (
        (JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as { manifestVersion?: string })
          .manifestVersion ?? '?'
      );
    } catch {
      return '?';
    }
  })();
  console.log(
    `manifest:validate: ${what}; schema v${manifestVersion} bundled in @microsoft/app-manifest ${APP_MANIFEST_PACKAGE_VERSION} (offline)`,
  );
  if (errors.length === 0) {
    console.log('manifest:validate: 0 errors');
    return 0;
  }
  for (const error of errors) console.error(`  ✗ ${error}`);
  console.error(`manifest:validate: ${errors.length} error(s)`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

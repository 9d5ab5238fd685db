/**
 * `npm run package`: renders the Microsoft 365 app package and the XML Outlook add-in manifest
 * from configuration, validates both, and writes them.
 *
 *   npm run package                       # TEAMS_APP_ID, BOT_APP_ID, ENTRA_CLIENT_ID, ENTRA_APP_ID_URI, PUBLIC_URL
 *   npm run package -- --example          # example values (kontaktspor.example.dk)
 *   npm run package -- --out-dir <dir>    # default build/
 *
 * Writes <dir>/appPackage.zip (manifest.json, color.png, outline.png, da.json, en.json) and
 * <dir>/outlook-addin.xml. Exits 1 naming the variable when one is missing, and writes nothing
 * when validation finds a problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeIcons } from '../manifest/icons.js';
import {
  exampleConfig,
  PackageConfigError,
  readPackageConfig,
  type PackageConfig,
} from '../manifest/package-config.js';
import { renderPackage } from '../manifest/render.js';
import { validateAppPackage } from '../manifest/validate/app-package.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { example: { type: 'boolean', default: false }, 'out-dir': { type: 'string', default: 'build' } },
    strict: true,
  });
  let config: PackageConfig;
  try {
    config = values.example ? exampleConfig() : readPackageConfig(process.env);
  } catch (error) {
    if (error instanceof PackageConfigError) {
      console.error(`package: ${error.message}`);
      return 1;
    }
    throw error;
  }

  // Icons are committed; draw any that are missing (a fresh checkout that lost them, say).
  for (const path of writeIcons(undefined, { onlyMissing: true }))
    console.log(`drew missing icon ${relative(process.cwd(), path)}`);

  const rendered = await renderPackage(config);
  const errors = await validateAppPackage({ files: rendered.files, xml: rendered.xml, config });
  if (errors.length > 0) {
    console.error(`package: the rendered manifests have ${errors.length} problem(s); nothing written:`);
    for (const error of errors) console.error(`  ✗ ${error}`);
    return 1;
  }

  const outDir = resolve(values['out-dir']!);
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, 'appPackage.zip');
  const xmlPath = join(outDir, 'outlook-addin.xml');
  writeFileSync(zipPath, rendered.zip);
  writeFileSync(xmlPath, rendered.xml);

  const show = (path: string) => {
    const near = relative(process.cwd(), path);
    return near && !near.startsWith('..') ? near : path;
  };
  console.log(`${values.example ? 'Example configuration' : 'Configuration from the environment'}:`);
  console.log(
    `  app id ${config.teamsAppId}, version ${config.version}, bot ${config.botAppId}, XML add-in id ${config.outlookAddinId}`,
  );
  console.log(`  client id ${config.clientId}, App ID URI ${config.appIdUri}, host ${config.publicHost}`);
  console.log(`wrote ${show(zipPath)} (${rendered.zip.length} bytes): ${[...rendered.files.keys()].join(', ')}`);
  console.log(`wrote ${show(xmlPath)} (${Buffer.byteLength(rendered.xml)} bytes)`);
  console.log('both validated: 0 errors');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * Generates (or reuses) a profile's synthetic tenant from the command line; the generator lives in
 * bench/generate/.
 *
 *   npx tsx bench/generate.ts [--profile pg-large|pg-small|pglite-small] [--seed N] [--regenerate]
 */
import { fileURLToPath } from 'node:url';
import { PROFILES, isProfileName } from './profiles.js';
import { defaultTarget } from './generate/database.js';
import { generate } from './generate/generate.js';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const profileName = value('--profile') ?? 'pg-large';
  if (!isProfileName(profileName)) throw new Error(`Unknown profile ${profileName}`);
  const profile = PROFILES[profileName];
  const { target, ownDatabase } = defaultTarget(profile);
  const report = await generate({
    profile,
    target,
    ownDatabase,
    seed: value('--seed') ? Number(value('--seed')) : undefined,
    regenerate: args.includes('--regenerate'),
  });
  console.log(JSON.stringify({ seconds: report.seconds, rows: report.fixtures.rows, reused: report.reused }, null, 2));
}

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleConfig, PACKAGE_VARIABLES } from '../../manifest/package-config.js';
import { renderPackage, type RenderedPackage } from '../../manifest/render.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A file of the repository, as text. */
export const repoFile = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

let example: Promise<RenderedPackage> | undefined;

/** The package rendered with example values (once per process; copy `files` before changing it). */
export function examplePackage(): Promise<RenderedPackage> {
  example ??= renderPackage(exampleConfig());
  return example;
}

/** A JSON file of a rendered package, parsed. */
export function jsonOf<T = any>(files: ReadonlyMap<string, Buffer>, name: string): T {
  return JSON.parse(files.get(name)!.toString('utf8')) as T;
}

/** Runs one of the scripts with tsx, without the package variables of the caller's environment. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const base = { ...process.env };
  for (const name of [...PACKAGE_VARIABLES, 'APP_VERSION']) delete base[name];
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

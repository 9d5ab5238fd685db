// `npm start`: builds what is missing or stale, then runs the built service.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const STAMP = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'bot', 'web-shared', 'tab', 'addin', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (SOURCES.some((source) => newestChange(join(root, source)) > built)) {
  console.log('Building Kontaktspor (first start or changed sources)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { main, exitOnStartFailure } = await import(join(root, 'dist', 'src', 'main.js'));
main().catch(exitOnStartFailure);

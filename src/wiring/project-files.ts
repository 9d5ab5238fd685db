import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root, whether this runs from src/wiring/ (tsx) or dist/src/wiring/ (built). */
const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url));

/** What the service reads from the project folder: its version, and the built front ends when there are any. */
export function projectFiles(): { version: string; publicDir?: string } {
  const version = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;
  const publicDir = `${ROOT}dist/public`;
  return { version, ...(existsSync(publicDir) && { publicDir }) };
}

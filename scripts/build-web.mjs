// Builds the browser front ends (Teams tab, Outlook add-in) with Vite and reports gzipped JS size.
// Usage (from the project root): node scripts/build-web.mjs
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const frontEnds = ['tab', 'addin'];

/** Sum of the gzipped sizes of every .js file under dir. */
async function gzippedJsBytes(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    total += gzipSync(await readFile(file)).length;
  }
  return total;
}

const sizes = [];
let failed = false;
for (const name of frontEnds) {
  let outDir;
  try {
    await build({
      configFile: path.join(root, name, 'vite.config.ts'),
      // Learn the resolved output directory from the config file itself.
      plugins: [
        { name: 'report-out-dir', configResolved: (c) => void (outDir = path.resolve(c.root, c.build.outDir)) },
      ],
    });
    sizes.push(`${name}: ${((await gzippedJsBytes(outDir)) / 1000).toFixed(1)} KB gzipped JS`);
  } catch (err) {
    failed = true;
    console.error(`${name}: build failed: ${err instanceof Error ? err.message : err}`);
  }
}

console.log(sizes.join('\n'));
if (failed) process.exit(1);

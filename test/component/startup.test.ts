import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real entry point as `npm start` would (from source), with its own data directory. */
function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('Starting the service in demo mode', function () {
  this.timeout(90_000);
  let dataDir: string;

  before(() => (dataDir = mkdtempSync(join(tmpdir(), 'kontaktspor-start-'))));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when started with a fresh data directory, then it seeds, starts the emulators, serves within 60 s and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = startProcess({ PORT: String(port), DATA_DIR: dataDir });
    try {
      const started = Date.now();
      let healthy = false;
      while (!healthy && Date.now() - started < 60_000) {
        healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!healthy) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.ok(healthy, `not healthy within 60 s:\n${run.output()}`);
      const search = (await fetch(`http://127.0.0.1:${port}/api/companies?q=ros`).then((r) => r.json())) as {
        items: unknown[];
      };
      assert.ok(search.items.length > 0);
      assert.doesNotMatch(run.output(), /ros/i, 'search terms must not be logged');
      assert.match(
        run.output(),
        /demo identity and Graph emulators started/,
        'demo mode runs the production identity code against the emulators',
      );
    } finally {
      run.child.kill('SIGTERM');
    }
    assert.equal(await exited(run.child), 0);
  });

  it('when asked to serve demo mode on a non-loopback address, then it refuses and names HOST', async () => {
    const run = startProcess({ HOST: '0.0.0.0', DATA_DIR: dataDir });
    assert.equal(await exited(run.child), 1);
    assert.match(run.output(), /HOST/);
    assert.doesNotMatch(run.output(), /\n\s+at /, 'no stack trace');
  });

  it('when production is half configured, then it refuses to start and names the missing variable', async () => {
    const run = startProcess({ ENTRA_CLIENT_ID: '6b1f3e2a-9c4d-4e8f-a1b2-c3d4e5f6a7b8', DATA_DIR: dataDir });
    assert.equal(await exited(run.child), 1);
    assert.match(run.output(), /ENTRA_TENANT_ID/);
    assert.doesNotMatch(run.output(), /\n\s+at /, 'no stack trace');
  });
});

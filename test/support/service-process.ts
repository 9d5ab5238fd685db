import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  /** Resolves once the service logs that it listens; rejects when it exits first. */
  ready: Promise<void>;
  /** Everything it wrote so far (pino's JSON lines). */
  output(): string;
  /** The `url` of the first log line with this message, once it has been logged. */
  loggedUrl(message: string): string | null;
}

/**
 * A real service process (`node --import tsx src/main.ts`, demo mode unless `env` says otherwise), as
 * production runs it, for tests that kill and restart one. Only PATH and the clock-shifting variables
 * of `npm run test:times` are passed on from the test's own environment.
 */
export function startServiceProcess(env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      // Instances share one clock: under `npm run test:times` the children get the same shifted one.
      ...pick(process.env, ['NODE_OPTIONS', 'KONTAKTSPOR_CLOCK_OFFSET_MS', 'TZ']),
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Kontaktspor is listening')) resolve();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${output.slice(-2000)}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    output: () => output,
    loggedUrl(message) {
      for (const line of output.split('\n')) {
        if (!line.includes(message)) continue;
        const url = (JSON.parse(line) as { url?: unknown }).url;
        if (typeof url === 'string') return url;
      }
      return null;
    },
  };
}

/** Kills the process and waits until it is gone. */
export async function killHard(instance: ServiceProcess): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGKILL');
  await exited;
}

/** A PostgreSQL URL whose connections use `schema` first: each test's own tables. */
export function urlWithSchema(url: string, schema: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema},public`)}`;
}

/** Polls `condition` every 50 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function until(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function pick(env: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]!]] : [])));
}

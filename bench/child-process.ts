/**
 * The load generators run in their own processes (child_process.fork), so they never share an
 * event loop with the service they measure. One request, one reply, over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  readonly process: ChildProcess;
  request<T>(message: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Forks bench/<file> under tsx (the loader the parent runs under, or `--import tsx`). */
export function forkBenchChild(file: string): Child {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const underTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  const child = fork(path, [], {
    execArgv: underTsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: { resolve(value: unknown): void; reject(error: Error): void } | null = null;
  child.on('message', (message: { ok: boolean; result?: unknown; error?: string }) => {
    const waiting = pending;
    pending = null;
    if (!waiting) return;
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(`${file}: ${message.error}`));
  });
  child.on('exit', (code) => {
    pending?.reject(new Error(`${file} exited with code ${code}`));
    pending = null;
  });
  return {
    process: child,
    request<T>(message: unknown): Promise<T> {
      if (pending) return Promise.reject(new Error(`${file}: one request at a time`));
      return new Promise<T>((resolve, reject) => {
        pending = { resolve: resolve as (value: unknown) => void, reject };
        child.send(message as object);
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'exit' });
      const timer = setTimeout(() => child.kill('SIGTERM'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The child side: answers each message with the handler's result, or its error. */
export function serveParent(handle: (message: { type: string } & Record<string, unknown>) => Promise<unknown>): void {
  process.on('message', (message: { type: string } & Record<string, unknown>) => {
    if (message.type === 'exit') {
      process.disconnect?.();
      setImmediate(() => process.exit(0));
      return;
    }
    handle(message).then(
      (result) => process.send?.({ ok: true, result }),
      (error: unknown) =>
        process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}

/** Latency summary in milliseconds, from raw samples. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function summarise(samples: Float64Array | number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const sum = sorted.reduce((a, b) => a + b, 0);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    mean: round(sorted.length ? sum / sorted.length : 0),
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    max: round(sorted.length ? sorted[sorted.length - 1]! : 0),
  };
}

/** What one measured run produced, API or raw. */
export interface RunResult {
  latency: LatencySummary;
  /** Successful requests (2xx) per second over the measured window. */
  rps: number;
  seconds: number;
  ok: number;
  /** Answers by status (HTTP runs). */
  statuses: Record<string, number>;
  errors: number;
  firstError?: string;
  /** Answers during the warm-up (not in the numbers above). */
  warmupResponses?: number;
}

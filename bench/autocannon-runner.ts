/**
 * Forked by the benchmark: drives HTTP load with autocannon from its own process. Latencies are
 * taken from every response at full (sub-millisecond) precision rather than from autocannon's
 * 1 ms histogram, so API and raw runs are summarised the same way.
 */
import autocannon from 'autocannon';
import { serveParent, summarise, type RunResult } from './child-process.js';

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpJob {
  type: 'http';
  url: string;
  /** One request, or a list used round-robin across all connections (each item once before any repeats). */
  requests: HttpRequestSpec[];
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** Give up on a request after this long. */
  timeoutSec: number;
  /** Send exactly this many requests instead of running for durationSec (very slow endpoints). */
  amount?: number;
  /** Rotations with the same key continue where the last job stopped (items meant to be used once). */
  rotationKey: string;
}

// Per rotation key, how far the rotation got: log-email's messages are each logged once across runs.
const offsets = new Map<string, { next: number }>();

function run(
  job: HttpJob,
  durationSec: number,
  record: boolean,
  offset: { next: number },
  amount?: number,
): Promise<RunResult> {
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  let firstError: string | undefined;
  const pick = () => job.requests[offset.next++ % job.requests.length]!;
  const options = {
    url: job.url,
    connections: job.connections,
    ...(amount ? { amount } : { duration: durationSec }),
    timeout: job.timeoutSec,
    // A rotation rebuilds each request from the shared list; a single request is built once.
    requests:
      job.requests.length === 1
        ? [{ ...job.requests[0]! }]
        : [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, ...pick() }) }],
  } as autocannon.Options;
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: Error | null, result: autocannon.Result) => {
      if (error) return reject(error);
      const seconds = result.duration;
      resolve({
        latency: summarise(samples),
        rps: Math.round((ok / seconds) * 100) / 100,
        seconds,
        ok,
        statuses,
        errors,
        ...(firstError && { firstError }),
      });
    });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) {
        ok += 1;
        if (record) samples.push(responseTime);
      }
    });
    instance.on('reqError', (error: Error) => {
      errors += 1;
      firstError ??= error.message;
    });
  });
}

serveParent(async (message) => {
  if (message.type !== 'http') throw new Error(`unknown job ${message.type}`);
  const job = message as unknown as HttpJob;
  const offset = offsets.get(job.rotationKey) ?? { next: 0 };
  offsets.set(job.rotationKey, offset);
  const warmup =
    job.warmupSec <= 0
      ? null
      : job.amount
        ? await run(job, 0, false, offset, 1)
        : await run(job, job.warmupSec, false, offset);
  const result = await run(job, job.durationSec, true, offset, job.amount);
  return { ...result, ...(warmup && { warmupResponses: Object.values(warmup.statuses).reduce((a, b) => a + b, 0) }) };
});

import type { Logger } from '../ports/logger.js';
import type { Clock } from '../ports/clock.js';

export interface IntervalJob<T> {
  /** One run at `now` (tests pass a test clock's time); joins a run already in progress. */
  runOnce(now?: Date): Promise<T>;
  /** Stops the timers and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs`, and once `firstRunMs` after start. Runs never overlap; the timers
 * do not keep the process alive. A failure is logged by its type only (never content) and the next
 * tick tries again.
 */
export function startIntervalJob<T>(options: {
  name: string;
  run: (now: Date) => Promise<T>;
  clock: Clock;
  logger: Logger;
  intervalMs: number;
  firstRunMs?: number;
}): IntervalJob<T> {
  let running: Promise<T> | null = null;
  const runOnce = (now = options.clock.now()): Promise<T> => {
    running ??= options.run(now).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () =>
    void runOnce().catch((error: unknown) =>
      options.logger.error(
        { job: options.name, type: error instanceof Error ? error.name : typeof error },
        'scheduled job failed',
      ),
    );
  const first = setTimeout(tick, options.firstRunMs ?? 30_000);
  const timer = setInterval(tick, options.intervalMs);
  first.unref();
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

import { createServer, type RequestListener, type Server } from 'node:http';

/** How long a client may take to send its request; a handler may still take its time to answer. */
export interface ServerLimits {
  /** The whole request, body included (bodies are at most 512 kB). */
  requestTimeoutMs: number;
  /** The request line and headers. */
  headersTimeoutMs: number;
  /** How often Node looks for requests past those limits. */
  checkIntervalMs: number;
}

// Node's defaults hold a stalled request open for five minutes, checked every 30 s: a client that
// announces a 2 MB body and then sends nothing would tie up a connection that long.
export const SERVER_LIMITS: Readonly<ServerLimits> = Object.freeze({
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
});

/** The HTTP server for the app, with the limits above: a request not received in time is answered 408 and closed. */
export function createHttpServer(listener: RequestListener, limits: ServerLimits = SERVER_LIMITS): Server {
  return createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    listener,
  );
}

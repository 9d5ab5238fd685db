import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';

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

/** The server's certificate and the CA its callers' client certificates must chain to (PEM). */
export interface MutualTls {
  cert: string;
  key: string;
  clientCa: string;
}

/**
 * An HTTPS server that asks every caller for a client certificate but lets the handshake finish
 * without one: the route decides (a 403 in our error shape beats a TLS alert no caller can read),
 * with `socket.authorized` telling whether the certificate chains to `clientCa` and is in date.
 */
export function createMutualTlsServer(
  listener: RequestListener,
  tls: MutualTls,
  limits: ServerLimits = SERVER_LIMITS,
): TlsServer {
  return createTlsServer(
    {
      cert: tls.cert,
      key: tls.key,
      ca: tls.clientCa,
      requestCert: true,
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    listener,
  );
}

import type { Server, RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createHttpServer, createMutualTlsServer, type MutualTls } from '../http/http-server.js';

export interface Listening {
  /** The address the service answers on (the actual port when the config asked for 0). */
  url: string;
  /** Stops accepting; idle connections close now, busy ones get two seconds. Resolves once all are closed. */
  close(): Promise<void>;
}

/** Listens on the configured host and port, and logs where. */
export async function listen(app: RequestListener, config: Config, logger: Logger): Promise<Listening> {
  const listening = await bind(createHttpServer(app), config.host, config.port, 'http');
  logger.info({ url: listening.url, mode: config.mode, store: config.database.kind }, 'Kontaktspor is listening');
  return listening;
}

/**
 * The same app on the HTTPS port STAR calls with its client certificate (one endpoint per authority
 * per system): only `POST /api/star/messages` accepts a caller here, the client-certificate guard decides.
 */
export async function listenMutualTls(
  app: RequestListener,
  where: { host: string; port: number },
  tls: MutualTls,
  logger: Logger,
): Promise<Listening> {
  const listening = await bind(createMutualTlsServer(app, tls), where.host, where.port, 'https');
  logger.info({ url: listening.url }, "Kontaktspor listens for STAR's messages (mutual TLS)");
  return listening;
}

async function bind(server: Server, host: string, port: number, scheme: 'http' | 'https'): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const url = `${scheme}://${host.includes(':') ? `[${host}]` : host}:${actual}`;
  return {
    url,
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2_000).unref();
      return closed;
    },
  };
}

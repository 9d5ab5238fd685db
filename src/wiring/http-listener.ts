import type { Server, RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createHttpServer } from '../http/http-server.js';

export interface Listening {
  /** The address the service answers on (the actual port when the config asked for 0). */
  url: string;
  /** Stops accepting; idle connections close now, busy ones get two seconds. Resolves once all are closed. */
  close(): Promise<void>;
}

/** Listens on the configured host and port, and logs where. */
export async function listen(app: RequestListener, config: Config, logger: Logger): Promise<Listening> {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = createHttpServer(app).listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, mode: config.mode, store: config.database.kind }, 'Kontaktspor is listening');
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

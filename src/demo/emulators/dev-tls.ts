import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';
import { generate } from 'selfsigned';

/** A certificate for the local emulators: `ca` is the PEM that clients must trust (the cert itself). */
export interface DevTls {
  key: string;
  cert: string;
  ca: string;
}

const DAY_MS = 86_400_000;

/** How far back the certificate is valid from: TLS checks it against the OS clock, which may disagree with `now`. */
const NOT_BEFORE_LEEWAY_MS = 2 * DAY_MS;

/**
 * A fresh self-signed certificate (RSA 2048, SHA-256) for localhost and 127.0.0.1, valid 30 days.
 * It is valid from two days before `now`: OpenSSL reads the operating system's clock, not `now`, and
 * a client on another machine, or a run with a moved clock (npm run test:times), may be hours ahead.
 */
export async function createDevTls(now: Date = new Date()): Promise<DevTls> {
  const pems = await generate(
    [
      { name: 'commonName', value: 'localhost' },
      { name: 'organizationName', value: 'Kontaktspor dev' },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - NOT_BEFORE_LEEWAY_MS),
      notAfterDate: new Date(now.getTime() + 30 * DAY_MS),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    },
  );
  return { key: pems.private, cert: pems.cert, ca: pems.cert };
}

export interface HttpsListener {
  /** `https://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Serves `handler` over HTTPS on 127.0.0.1 (port 0 = ephemeral). */
export async function listenHttps(handler: RequestListener, tls: DevTls, port = 0): Promise<HttpsListener> {
  const server = createServer({ key: tls.key, cert: tls.cert }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${actual}`,
    port: actual,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

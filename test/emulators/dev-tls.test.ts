import assert from 'node:assert/strict';
import { createDevTls, listenHttps } from '../../src/demo/emulators/dev-tls.js';
import { HttpsJson } from './support/https-json.js';

describe("the emulators' TLS certificate", () => {
  it("when the service's clock runs hours ahead of the operating system's, then a client already accepts the certificate", async () => {
    // TLS checks validity against the OS clock; `now` is the service's (e.g. npm run test:times at noon).
    const tls = await createDevTls(new Date(Date.now() + 6 * 3_600_000));
    const listener = await listenHttps(
      (_req, res) => void res.setHeader('content-type', 'application/json').end('{"ok":true}'),
      tls,
    );
    const client = new HttpsJson(tls.ca);
    try {
      const response = await client.request<{ ok: boolean }>(`${listener.url}/`);
      assert.deepEqual(response.body, { ok: true });
    } finally {
      await client.close();
      await listener.close();
    }
  });
});

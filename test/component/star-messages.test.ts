/**
 * STAR's endpoint through the real HTTP app (issue 17). Over plain HTTP nothing gets in. Over
 * HTTPS that asks for a client certificate, as the production listener does, only STAR's
 * certificate (by thumbprint, or by subject) gets a message stored; a stranger's certificate is
 * refused before its body is read; a malformed, oversized or non-JSON message is a 4xx in the
 * error shape with nothing stored. Every answer is checked against the app's OpenAPI document.
 */
import assert from 'node:assert/strict';
import https from 'node:https';
import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { generate } from 'selfsigned';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { serveApp } from '../support/test-app.js';
import { checkedListener, openApiConformance } from '../support/openapi-conformance.js';
import { buildWsbMessage } from '../support/jobordre-documents.js';
import { createApp } from '../../src/http/create-app.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { createDevTls, type DevTls } from '../../src/demo/emulators/dev-tls.js';
import { normalizeThumbprint } from '../../src/config.js';
import { systemClock } from '../../src/ports/clock.js';
import type { AppDeps } from '../../src/http/app-deps.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';

const DAY_MS = 86_400_000;
const STAR_SUBJECT = 'CN=STAR DFDG WSB, O=Styrelsen for Arbejdsmarked og Rekruttering, C=DK';

interface ClientCertificate {
  cert: string;
  key: string;
}

/** A self-signed client certificate; the listener trusts it as its own CA when the test says so. */
async function clientCertificate(cn: string, organization: string): Promise<ClientCertificate> {
  const now = Date.now();
  const pems = await generate(
    [
      { name: 'commonName', value: cn },
      { name: 'organizationName', value: organization },
      { name: 'countryName', value: 'DK' },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: new Date(now - DAY_MS),
      notAfterDate: new Date(now + 30 * DAY_MS),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
        { name: 'extKeyUsage', clientAuth: true },
      ],
    },
  );
  return { cert: pems.cert, key: pems.private };
}

interface Answer {
  status: number;
  body: any;
  connection: string | undefined;
}

function post(
  url: string,
  options: { client?: ClientCertificate; ca: string; body: string; contentType?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      `${url}/api/star/messages`,
      {
        method: 'POST',
        ca: options.ca,
        ...(options.client && { cert: options.client.cert, key: options.client.key }),
        agent: false,
        headers: { 'content-type': options.contentType ?? 'application/json' },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            body: text ? JSON.parse(text) : undefined,
            connection: response.headers.connection,
          });
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

for (const target of STORE_TARGETS) {
  describe(`STAR's message endpoint, on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenantId: string;
    let kicks: number;
    let serverTls: DevTls;
    let star: ClientCertificate;
    let starBySubject: ClientCertificate;
    let stranger: ClientCertificate;
    let untrusted: ClientCertificate;

    const starDeps = (): NonNullable<AppDeps['star']> => ({
      tenantId,
      client: {
        thumbprints: [normalizeThumbprint(new X509Certificate(star.cert).fingerprint256)],
        subject: STAR_SUBJECT,
      },
      kick: () => void (kicks += 1),
    });
    const deps = (overrides: Partial<AppDeps> = {}) => ({
      store,
      authenticator: demoAuthenticator({ store, tenantId, defaultEmail: 'mette@roskilde.dk' }),
      ...overrides,
    });
    const stored = async () => (await store.starInboxStatus(tenantId)).queued;

    /** The app behind HTTPS that asks for a client certificate and trusts these CAs, as the production listener does. */
    async function serveMutualTls(trusted: ClientCertificate[], run: (url: string) => Promise<void>) {
      const violations: string[] = [];
      let conformance: ReturnType<typeof openApiConformance> | null = null;
      const app = createApp({
        clock: systemClock,
        logger: pino({ level: 'silent' }),
        ownDomains: ['roskilde.dk'],
        version: 'test',
        ...deps({ star: starDeps() }),
      });
      const server = https.createServer(
        {
          key: serverTls.key,
          cert: serverTls.cert,
          requestCert: true,
          rejectUnauthorized: false,
          ca: trusted.map((certificate) => certificate.cert),
        },
        checkedListener(app, () => conformance, violations),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        conformance = openApiConformance(JSON.parse(await getText(`${url}/api/openapi.json`, serverTls.ca)));
        await run(url);
        assert.deepEqual(violations, [], 'answers the OpenAPI document does not describe');
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      serverTls = await createDevTls();
      [star, starBySubject, stranger, untrusted] = await Promise.all([
        clientCertificate('STAR DFDG WSB', 'Styrelsen for Arbejdsmarked og Rekruttering'),
        clientCertificate('STAR DFDG WSB', 'Styrelsen for Arbejdsmarked og Rekruttering'),
        clientCertificate('STAR DFDG WSB', 'Someone Else ApS'),
        clientCertificate('STAR DFDG WSB', 'Styrelsen for Arbejdsmarked og Rekruttering'),
      ]);
    });
    after(async () => close?.());
    beforeEach(async () => {
      tenantId = newTenantId();
      kicks = 0;
      await store.insertStaff(tenantId, { email: 'mette@roskilde.dk', name: 'Mette', sectionId: null, isAdmin: true });
    });

    it('when a message comes over plain HTTP, then it is refused 403 and nothing is stored', async () => {
      const served = await serveApp(deps({ star: starDeps() }));
      try {
        const response = await fetch(`${served.url}/api/star/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(buildWsbMessage()),
        });
        assert.equal(response.status, 403);
        assert.equal(response.headers.get('connection'), 'close');
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'FORBIDDEN');
        assert.equal(await stored(), 0);
      } finally {
        await served.close();
      }
    });

    it('when STAR is not configured here, then the endpoint answers 503 and the admin sees it is off', async () => {
      const served = await serveApp(deps());
      try {
        const response = await fetch(`${served.url}/api/star/messages`, { method: 'POST' });
        assert.equal(response.status, 503);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'UNAVAILABLE');
        const admin = await (await fetch(`${served.url}/api/admin/star`)).json();
        assert.deepEqual(admin, { configured: false, inbox: null });
      } finally {
        await served.close();
      }
    });

    it("when STAR's certificate posts a message, then it is stored before the 202, once, and the worker is woken", async () => {
      await serveMutualTls([star], async (url) => {
        const body = JSON.stringify(buildWsbMessage());
        const first = await post(url, { client: star, ca: serverTls.ca, body });
        assert.equal(first.status, 202);
        assert.equal(first.body.duplicate, false);
        assert.equal(await stored(), 1);
        const again = await post(url, { client: star, ca: serverTls.ca, body });
        assert.deepEqual(again.body, { id: first.body.id, duplicate: true });
        assert.equal(await stored(), 1);
        assert.equal(kicks, 2);
      });
      const served = await serveApp(deps({ star: starDeps() }));
      try {
        const admin = (await (await fetch(`${served.url}/api/admin/star`)).json()) as {
          configured: boolean;
          inbox: any;
        };
        assert.equal(admin.configured, true);
        assert.equal(admin.inbox.queued, 1);
      } finally {
        await served.close();
      }
    });

    it("when a certificate with STAR's subject (another thumbprint) posts, then it is taken by its subject", async () => {
      await serveMutualTls([starBySubject], async (url) => {
        const answer = await post(url, {
          client: starBySubject,
          ca: serverTls.ca,
          body: JSON.stringify(buildWsbMessage()),
        });
        assert.equal(answer.status, 202);
      });
    });

    it("when a certificate that is not STAR's posts, then it is 403 before the body is read and nothing is stored", async () => {
      await serveMutualTls([star, stranger], async (url) => {
        for (const client of [stranger, untrusted, undefined]) {
          const answer = await post(url, {
            ...(client && { client }),
            ca: serverTls.ca,
            body: JSON.stringify(buildWsbMessage()),
          });
          assert.equal(answer.status, 403);
          assert.equal(answer.body.error.code, 'FORBIDDEN');
          assert.equal(answer.connection, 'close');
        }
        // A stranger's oversized or malformed body is not even read: the certificate is refused first.
        const big = await post(url, { client: stranger, ca: serverTls.ca, body: 'x'.repeat(100_000) });
        assert.equal(big.status, 403);
      });
      assert.equal(await stored(), 0);
    });

    it('when STAR sends a malformed, oversized, non-JSON or foreign message, then it is a 4xx in the error shape and nothing is stored', async () => {
      await serveMutualTls([star], async (url) => {
        const refused = async (body: string, contentType?: string) => {
          const answer = await post(url, { client: star, ca: serverTls.ca, body, ...(contentType && { contentType }) });
          assert.equal(typeof answer.body.error.message, 'string');
          return [answer.status, answer.body.error.code];
        };
        assert.deepEqual(await refused('{"beskedIdentifier":'), [400, 'INVALID_JSON']);
        assert.deepEqual(await refused(JSON.stringify({ ...buildWsbMessage(), pad: 'x'.repeat(70_000) })), [
          413,
          'PAYLOAD_TOO_LARGE',
        ]);
        assert.deepEqual(await refused(JSON.stringify(buildWsbMessage()), 'text/plain'), [
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ]);
        assert.deepEqual(await refused(JSON.stringify(buildWsbMessage({ entitetId: 120002 }))), [
          400,
          'VALIDATION_FAILED',
        ]);
        assert.deepEqual(await refused(JSON.stringify(buildWsbMessage({ eksternIdentifier: '0101901234' }))), [
          400,
          'VALIDATION_FAILED',
        ]);
        assert.deepEqual(await refused('"Jobordre"'), [400, 'INVALID_JSON']);
      });
      assert.equal(await stored(), 0);
      assert.equal(kicks, 0);
    });
  });
}

function getText(url: string, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      })
      .on('error', reject);
  });
}

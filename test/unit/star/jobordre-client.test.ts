/**
 * The jobordre client against a local HTTPS server standing in for DFDG: it presents our function
 * certificate, sends an x-requestId, and turns each of STAR's answers into the port's closed set
 * of codes (with Retry-After), never a raw error.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDevTls, type DevTls } from '../../../src/demo/emulators/dev-tls.js';
import { createJobordreClient, retryAfterMsOf } from '../../../src/adapters/star/jobordre-client.js';
import { JobordreSourceError, type JobordreSourceErrorCode } from '../../../src/ports/jobordre-source.js';
import { buildJobordreDocument } from '../../support/jobordre-documents.js';

const NOW = new Date('2026-12-02T09:00:00.000Z');

describe("The jobordre client over HTTPS to STAR's DFDG", function () {
  let tls: DevTls;
  let server: Server;
  let url: string;
  let answer: (req: IncomingMessage, res: ServerResponse) => void;
  const seen: { path: string; requestId: string | undefined; certificate: boolean }[] = [];

  before(async () => {
    tls = await createDevTls();
    // Asks for the client's certificate, as DFDG does (not checking it: the emulator's tests do that).
    const listener = createServer(
      { key: tls.key, cert: tls.cert, requestCert: true, rejectUnauthorized: false },
      (req, res) => {
        const socket = req.socket as TLSSocket;
        seen.push({
          path: req.url ?? '',
          requestId: req.headers['x-requestid'] as string | undefined,
          certificate: Boolean(socket.getPeerCertificate?.()?.raw),
        });
        answer(req, res);
      },
    );
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    server = listener;
    url = `https://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const client = (timeoutMs = 2_000) =>
    createJobordreClient({
      url: `${url}/`,
      cert: tls.cert,
      key: tls.key,
      ca: tls.ca,
      timeoutMs,
      clock: { now: () => NOW },
    });
  async function failure(): Promise<JobordreSourceError> {
    try {
      await client(300).getJobordre('5b0b7c1e-2f7a-4a57-9a43-0f5d2b7c9e11');
    } catch (error) {
      assert.ok(error instanceof JobordreSourceError, `expected a JobordreSourceError, got ${String(error)}`);
      return error;
    }
    assert.fail('expected a failure');
  }
  const answering = (status: number, headers: Record<string, string> = {}, body = '') => {
    answer = (_req, res) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  };

  it('when STAR answers 200, then the jobordre is read from its path with a request id and our certificate', async () => {
    const document = buildJobordreDocument();
    answering(200, {}, JSON.stringify(document));
    const jobordre = await client().getJobordre(document.jobordreIdentifier);
    assert.equal(jobordre.id, document.jobordreIdentifier);
    const last = seen.at(-1)!;
    assert.equal(last.path, `/v1/Jobordre/${document.jobordreIdentifier}`);
    assert.match(last.requestId ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(last.certificate, true);
  });

  it("when STAR answers with an error status, then each becomes the port's code, with its Retry-After", async () => {
    const cases: [number, Record<string, string>, JobordreSourceErrorCode, number | undefined][] = [
      [404, {}, 'NOT_FOUND', undefined],
      [401, {}, 'FORBIDDEN', undefined],
      [403, {}, 'FORBIDDEN', undefined],
      [429, { 'retry-after': '7' }, 'THROTTLED', 7_000],
      [503, { 'retry-after': '120' }, 'UNAVAILABLE', 120_000],
      [500, {}, 'UNAVAILABLE', undefined],
      [400, {}, 'REJECTED', undefined],
      [302, { location: 'https://example.org/' }, 'REJECTED', undefined],
    ];
    for (const [status, headers, code, retryAfterMs] of cases) {
      answering(status, headers, '{"fejlkode":1,"fejltekst":"Borger 0101901234"}');
      const error = await failure();
      assert.deepEqual([error.code, error.retryAfterMs], [code, retryAfterMs], `status ${status}`);
      assert.doesNotMatch(error.message, /0101901234/);
    }
  });

  it('when STAR answers 200 with something that is not a jobordre, then it is REJECTED', async () => {
    answering(200, {}, '<html>maintenance</html>');
    assert.equal((await failure()).code, 'REJECTED');
    answering(200, {}, JSON.stringify({ jobordreIdentifier: 'x' }));
    assert.equal((await failure()).code, 'REJECTED');
  });

  it('when STAR does not answer in time or hangs up, then it is UNAVAILABLE', async () => {
    answer = () => undefined;
    assert.equal((await failure()).code, 'UNAVAILABLE');
    answer = (req) => req.socket.destroy();
    assert.equal((await failure()).code, 'UNAVAILABLE');
  });

  it('when STAR cannot be reached, then it is UNAVAILABLE', async () => {
    const closed = createJobordreClient({
      url: 'https://127.0.0.1:1',
      cert: tls.cert,
      key: tls.key,
      clock: { now: () => NOW },
    });
    await assert.rejects(closed.getJobordre('x'), (error: unknown) => {
      assert.ok(error instanceof JobordreSourceError);
      assert.equal(error.code, 'UNAVAILABLE');
      return true;
    });
  });

  it('when Retry-After is an HTTP date, then it counts from now; rubbish is ignored', () => {
    assert.equal(retryAfterMsOf('Wed, 02 Dec 2026 09:01:00 GMT', NOW), 60_000);
    assert.equal(retryAfterMsOf('Wed, 02 Dec 2026 08:00:00 GMT', NOW), 0);
    assert.equal(retryAfterMsOf('soon', NOW), null);
    assert.equal(retryAfterMsOf(undefined, NOW), null);
  });
});

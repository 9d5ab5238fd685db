import assert from 'node:assert/strict';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig } from '../../src/config.js';
import { buildSeedData } from '../../src/demo/seed-data.js';
import { demoMailboxes } from '../../src/demo/emulators/demo-mailboxes.js';
import { KPI_METRIC_KEYS } from '../../src/domain/kpi-definitions.js';
import { fuzzRequests, type FuzzRequest, type FuzzSamples } from '../support/openapi-fuzzer.js';
import { openApiConformance } from '../support/openapi-conformance.js';

// `npm test` sends a few hundred; `npm run fuzz` sends 10,000 (FUZZ_REQUESTS). FUZZ_SEED replays a run.
const COUNT = Number(process.env.FUZZ_REQUESTS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

describe(`Requests generated from /api/openapi.json (${COUNT}, seed ${SEED}) against the service as main.ts wires it`, function () {
  this.timeout(120_000 + COUNT * 200);
  let service: RunningService;
  let document: Parameters<typeof openApiConformance>[0] & Parameters<typeof fuzzRequests>[0];

  before(async () => {
    service = await startService(loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent' }));
    document = (await (await fetch(`${service.url}/api/openapi.json`)).json()) as typeof document;
  });
  after(async () => service?.stop());

  /** Real values of the seeded demo, so that valid requests reach the use cases. */
  async function samples(): Promise<FuzzSamples> {
    const seed = buildSeedData();
    const get = async <T>(path: string) =>
      ((await (await fetch(`${service.url}${path}`)).json()) as { items: T[] }).items;
    const companies = await get<{ id: string }>('/api/companies?limit=100');
    const vacancies = await get<{ id: string }>('/api/vacancies?limit=200');
    const messages = demoMailboxes(seed).flatMap((box) => box.messages.map((message) => message.id!));
    return {
      byName: {
        id: [...companies.map((c) => c.id), ...vacancies.map((v) => v.id)],
        companyId: companies.map((c) => c.id),
        email: seed.companies.flatMap((c) => c.domains.map((domain) => `kontakt@${domain}`)),
        itemId: messages,
        metric: [...KPI_METRIC_KEYS],
        topic: ['rekruttering', 'opkvalificering', 'loentilskud'],
        period: ['2026', '2026-03', '2027'],
        section: ['virksomhedsservice', 'jobcenter'],
        sectionId: ['virksomhedsservice'],
        conversationId: ['19:general@thread.tacv2'],
        value: ['ny@firma.dk', 'firma.dk'],
        // Bot activities: demo mode answers only a loopback connector; nothing listens on port 9 here.
        serviceUrl: ['http://127.0.0.1:9/', 'https://smba.trafficmanager.net/emea/'],
        channelId: ['msteams'],
        text: ['hjælp', 'historik Østergaard Byg', 'stillinger'],
      },
    };
  }

  async function send(request: FuzzRequest) {
    const response = await fetch(`${service.url}${request.url}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined && { body: request.body }),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  }

  it('when valid and mutated requests are sent to every documented operation, then none answers 5xx and every answer is described by the document', async () => {
    const conformance = openApiConformance(document);
    const requests = fuzzRequests(document, await samples(), { seed: SEED, count: COUNT });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const byRoute = new Map<string, number[]>();
    for (const request of requests) {
      const answer = await send(request);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const route =
        `${request.method} ${request.url.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`.slice(0, 60);
      byRoute.set(route, [...(byRoute.get(route) ?? []), answer.status]);
      const path = request.url.split('?')[0]!;
      const label = `${request.method} ${request.url.slice(0, 160)} [${request.mutation}]`;
      if (answer.status >= 500) failures.push(`${label} answered ${answer.status} ${answer.body.slice(0, 200)}`);
      const problem = conformance.problem({
        method: request.method,
        path,
        status: answer.status,
        contentType: answer.contentType,
        body: answer.body,
      });
      if (problem) failures.push(`${label}: ${problem.slice(0, 400)}`);
    }
    if (process.env.FUZZ_REPORT)
      console.log(JSON.stringify(Object.fromEntries([...byRoute].sort()), null, 0).replace(/\],/g, '],\n'));
    assert.deepEqual(failures.slice(0, 25), [], `${failures.length} of ${requests.length} answers failed`);
    // The generator must reach the use cases, not only the validation: some requests succeed.
    const succeeded = [...statuses].filter(([status]) => status < 300).reduce((sum, [, n]) => sum + n, 0);
    assert.ok(
      succeeded >= requests.length * 0.1,
      `only ${succeeded} of ${requests.length} requests succeeded: ${JSON.stringify([...statuses])}`,
    );
  });
});

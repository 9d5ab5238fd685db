import assert from 'node:assert/strict';
import { STORE_TARGETS, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';
import { buildJobnetFacts, buildJobnetVacancy } from '../support/factories.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { SeedData } from '../../src/demo/seed-data.js';
import type { Vacancy } from '../../src/domain/model.js';

const JOBNET_URL = 'https://jobnet.example/jobordre/{id}';

for (const target of STORE_TARGETS) {
  describe(`Vacancies from Jobnet in the API on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let app: TestApp;
    let tenantId: string;
    let data: SeedData;
    let fromJobnet: Vacancy;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      let demoEmail: string;
      ({ tenantId, data, demoEmail } = await seedTenant(store));
      app = await startTestApp({ store, tenantId, defaultEmail: demoEmail, jobnetJobordreUrl: JOBNET_URL });
      fromJobnet = await store.insertVacancy(
        tenantId,
        buildJobnetVacancy(ostergaard().id, {
          title: 'Lagermedarbejder i løntilskud',
          jobnet: buildJobnetFacts({ jobordreId: 'JO 4711/26' }),
        }),
      );
    });
    after(async () => {
      await app?.close();
      await close?.();
    });

    const ostergaard = () => data.companies.find((company) => company.name === 'Østergaard Byg A/S')!;
    const expectedJobnet = {
      jobordreId: 'JO 4711/26',
      status: 'open',
      statusText: 'Aktiv',
      type: { code: 'LOENTILSKUD', label: 'Løntilskud', specialTerms: true },
      occupation: { code: '8322.3', label: 'Lagermedarbejder' },
      workAddress: { street: 'Industrivej 12', postcode: '4000', city: 'Roskilde', municipalityCode: '265' },
      version: '2026-03-02T09:15:00.000Z',
      url: 'https://jobnet.example/jobordre/JO%204711%2F26',
    };

    it("when a company's vacancies are listed, then the one from Jobnet carries its facts and its Jobnet link, and nobody as its registrar", async () => {
      const { status, body } = await app.call('GET', `/api/vacancies?companyId=${ostergaard().id}`);
      assert.equal(status, 200);
      const listed = body.items.find((vacancy: { id: string }) => vacancy.id === fromJobnet.id);
      assert.deepEqual(listed.jobnet, expectedJobnet);
      assert.equal(listed.createdBy, null);
      const registered = body.items.filter((vacancy: { id: string }) => vacancy.id !== fromJobnet.id);
      assert.ok(registered.length > 0, 'the seed has vacancies staff registered');
      assert.ok(registered.every((vacancy: { jobnet: unknown }) => vacancy.jobnet === null));
    });

    it('when the company page and the Outlook pane ask for the service context, then its open Jobnet vacancy carries the link', async () => {
      const page = await app.call('GET', `/api/companies/${ostergaard().id}`);
      const onPage = page.body.context.openVacancies.find((vacancy: { id: string }) => vacancy.id === fromJobnet.id);
      assert.deepEqual(onPage.jobnet, expectedJobnet);
      const pane = await app.call('GET', `/api/context?email=${encodeURIComponent(`job@${ostergaard().domains[0]}`)}`);
      const match = pane.body.matches.find((m: { company: { id: string } }) => m.company.id === ostergaard().id);
      const inPane = match.context.openVacancies.find((vacancy: { id: string }) => vacancy.id === fromJobnet.id);
      assert.equal(inPane.jobnet.url, expectedJobnet.url);
    });

    it('when a Jobnet vacancy is paused and then released, then each answer still carries its Jobnet facts', async () => {
      const paused = await app.call('POST', `/api/vacancies/${fromJobnet.id}/transition`, { body: { to: 'paused' } });
      assert.equal(paused.status, 200);
      assert.equal(paused.body.jobnet.type.label, 'Løntilskud');
      const released = await app.call('POST', `/api/vacancies/${fromJobnet.id}/transition`, {
        body: { to: 'received' },
      });
      assert.equal(released.status, 200);
      assert.equal(released.body.status, 'received');
      assert.deepEqual(released.body.jobnet, expectedJobnet);
    });

    it('when a colleague registers a vacancy, then it has no Jobnet facts', async () => {
      const created = await app.call('POST', '/api/vacancies', {
        body: { companyId: ostergaard().id, title: 'Tømrer', positions: 1 },
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.jobnet, null);
      assert.equal(created.body.createdBy, data.staff[0]!.id);
    });
  });
}

import assert from 'node:assert/strict';
import { STORE_TARGETS, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';
import { CVR_PASSWORD, CVR_USER } from '../emulators/support/cvr-fixtures.js';
import { startCvrEmulator, type CvrEmulator } from '../../src/demo/emulators/cvr/cvr-emulator.js';
import { generateMunicipality, type KnownCompany } from '../../src/demo/emulators/cvr/municipality.js';
import { createDistributionSource } from '../../src/adapters/cvr/distribution-source.js';
import type { OutboundFetch } from '../../src/adapters/outbound-fetch.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { SeedData } from '../../src/demo/seed-data.js';

/** The register's "now" and the day of its later changes: fixed, so nothing here reads the clock. */
const REGISTER_NOW = new Date('2026-11-20T06:00:00.000Z');
const CHANGED_AT = new Date('2025-06-01T00:00:00.000Z');
const COPENHAGEN = {
  vejnavn: 'Vesterbrogade',
  husnummerFra: 3,
  postnummer: 1620,
  postdistrikt: 'København V',
  landekode: 'DK',
  kommune: { kommuneKode: 101, kommuneNavn: 'København' },
};

const inRoskilde = (company: Pick<KnownCompany, 'cvr' | 'name' | 'pNumbers' | 'employeeBand' | 'domains'>) => ({
  ...company,
  address: 'Algade 12',
  postcode: '4000',
  city: 'Roskilde',
  industryCode: '412000',
});

/**
 * The register the API reads, served by the CVR distribution emulator: Fjordbyg (an A/S with two
 * workplaces in Roskilde and one more, and a domain), a café staff once typed by hand, and a carpenter.
 * Its later changes come through the emulator as the register historises them: Fjordbyg's new name,
 * one workplace closed and one moved to Copenhagen, the carpenter's bankruptcy.
 */
async function startRegister(): Promise<CvrEmulator> {
  const { documents } = generateMunicipality({
    legalUnits: 0,
    now: REGISTER_NOW,
    knownCompanies: [
      inRoskilde({
        cvr: '25313763',
        name: 'Fjordbyg ApS',
        pNumbers: ['1012345678', '1012345679', '1012345680'],
        employeeBand: '50-249',
        domains: ['fjordbyg.dk'],
      }),
      inRoskilde({
        cvr: '31000009',
        name: 'Kildehuset Café ApS',
        pNumbers: ['1099887766'],
        employeeBand: '1-9',
        domains: ['kildehuset.dk'],
      }),
      inRoskilde({
        cvr: '31000017',
        name: 'Konkursen Tømrer ApS',
        pNumbers: ['1055554444'],
        employeeBand: '1-9',
        domains: [],
      }),
    ],
  });
  const emulator = await startCvrEmulator({ documents, users: { [CVR_USER]: CVR_PASSWORD } });
  emulator.rename('25313763', 'Fjordbyg Roskilde A/S', CHANGED_AT);
  emulator.closeProductionUnit('1012345679', CHANGED_AT);
  emulator.moveProductionUnit('1012345680', COPENHAGEN, CHANGED_AT);
  emulator.setStatus('31000017', 'UNDER KONKURS', CHANGED_AT);
  return emulator;
}

for (const target of STORE_TARGETS) {
  describe(`The CVR register through the API on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let app: TestApp;
    let bare: TestApp;
    let data: SeedData;
    let emulator: CvrEmulator;
    /** The bodies of the searches that left for the register, in order. */
    const searches: string[] = [];
    let colleague: string;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
      let tenantId: string;
      let demoEmail: string;
      ({ tenantId, data, demoEmail } = await seedTenant(store));
      emulator = await startRegister();
      const recording: OutboundFetch = (url, init) => {
        if (/\/_search$/.test(new URL(url).pathname)) searches.push(String(init?.body ?? ''));
        return fetch(url, init);
      };
      const source = createDistributionSource({
        baseUrl: emulator.url,
        user: CVR_USER,
        password: CVR_PASSWORD,
        ownDomains: ['roskilde.dk'],
        fetch: recording,
      });
      app = await startTestApp({
        store,
        tenantId,
        defaultEmail: demoEmail,
        register: { source, municipalityCode: '265' },
      });
      bare = await startTestApp({ store, tenantId, defaultEmail: demoEmail });
      colleague = data.staff.find((staff) => !staff.isAdmin)!.email;
    });
    beforeEach(() => {
      emulator.faults.failNext(0);
    });
    after(async () => {
      await app?.close();
      await bare?.close();
      await emulator?.close();
      await close?.();
    });

    const asColleague = () => ({ headers: { 'X-Demo-User': colleague } });

    describe('looking a company up', () => {
      it('when staff type a CVR with "DK" and spaces, then the register hit comes back with its address, status and workplaces', async () => {
        const asked = searches.length;
        const { status, body } = await app.call(
          'GET',
          `/api/register/companies?q=${encodeURIComponent('DK 25 31 37 63')}`,
        );
        assert.equal(status, 200);
        assert.deepEqual(body.items, [
          {
            cvr: '25313763',
            name: 'Fjordbyg Roskilde A/S',
            address: { street: 'Algade 12', postcode: '4000', city: 'Roskilde' },
            status: 'NORMAL',
            legalForm: 'Aktieselskab',
            pUnits: 3,
            pUnitsHere: 1,
            advertisingProtected: false,
            companyId: null,
          },
        ]);
        const sent = searches.slice(asked);
        assert.ok(sent.length > 0 && sent.every((search) => search.includes('[25313763]')), 'asked for the 8 digits');
      });

      it('when staff type part of a name or a P-number, then the matching companies come back', async () => {
        const byName = await app.call('GET', `/api/register/companies?q=${encodeURIComponent('tømrer')}`);
        assert.deepEqual(
          byName.body.items.map((hit: { name: string; status: string }) => [hit.name, hit.status]),
          [['Konkursen Tømrer ApS', 'UNDER KONKURS']],
        );
        const byPNumber = await app.call('GET', '/api/register/companies?q=1099887766');
        assert.deepEqual(
          byPNumber.body.items.map((hit: { cvr: string }) => hit.cvr),
          ['31000009'],
        );
      });

      it('when the query is a malformed CVR, one letter, 101 characters or nothing, then it answers 400 and the register is not asked', async () => {
        const asked = searches.length;
        for (const q of ['25313764', '1234567', '123456789', 'x', ' a ', 'n'.repeat(101), '']) {
          const { status, body } = await app.call('GET', `/api/register/companies?q=${encodeURIComponent(q)}`);
          assert.equal(status, 400, q);
          assert.equal(body.error.code, 'VALIDATION_FAILED', q);
          assert.equal(typeof body.error.message, 'string');
        }
        const none = await app.call('GET', '/api/register/companies');
        assert.equal(none.status, 400);
        const extra = await app.call('GET', '/api/register/companies?q=fjord&limit=5');
        assert.equal(extra.status, 400, 'unknown parameters are refused');
        assert.equal(searches.length, asked);
      });

      it('when the query is hostile text, then it is sent as a name, never echoed, and a CPR number in it never leaves', async () => {
        const hostile = `<script>alert(1)</script>' or 1=1 -- 010190-1234`;
        const asked = searches.length;
        const { status, text } = await app.call('GET', `/api/register/companies?q=${encodeURIComponent(hostile)}`);
        assert.equal(status, 200);
        assert.ok(!text.includes('<script>'));
        const sent = searches.slice(asked);
        assert.ok(sent.length > 0, 'the name was looked up');
        assert.ok(
          sent.every((search) => !search.includes('010190')),
          sent.join('\n'),
        );
        const nul = await app.call('GET', `/api/register/companies?q=${encodeURIComponent('fjord\u0000')}`);
        assert.equal(nul.status, 400);
      });

      it('when the register does not answer, then it answers 503 REGISTER_UNAVAILABLE', async () => {
        emulator.faults.failNext(1_000);
        const { status, body } = await app.call('GET', '/api/register/companies?q=fjordbyg');
        assert.equal(status, 503);
        assert.equal(body.error.code, 'REGISTER_UNAVAILABLE');
        const create = await app.call('POST', '/api/companies/from-register', { body: { cvr: '31000017' } });
        assert.equal(create.status, 503);
        assert.equal(create.body.error.code, 'REGISTER_UNAVAILABLE');
      });

      it('when no register is configured, then lookups and creation answer 503 REGISTER_NOT_CONFIGURED', async () => {
        const lookup = await bare.call('GET', '/api/register/companies?q=fjordbyg');
        assert.equal(lookup.status, 503);
        assert.equal(lookup.body.error.code, 'REGISTER_NOT_CONFIGURED');
        const create = await bare.call('POST', '/api/companies/from-register', { body: { cvr: '25313763' } });
        assert.equal(create.body.error.code, 'REGISTER_NOT_CONFIGURED');
      });
    });

    describe('creating a company from the register', () => {
      it('when staff create Fjordbyg, then it has its workplaces, domain and register facts, and a second try is a conflict naming it', async () => {
        const created = await app.call('POST', '/api/companies/from-register', { body: { cvr: 'DK25313763' } });
        assert.equal(created.status, 201, created.text);
        assert.equal(created.body.change, 'created');
        const company = created.body.company;
        assert.equal(company.cvr, '25313763');
        assert.equal(company.name, 'Fjordbyg Roskilde A/S');
        assert.deepEqual(company.domains, ['fjordbyg.dk']);
        assert.equal(company.registerStatus, 'NORMAL');
        assert.equal(company.register.legalForm, 'Aktieselskab');
        assert.deepEqual(
          company.register.pUnits.map((unit: { pNumber: string; active: boolean; inMunicipality: boolean }) => [
            unit.pNumber,
            unit.active,
            unit.inMunicipality,
          ]),
          [
            ['1012345678', true, true],
            ['1012345679', false, true],
            ['1012345680', true, false],
          ],
        );
        assert.deepEqual(
          company.register.nameHistory.map((entry: { name: string; period: { to: string | null } }) => [
            entry.name,
            entry.period.to,
          ]),
          [
            ['Fjordbyg ApS', '2025-05-31'],
            ['Fjordbyg Roskilde A/S', null],
          ],
          'the former name ended the day before the new one',
        );

        const opened = await app.call('GET', `/api/companies/${company.id}`);
        assert.equal(opened.body.company.register.industryText, 'Opførelse af bygninger');
        const hit = await app.call('GET', '/api/register/companies?q=25313763');
        assert.equal(hit.body.items[0].companyId, company.id, 'the hit now says it exists');
        const bySearch = await app.call('GET', '/api/companies?q=fjordbyg.dk');
        assert.deepEqual(
          bySearch.body.items.map((item: { id: string }) => item.id),
          [company.id],
        );

        const again = await app.call('POST', '/api/companies/from-register', { body: { cvr: '25313763' } });
        assert.equal(again.status, 409);
        assert.equal(again.body.error.code, 'CONFLICT');
        assert.ok(again.body.error.message.includes(company.id), again.body.error.message);
      });

      it('when a company typed by hand has the P-number, then creating from the register completes that company instead of a copy', async () => {
        const byHand = await app.call('POST', '/api/companies', {
          body: { name: 'Kildehuset', pNumbers: ['1099887766'] },
        });
        assert.equal(byHand.status, 201, byHand.text);
        const created = await app.call('POST', '/api/companies/from-register', { body: { cvr: '31000009' } });
        assert.equal(created.status, 200, created.text);
        assert.equal(created.body.change, 'updated');
        assert.equal(created.body.company.id, byHand.body.id);
        assert.equal(created.body.company.cvr, '31000009');
      });

      it('when the CVR is malformed, unknown to the register, or the body has more than a CVR, then it answers 4xx and creates nothing', async () => {
        const before = (await app.call('GET', '/api/companies?limit=100')).body.items.length;
        for (const body of [
          { cvr: '25313764' },
          { cvr: '123' },
          { cvr: 25313763 },
          {},
          { cvr: '25313763', name: 'X' },
        ]) {
          const reply = await app.call('POST', '/api/companies/from-register', { body });
          assert.equal(reply.status, 400, JSON.stringify(body));
          assert.equal(reply.body.error.code, 'VALIDATION_FAILED');
        }
        const unknown = await app.call('POST', '/api/companies/from-register', { body: { cvr: '12345674' } });
        assert.equal(unknown.status, 404);
        assert.equal(unknown.body.error.code, 'NOT_FOUND');
        assert.equal((await app.call('GET', '/api/companies?limit=100')).body.items.length, before);
      });

      it('when staff create a company without CVR by hand, then it has no register facts', async () => {
        const { status, body } = await app.call('POST', '/api/companies', {
          body: { name: 'Foreningen Havevenner', cvr: null },
        });
        assert.equal(status, 201);
        assert.equal(body.cvr, null);
        assert.equal(body.register, null);
        assert.equal(body.registerStatus, null);
      });
    });

    describe('merging two companies', () => {
      it('when an admin merges a company typed by hand into the register company, then its history, contact persons, vacancies and domains move and its old id opens the survivor', async () => {
        const survivor = (await app.call('POST', '/api/companies/from-register', { body: { cvr: '31000017' } })).body
          .company;
        const typed = await app.call('POST', '/api/companies', {
          body: { name: 'Konkursen Tømrer (tastet)', domains: ['konkursen-toemrer.dk'] },
        });
        assert.equal(typed.status, 201, typed.text);
        const mergedId: string = typed.body.id;
        const survivorNote = await app.call('POST', `/api/companies/${survivor.id}/interactions`, {
          body: { kind: 'call', summary: 'Ringede om løntilskud.' },
        });
        assert.equal(survivorNote.status, 201, survivorNote.text);
        const mergedNote = await app.call('POST', `/api/companies/${mergedId}/interactions`, {
          body: { kind: 'visit', summary: 'Besøg på værkstedet.' },
        });
        assert.equal(mergedNote.status, 201, mergedNote.text);
        const person = await app.call('POST', `/api/companies/${mergedId}/contacts`, {
          body: { email: 'mester@konkursen-toemrer.dk', name: 'Mester' },
        });
        assert.equal(person.status, 201, person.text);
        const vacancy = await app.call('POST', '/api/vacancies', {
          body: { companyId: mergedId, title: 'Tømrerlærling' },
        });
        assert.equal(vacancy.status, 201, vacancy.text);

        const refused = await app.call('POST', `/api/companies/${survivor.id}/merge`, {
          body: { mergedId },
          ...asColleague(),
        });
        assert.equal(refused.status, 403);
        assert.equal(refused.body.error.code, 'FORBIDDEN');

        const merged = await app.call('POST', `/api/companies/${survivor.id}/merge`, { body: { mergedId } });
        assert.equal(merged.status, 200, merged.text);
        assert.equal(merged.body.survivor.id, survivor.id);
        assert.deepEqual(merged.body.moved, { interactions: 1, contacts: 1, vacancies: 1, domains: 1, pUnits: 0 });
        assert.ok(merged.body.survivor.domains.includes('konkursen-toemrer.dk'));

        const opened = await app.call('GET', `/api/companies/${mergedId}`);
        assert.equal(opened.status, 200);
        assert.equal(opened.body.company.id, survivor.id);
        for (const id of [mergedId, survivor.id]) {
          const timeline = await app.call('GET', `/api/companies/${id}/interactions`);
          assert.deepEqual(
            timeline.body.items.map((item: { summary: string }) => item.summary).sort(),
            ['Besøg på værkstedet.', 'Ringede om løntilskud.'],
            id,
          );
        }
        const people = await app.call('GET', `/api/companies/${mergedId}/contacts`);
        assert.deepEqual(
          people.body.items.map((contact: { email: string }) => contact.email),
          ['mester@konkursen-toemrer.dk'],
        );
        const vacancies = await app.call('GET', `/api/vacancies?companyId=${mergedId}`);
        assert.deepEqual(
          vacancies.body.items.map((item: { title: string; companyId: string }) => [item.title, item.companyId]),
          [['Tømrerlærling', survivor.id]],
        );
        const byDomain = await app.call('GET', '/api/companies?q=konkursen-toemrer.dk');
        assert.deepEqual(
          byDomain.body.items.map((item: { id: string }) => item.id),
          [survivor.id],
        );
        const note = await app.call('POST', `/api/companies/${mergedId}/interactions`, {
          body: { kind: 'note', summary: 'Skrevet via det gamle link.' },
        });
        assert.equal(note.body.companyId, survivor.id, 'a write through the old id lands on the survivor');

        const audit = await app.call('GET', `/api/audit?companyId=${survivor.id}&limit=50`);
        assert.ok(
          audit.body.items.some((entry: { action: string }) => entry.action === 'company.merge'),
          'the merge is audited',
        );

        const twice = await app.call('POST', `/api/companies/${survivor.id}/merge`, { body: { mergedId } });
        assert.equal(twice.status, 409, 'the old id is the survivor now');
      });

      it('when an admin merges a company into itself, names an unknown company or sends a malformed id, then it answers 4xx', async () => {
        const company = data.companies[0]!;
        const self = await app.call('POST', `/api/companies/${company.id}/merge`, { body: { mergedId: company.id } });
        assert.equal(self.status, 400);
        assert.equal(self.body.error.code, 'VALIDATION_FAILED');
        const unknown = await app.call('POST', `/api/companies/${company.id}/merge`, {
          body: { mergedId: '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99' },
        });
        assert.equal(unknown.status, 404);
        assert.equal(unknown.body.error.code, 'NOT_FOUND');
        for (const body of [
          { mergedId: 'not-an-id' },
          { mergedId: "' or 1=1 --" },
          {},
          { mergedId: company.id, x: 1 },
        ]) {
          const reply = await app.call('POST', `/api/companies/${data.companies[1]!.id}/merge`, { body });
          assert.equal(reply.status, 400, JSON.stringify(body));
        }
        assert.equal((await app.call('GET', `/api/companies/${company.id}`)).status, 200, 'nothing was merged');
      });
    });
  });
}

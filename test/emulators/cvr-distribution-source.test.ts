import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegisterSource, VrproduktionsEnhed } from '../../src/adapters/cvr/register-documents.js';
import { createDistributionSource } from '../../src/adapters/cvr/distribution-source.js';
import { startCvrEmulator, type CvrEmulator } from '../../src/demo/emulators/cvr/cvr-emulator.js';
import { generateMunicipality } from '../../src/demo/emulators/cvr/municipality.js';
import { completeCvr } from '../../src/domain/cvr.js';
import type { RegisterBatch, CvrSource } from '../../src/ports/cvr-source.js';
import { RegisterUnavailableError } from '../../src/ports/cvr-source.js';
import {
  CVR_PASSWORD,
  CVR_USER,
  REGISTER_NOW,
  everKommuner,
  legalUnits,
  smallRoskilde,
  unitsOf,
} from './support/cvr-fixtures.js';

const ROSKILDE = '265';
const OWN_DOMAINS = ['roskilde.dk'];

async function collect(batches: AsyncIterable<RegisterBatch>): Promise<RegisterBatch[]> {
  const out: RegisterBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

const cvrsOf = (batches: readonly RegisterBatch[]) => batches.flatMap((b) => b.companies.map((c) => c.cvr));

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('CVR distribution source against the emulator', () => {
  const municipality = smallRoskilde();
  let cvr: CvrEmulator;
  let source: CvrSource;

  const sourceWith = (overrides: Partial<Parameters<typeof createDistributionSource>[0]> = {}) =>
    createDistributionSource({
      baseUrl: cvr.url,
      user: CVR_USER,
      password: CVR_PASSWORD,
      ownDomains: OWN_DOMAINS,
      pageSize: 25,
      timeoutMs: 5_000,
      ...overrides,
    });

  beforeEach(async () => {
    cvr = await startCvrEmulator({ documents: municipality.documents, users: { [CVR_USER]: CVR_PASSWORD } });
    source = sourceWith();
  });

  afterEach(async () => {
    await cvr.close();
  });

  describe('reading the municipality', () => {
    it('when the whole of Roskilde is read, then exactly the legal units with an active workplace there come, in CVR order, seats elsewhere included', async () => {
      const batches = await collect(source.companiesInMunicipality(ROSKILDE, { batchSize: 40 }));

      assert.equal(source.name, 'distribution');
      assert.deepEqual(cvrsOf(batches), municipality.expectedCvrs);
      assert.deepEqual(
        batches.flatMap((b) => b.rejected),
        [],
      );
      assert.ok(batches.every((b) => b.companies.length <= 40));
      assert.ok(batches.every((b) => b.checkpoint === b.companies.at(-1)?.cvr));
      const seatsElsewhere = batches
        .flatMap((b) => b.companies)
        .filter((c) => c.address?.municipalityCode !== ROSKILDE);
      assert.ok(seatsElsewhere.length > 0, 'companies seated outside Roskilde with a workplace here are read');
      assert.equal(cvr.openScrolls(), 0, 'every scroll is cleared');
    });

    it('when a company has several P-units, then it comes once with all of them, closed and far ones included', async () => {
      const closedOrAway = (p: VrproduktionsEnhed) =>
        p.produktionsEnhedMetadata?.sammensatStatus !== 'Aktiv' ||
        p.produktionsEnhedMetadata.nyesteBeliggenhedsadresse?.kommune?.kommuneKode !== 265;
      const multi = municipality.expectedCvrs.find((c) => {
        const units = unitsOf(municipality.documents, c);
        return units.length >= 3 && units.some(closedOrAway);
      });
      assert.ok(multi, 'the register has a local company with a closed or far workplace');
      const batches = await collect(source.companiesInMunicipality(ROSKILDE, { batchSize: 500 }));
      const company = batches.flatMap((b) => b.companies).filter((c) => c.cvr === multi);
      assert.equal(company.length, 1);
      assert.deepEqual(
        company[0]?.pUnits.map((p) => p.pNumber).sort(),
        unitsOf(municipality.documents, multi)
          .map((p) => String(p.pNummer))
          .sort(),
      );
    });

    it('when a read resumes from a checkpoint, then it yields exactly the companies after it', async () => {
      const all = await collect(source.companiesInMunicipality(ROSKILDE, { batchSize: 30 }));
      const checkpoint = all[1]?.checkpoint as string;

      const rest = await collect(source.companiesInMunicipality(ROSKILDE, { batchSize: 30, after: checkpoint }));

      assert.deepEqual(cvrsOf(rest), cvrsOf(all.slice(2)));
      assert.ok(cvrsOf(rest).every((c) => c > checkpoint));
    });
    it('when the distribution has a workplace in Roskilde whose legal unit is missing, then the read reports it as rejected and goes on', async () => {
      const orphanCvr = completeCvr('4888888') as string;
      const template = unitsOf(municipality.documents, municipality.expectedCvrs[0] as string)[0];
      cvr.addCompany([
        {
          VrproduktionsEnhed: {
            ...template,
            pNummer: 1288888888,
            enhedsNummer: 4999999999,
            virksomhedsrelation: [
              { cvrNummer: Number(orphanCvr), periode: { gyldigFra: '2020-01-01', gyldigTil: null } },
            ],
            produktionsEnhedMetadata: {
              ...template?.produktionsEnhedMetadata,
              nyesteCvrNummerRelation: Number(orphanCvr),
            },
          },
        },
      ]);

      const batches = await collect(source.companiesInMunicipality(ROSKILDE, { batchSize: 100 }));

      assert.deepEqual(
        batches.flatMap((b) => b.rejected).map((r) => r.ref),
        [`cvr ${orphanCvr}`],
      );
      assert.deepEqual(cvrsOf(batches), municipality.expectedCvrs);
    });
  });

  describe('changes since the last sync', () => {
    const since = REGISTER_NOW;
    const at = new Date(since.getTime() + 3 * 3_600_000);

    /** A new company registered today with one workplace in Roskilde. */
    function newCompany(): { cvr: string; documents: RegisterSource[] } {
      const newCvr = completeCvr('4999999') ?? completeCvr('4999998');
      const generated = generateMunicipality({
        seed: 7,
        legalUnits: 0,
        now: at,
        knownCompanies: [
          {
            cvr: newCvr as string,
            name: 'Trekroner Nybyg ApS',
            pNumbers: ['1299999999'],
            address: 'Trekroner Allé 3',
            postcode: '4000',
            city: 'Roskilde',
            industryCode: '412000',
            employeeBand: '1-9',
            domains: ['trekroner-nybyg.dk'],
          },
        ],
      });
      const documents = generated.documents.map((d) =>
        'Vrvirksomhed' in d
          ? { Vrvirksomhed: { ...d.Vrvirksomhed, sidstOpdateret: at.toISOString() } }
          : { VrproduktionsEnhed: { ...d.VrproduktionsEnhed, sidstOpdateret: at.toISOString() } },
      );
      return { cvr: newCvr as string, documents };
    }

    it('when nothing changed, then nothing is read', async () => {
      const batches = await collect(source.changedSince(ROSKILDE, since, { batchSize: 50 }));
      assert.deepEqual(cvrsOf(batches), []);
    });

    it('when companies are renamed, change status, register, move a workplace out or close one, then exactly those are read, and a change outside Roskilde is not', async () => {
      const docs = municipality.documents;
      const local = municipality.expectedCvrs.filter((c) =>
        unitsOf(docs, c).every((p) => everKommuner(p).includes(265)),
      );
      const [renamed, bankrupt, moving, closing] = local as [string, string, string, string];
      const outside = legalUnits(docs)
        .map((v) => String(v.cvrNummer))
        .find((c) => unitsOf(docs, c).every((p) => !everKommuner(p).includes(265))) as string;
      assert.ok(outside, 'the register has a company with no workplace ever in Roskilde');
      const added = newCompany();

      cvr.rename(renamed, 'Roskilde Fjord Gruppen ApS', at);
      cvr.setStatus(bankrupt, 'UNDER KONKURS', at);
      cvr.addCompany(added.documents);
      cvr.moveProductionUnit(
        String(unitsOf(docs, moving)[0]?.pNummer),
        {
          vejnavn: 'Værftsvej',
          husnummerFra: 9,
          postnummer: 4600,
          postdistrikt: 'Køge',
          kommune: { kommuneKode: 259, kommuneNavn: 'KØGE' },
        },
        at,
      );
      cvr.closeProductionUnit(String(unitsOf(docs, closing)[0]?.pNummer), at);
      cvr.rename(outside, 'Køge Havn Logistik A/S', at);

      const batches = await collect(source.changedSince(ROSKILDE, since, { batchSize: 2 }));
      const companies = batches.flatMap((b) => b.companies);

      assert.deepEqual(cvrsOf(batches), [renamed, bankrupt, moving, closing, added.cvr].sort());
      assert.equal(companies.find((c) => c.cvr === renamed)?.name, 'Roskilde Fjord Gruppen ApS');
      assert.equal(companies.find((c) => c.cvr === bankrupt)?.status, 'UNDER KONKURS');
      assert.equal(cvr.openScrolls(), 0);
    });
  });

  describe('looking a company up', () => {
    const multi = () => municipality.expectedCvrs.find((c) => unitsOf(municipality.documents, c).length >= 2) as string;

    it('when a CVR number is typed, then that company is found', async () => {
      const wanted = municipality.expectedCvrs[7] as string;
      const found = await source.lookup(`DK ${wanted}`, 5);
      assert.deepEqual(
        found.map((c) => c.cvr),
        [wanted],
      );
    });

    it('when a P-number of a second workplace is typed, then its legal unit is found', async () => {
      const second = unitsOf(municipality.documents, multi())[1];
      const found = await source.lookup(String(second?.pNummer), 5);
      assert.deepEqual(
        found.map((c) => c.cvr),
        [multi()],
      );
    });

    it('when the start of a name is typed, then companies with that name are found, at most the limit', async () => {
      const target = legalUnits(municipality.documents).find((v) =>
        municipality.expectedCvrs.includes(String(v.cvrNummer)),
      );
      const name = String(target?.navne?.at(-1)?.navn);
      const words = name.split(' ');
      const found = await source.lookup(`${words[0]} ${(words[1] ?? '').slice(0, 2)}`, 3);
      assert.ok(found.length <= 3);
      assert.ok(found.some((c) => c.cvr === String(target?.cvrNummer)));
    });

    it('when the CVR number is not in the register, then nothing is found', async () => {
      const unknown = completeCvr('1000001') as string;
      assert.deepEqual(await source.lookup(unknown, 5), []);
    });
  });

  describe('when the register cannot be read', () => {
    it('when the password is wrong, then the sync is told the register is unavailable because of the credentials, without the password', async () => {
      const wrong = sourceWith({ password: 'hunter2-wrong' });
      const error = await collect(wrong.companiesInMunicipality(ROSKILDE, { batchSize: 50 })).catch((e: unknown) => e);
      assert.ok(error instanceof RegisterUnavailableError);
      assert.equal(error.status, 401);
      assert.match(error.message, /credentials/);
      assert.doesNotMatch(error.message, /hunter2/);
    });

    for (const status of [503, 429]) {
      it(`when the distribution answers ${status}, then the register is unavailable with that status`, async () => {
        cvr.faults.failNext(1, status);
        const error = await source.lookup(municipality.expectedCvrs[0] as string, 1).catch((e: unknown) => e);
        assert.ok(error instanceof RegisterUnavailableError);
        assert.equal(error.status, status);
      });
    }

    it('when nothing listens, then the register is unavailable without a status', async () => {
      const down = sourceWith({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
      const error = await down.lookup('Roskilde', 5).catch((e: unknown) => e);
      assert.ok(error instanceof RegisterUnavailableError);
      assert.equal(error.status, null);
    });

    it('when the distribution does not answer in time, then the register is unavailable', async () => {
      const hanging = sourceWith({
        timeoutMs: 50,
        fetch: (_url, init) =>
          new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      });
      const error = await hanging.lookup('Roskilde', 5).catch((e: unknown) => e);
      assert.ok(error instanceof RegisterUnavailableError);
      assert.match(error.message, /50 ms/);
    });

    it('when the distribution rejects a query as malformed, then it is a bug, not an outage to retry', async () => {
      const strict = sourceWith({
        fetch: async () =>
          new Response(
            JSON.stringify({ error: { type: 'parsing_exception', reason: 'unknown query [x]' }, status: 400 }),
            {
              status: 400,
            },
          ),
      });
      const error = await strict.lookup('Roskilde', 5).catch((e: unknown) => e);
      assert.ok(error instanceof Error);
      assert.ok(!(error instanceof RegisterUnavailableError));
      assert.match(error.message, /parsing_exception/);
    });
  });
});

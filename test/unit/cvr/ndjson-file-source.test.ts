import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNdjsonFileSource } from '../../../src/adapters/cvr/ndjson-file-source.js';
import type { VrproduktionsEnhed, Vrvirksomhed } from '../../../src/adapters/cvr/register-documents.js';
import type { RegisterBatch } from '../../../src/ports/cvr-source.js';
import { ACCEPTANCE_FILE, legalUnit, productionUnitsOf } from './cvr-fixtures.js';

const ROSKILDE = '265';
const acceptance = createNdjsonFileSource(fileURLToPath(ACCEPTANCE_FILE), { ownDomains: ['roskilde.dk'] });

async function readAll(batches: AsyncIterable<RegisterBatch>): Promise<RegisterBatch[]> {
  const all: RegisterBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

const cvrsOf = (batches: RegisterBatch[]): string[] => batches.flatMap((batch) => batch.companies.map((c) => c.cvr));
const rejectionsOf = (batches: RegisterBatch[]) => batches.flatMap((batch) => batch.rejected);

describe('the CVR register from an NDJSON file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kontaktspor-cvr-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function fileOf(name: string, lines: string[]): string {
    const path = join(dir, name);
    writeFileSync(path, lines.join('\n'));
    return path;
  }
  const line = (source: { Vrvirksomhed: Vrvirksomhed } | { VrproduktionsEnhed: VrproduktionsEnhed }): string =>
    JSON.stringify(source);

  describe('the acceptance file', () => {
    it('when Roskilde reads its companies, then every company with an active workplace there comes, in CVR order', async () => {
      const batches = await readAll(acceptance.companiesInMunicipality(ROSKILDE, { batchSize: 100 }));
      assert.deepEqual(cvrsOf(batches), ['29774137', '31741254', '35628517', '38512072', '41163984']);
      // The bakery comes with all three workplaces, the one in Lejre too.
      const bakery = batches[0]?.companies.find((company) => company.cvr === '35628517');
      assert.equal(bakery?.pUnits.length, 3);
    });

    it('then the four bad lines are rejected with reasons and the rest is read', async () => {
      const batches = await readAll(acceptance.companiesInMunicipality(ROSKILDE, { batchSize: 100 }));
      assert.deepEqual(
        rejectionsOf(batches).map((rejection) => rejection.ref),
        ['line 4', 'line 8', 'line 12', 'line 19'],
      );
      const reasons = rejectionsOf(batches).map((rejection) => rejection.reason);
      assert.match(reasons[0] ?? '', /not valid JSON/);
      assert.match(reasons[1] ?? '', /neither a Vrvirksomhed nor a VrproduktionsEnhed.*Vrdeltagerperson/);
      assert.match(reasons[2] ?? '', /without cvrNummer/);
      assert.match(reasons[3] ?? '', /CVR 33970161 has no name/);
    });

    it('when a read stops after a batch, then resuming from its checkpoint yields exactly the rest', async () => {
      const whole = await readAll(acceptance.companiesInMunicipality(ROSKILDE, { batchSize: 2 }));
      assert.deepEqual(
        whole.map((batch) => batch.companies.length),
        [2, 2, 1],
      );
      assert.equal(whole[0]?.rejected.length, 4);
      assert.equal(whole[1]?.rejected.length, 0);

      const resumed = await readAll(
        acceptance.companiesInMunicipality(ROSKILDE, { batchSize: 2, after: whole[0]?.checkpoint ?? null }),
      );
      assert.deepEqual(cvrsOf(resumed), ['35628517', '38512072', '41163984']);
      // The rejections were reported before the checkpoint; a resumed read does not repeat them.
      assert.deepEqual(rejectionsOf(resumed), []);
    });

    it('when another municipality reads, then only its companies come', async () => {
      assert.deepEqual(cvrsOf(await readAll(acceptance.companiesInMunicipality('259', { batchSize: 10 }))), [
        '26098424',
      ]);
      assert.deepEqual(cvrsOf(await readAll(acceptance.companiesInMunicipality('350', { batchSize: 10 }))), [
        '35628517',
      ]);
    });

    it('when changes since a moment are read, then only companies updated at or after it come', async () => {
      const since = new Date('2024-01-16T15:20:45.000Z'); // the bankruptcy's timestamp, exactly
      const batches = await readAll(acceptance.changedSince(ROSKILDE, since, { batchSize: 10 }));
      assert.deepEqual(cvrsOf(batches), ['31741254', '38512072', '41163984']);
    });

    it('when nothing changed, then only the rejections come, in a batch of their own', async () => {
      const batches = await readAll(
        acceptance.changedSince(ROSKILDE, new Date('2025-01-01T00:00:00Z'), { batchSize: 10 }),
      );
      assert.deepEqual(
        batches.map((batch) => [batch.companies.length, batch.rejected.length, batch.checkpoint]),
        [[0, 4, '']],
      );
    });

    it('when staff look up a CVR, a P-number or a name, then the register hits come', async () => {
      assert.deepEqual(
        (await acceptance.lookup('31741254', 5)).map((company) => company.name),
        ['Roskilde Tømrer ApS'],
      );
      assert.deepEqual(
        (await acceptance.lookup('DK 3562 8517', 5)).map((company) => company.cvr),
        ['35628517'],
      );
      assert.deepEqual(
        (await acceptance.lookup('1012345700', 5)).map((company) => company.name),
        ['Fjordens Bageri A/S'],
      );
      assert.deepEqual(
        (await acceptance.lookup('roskilde', 5)).map((company) => company.name),
        ['Roskilde Tømrer ApS', 'Roskilde Kro I/S'],
      );
      assert.equal((await acceptance.lookup('ROSKILDE', 1)).length, 1);
      // A former name is history, not a hit.
      assert.deepEqual(await acceptance.lookup('Tømrermester Hansen', 5), []);
      assert.deepEqual(await acceptance.lookup('9999999999', 5), []);
    });
  });

  it('when a line is 10 MB long, then it is rejected unread and the lines after it are read', async () => {
    const huge = JSON.stringify({ Vrvirksomhed: { ...legalUnit(31741254), fritekst: 'x'.repeat(10 * 1024 * 1024) } });
    const path = fileOf('huge.ndjson', [
      line({ Vrvirksomhed: legalUnit(29774137) }),
      huge,
      ...productionUnitsOf(29774137).map((doc) => line({ VrproduktionsEnhed: doc })),
      line({ Vrvirksomhed: legalUnit(41163984) }),
      ...productionUnitsOf(41163984).map((doc) => line({ VrproduktionsEnhed: doc })),
    ]);
    const batches = await readAll(
      createNdjsonFileSource(path, { ownDomains: [] }).companiesInMunicipality(ROSKILDE, { batchSize: 10 }),
    );
    assert.deepEqual(cvrsOf(batches), ['29774137', '41163984']);
    assert.deepEqual(rejectionsOf(batches), [
      { ref: 'line 2', reason: `line longer than 1 MiB (${Buffer.byteLength(huge)} bytes), skipped` },
    ]);
  });

  it('when a document carries fields the service does not know, then they are ignored', async () => {
    const doc = {
      ...legalUnit(29774137),
      nytFelt: { dybt: [1, 2, 3] },
      navne: [{ navn: 'Lindholm Rengøring', periode: { gyldigFra: '2006-05-01', gyldigTil: null }, kilde: 'ny' }],
    };
    const path = fileOf('unknown-fields.ndjson', [
      JSON.stringify({ Vrvirksomhed: doc, _id: '4000345678', _version: 7 }),
      ...productionUnitsOf(29774137).map((unit) => line({ VrproduktionsEnhed: unit })),
    ]);
    const batches = await readAll(
      createNdjsonFileSource(path, { ownDomains: [] }).companiesInMunicipality(ROSKILDE, { batchSize: 10 }),
    );
    assert.deepEqual(cvrsOf(batches), ['29774137']);
    assert.deepEqual(rejectionsOf(batches), []);
  });

  it('when the file has Windows line ends and blank lines, then it reads the same', async () => {
    const path = join(dir, 'crlf.ndjson');
    const lines = [
      line({ Vrvirksomhed: legalUnit(38512072) }),
      '',
      ...productionUnitsOf(38512072).map((doc) => line({ VrproduktionsEnhed: doc })),
    ];
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const batches = await readAll(
      createNdjsonFileSource(path, { ownDomains: [] }).companiesInMunicipality(ROSKILDE, { batchSize: 10 }),
    );
    assert.deepEqual(cvrsOf(batches), ['38512072']);
    assert.deepEqual(rejectionsOf(batches), []);
  });

  it('when an active workplace in the municipality has no company line, then the read says so', async () => {
    const path = fileOf(
      'orphan.ndjson',
      productionUnitsOf(41163984).map((doc) => line({ VrproduktionsEnhed: doc })),
    );
    const batches = await readAll(
      createNdjsonFileSource(path, { ownDomains: [] }).companiesInMunicipality(ROSKILDE, { batchSize: 10 }),
    );
    assert.deepEqual(cvrsOf(batches), []);
    assert.deepEqual(rejectionsOf(batches), [
      {
        ref: 'line 1',
        reason:
          'P-unit 1012345735 in municipality 265 belongs to CVR 41163984, which has no Vrvirksomhed line in the file',
      },
    ]);
  });

  it('when a workplace moved out of the municipality, then its company is a change there but no longer a company there', async () => {
    const [unit] = productionUnitsOf(29774137);
    assert.ok(unit);
    const roskilde = unit.beliggenhedsadresse?.[0];
    const moved: VrproduktionsEnhed = {
      ...unit,
      beliggenhedsadresse: [
        { ...roskilde, periode: { gyldigFra: '2006-05-01', gyldigTil: '2024-02-29' } },
        {
          ...roskilde,
          vejnavn: 'Torvet',
          husnummerFra: 1,
          postnummer: 4600,
          postdistrikt: 'Køge',
          kommune: { kommuneKode: 259 },
          periode: { gyldigFra: '2024-03-01', gyldigTil: null },
        },
      ],
      produktionsEnhedMetadata: { ...unit.produktionsEnhedMetadata, nyesteBeliggenhedsadresse: null },
    };
    const source = createNdjsonFileSource(
      fileOf('moved.ndjson', [line({ Vrvirksomhed: legalUnit(29774137) }), line({ VrproduktionsEnhed: moved })]),
      { ownDomains: [] },
    );
    assert.deepEqual(cvrsOf(await readAll(source.companiesInMunicipality(ROSKILDE, { batchSize: 10 }))), []);
    assert.deepEqual(cvrsOf(await readAll(source.companiesInMunicipality('259', { batchSize: 10 }))), ['29774137']);
    const changes = await readAll(source.changedSince(ROSKILDE, new Date('2020-01-01T00:00:00Z'), { batchSize: 10 }));
    assert.deepEqual(cvrsOf(changes), ['29774137']);
  });

  it('when the sync is stopped, then the read ends with the abort instead of reading on', async () => {
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await assert.rejects(
      readAll(acceptance.companiesInMunicipality(ROSKILDE, { batchSize: 10, signal: controller.signal })),
      /shutting down|aborted/,
    );
  });

  it('when the checkpoint is not one the source gave out, then the read refuses to guess', async () => {
    await assert.rejects(
      readAll(acceptance.companiesInMunicipality(ROSKILDE, { batchSize: 10, after: 'page-2' })),
      RangeError,
    );
  });
});

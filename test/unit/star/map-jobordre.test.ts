import assert from 'node:assert/strict';
import { mapJobordre } from '../../../src/adapters/star/map-jobordre.js';
import { JOBORDRESTATUS, JOBORDRETYPE } from '../../../src/adapters/star/star-documents.js';
import { JobordreSourceError } from '../../../src/ports/jobordre-source.js';
import { buildJobordreDocument } from '../../support/jobordre-documents.js';

const rejected = (document: unknown): string => {
  try {
    mapJobordre(document);
  } catch (error) {
    assert.ok(error instanceof JobordreSourceError);
    assert.equal(error.code, 'REJECTED');
    return error.message;
  }
  assert.fail('expected the document to be rejected');
};

describe("A jobordre from STAR's DFDG as Kontaktspor keeps it", () => {
  it('when an active ordinary job arrives, then every fact is kept as the domain names it', () => {
    const document = buildJobordreDocument({
      virksomhed: { cvrNummer: '25313763', produktionsenhedsnummer: '1012345678', navn: 'Fjordbyg Roskilde A/S' },
    });
    assert.deepEqual(mapJobordre(document), {
      id: document.jobordreIdentifier,
      version: new Date('2026-12-01T07:00:00.000Z'),
      cvr: '25313763',
      pNumber: '1012345678',
      title: 'Tømrer til renovering',
      positions: 2,
      deadline: '2026-12-20',
      occupation: { code: '7115.1', label: 'Tømrer' },
      workAddress: { street: 'Algade 12', postcode: '4000', city: 'Roskilde', municipalityCode: '265' },
      type: { code: '1', label: 'Ordinært job', specialTerms: false },
      status: 'open',
      statusText: 'Aktiv',
    });
  });

  it("when Jobnet's status changes, then each status maps to what Kontaktspor acts on", () => {
    const statusOf = (jobordrestatus: { identifier: number; navn: string }) =>
      mapJobordre(buildJobordreDocument({ jobordrestatus })).status;
    assert.deepEqual(Object.values(JOBORDRESTATUS).map(statusOf), [
      'open',
      'open',
      'inactivated',
      'filled',
      'deadline_passed',
      'cancelled',
    ]);
    assert.equal(
      mapJobordre(buildJobordreDocument({ jobordrestatus: JOBORDRESTATUS.afsluttetBesat })).statusText,
      'Afsluttet - besat',
    );
  });

  it('when the position is on special terms, then it says so; a type STAR adds later is judged by its text', () => {
    const typeOf = (jobordretype: { identifier: number; navn: string }) =>
      mapJobordre(buildJobordreDocument({ jobordretype })).type.specialTerms;
    assert.equal(typeOf(JOBORDRETYPE.loentilskudPrivat), true);
    assert.equal(typeOf(JOBORDRETYPE.fleksjob), true);
    assert.equal(typeOf(JOBORDRETYPE.elevplads), false);
    assert.equal(typeOf({ identifier: 99, navn: 'Løntilskud - ny ordning' }), true);
    assert.equal(typeOf({ identifier: 98, navn: 'Sommerjob' }), false);
  });

  it('when CVR or P-number are malformed, then they are null and the jobordre is still kept', () => {
    for (const [cvrNummer, produktionsenhedsnummer] of [
      ['2531376', '101234567'],
      ['25313764', '10123456789'],
      ['DK-25313763x', 'P1012345678'],
      ['', ''],
    ]) {
      const mapped = mapJobordre(
        buildJobordreDocument({
          virksomhed: { cvrNummer: cvrNummer!, produktionsenhedsnummer: produktionsenhedsnummer!, navn: null },
        }),
      );
      assert.deepEqual([mapped.cvr, mapped.pNumber], [null, null], `${cvrNummer} / ${produktionsenhedsnummer}`);
    }
  });

  it('when the kommunekode comes unpadded, then it is three digits; a non-code is null', () => {
    const codeOf = (kommunekode: string | null) =>
      mapJobordre(
        buildJobordreDocument({
          arbejdssted: { adresselinje: null, postnummer: null, postdistrikt: null, kommunekode },
        }),
      ).workAddress?.municipalityCode;
    assert.equal(codeOf('65'), '065');
    assert.equal(codeOf('101'), '101');
    assert.equal(codeOf('1234'), null);
    assert.equal(codeOf('Roskilde'), null);
    assert.equal(codeOf(null), null);
  });

  it('when the deadline is "snarest" and there is no work address or job title code, then those are null', () => {
    const mapped = mapJobordre(
      buildJobordreDocument({ ansoegningsfrist: null, arbejdssted: null, stillingsbetegnelseKode: null }),
    );
    assert.deepEqual([mapped.deadline, mapped.workAddress, mapped.occupation], [null, null, null]);
  });

  it('when the title is very long or padded, then it is trimmed and cut, not refused', () => {
    const mapped = mapJobordre(buildJobordreDocument({ stillingsbetegnelse: `  Tømrer   ${'x'.repeat(600)}  ` }));
    assert.equal(mapped.title.length, 200);
    assert.ok(mapped.title.startsWith('Tømrer x'));
  });

  it('when the status is one STAR has not documented, then the jobordre is rejected (nothing to act on)', () => {
    assert.match(
      rejected(buildJobordreDocument({ jobordrestatus: { identifier: 42, navn: 'Ukendt' } })),
      /jobordrestatus 42/,
    );
  });

  it('when fields are missing, of the wrong type or hostile, then the document is rejected naming the field', () => {
    assert.match(rejected({ ...buildJobordreDocument(), jobordreIdentifier: '123' }), /jobordreIdentifier/);
    assert.match(rejected({ ...buildJobordreDocument(), sidstAendretTidspunkt: 'i går' }), /sidstAendretTidspunkt/);
    assert.match(rejected({ ...buildJobordreDocument(), antalStillinger: '2' }), /antalStillinger/);
    assert.match(rejected({ ...buildJobordreDocument(), antalStillinger: 0 }), /antalStillinger/);
    assert.match(rejected({ ...buildJobordreDocument(), stillingsbetegnelse: '   ' }), /stillingsbetegnelse/);
    assert.match(
      rejected({ ...buildJobordreDocument(), stillingsbetegnelse: 'x'.repeat(2_000_000) }),
      /stillingsbetegnelse/,
    );
    assert.match(rejected({ ...buildJobordreDocument(), ansoegningsfrist: '20-12-2026' }), /ansoegningsfrist/);
    assert.match(rejected({ ...buildJobordreDocument(), virksomhed: null }), /virksomhed/);
    for (const document of [null, 'jobordre', [], 42]) rejected(document);
  });
});

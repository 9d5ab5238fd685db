import assert from 'node:assert/strict';
import type { Vrvirksomhed } from '../../src/adapters/cvr/register-documents.js';
import { generateMunicipality, type GeneratedMunicipality } from '../../src/demo/emulators/cvr/municipality.js';
import { FREEMAIL_DOMAINS, STATUSES } from '../../src/demo/emulators/cvr/municipality-tables.js';
import { buildSeedData } from '../../src/demo/seed-data.js';
import { hasValidCvrChecksum } from '../../src/domain/cvr.js';
import { REGISTER_NOW, legalUnits, productionUnits, unitsOf } from './support/cvr-fixtures.js';

const current = <T extends { periode?: { gyldigTil?: string | null } | null }>(list: T[] | null | undefined) =>
  (list ?? []).filter((e) => e.periode?.gyldigTil == null);

describe('generated Roskilde register', () => {
  let roskilde: GeneratedMunicipality;
  let legal: Vrvirksomhed[];

  before(() => {
    roskilde = generateMunicipality({ now: REGISTER_NOW });
    legal = legalUnits(roskilde.documents);
  });

  it('when generated twice with one seed, then the documents are identical, and another seed gives another register', () => {
    const a = generateMunicipality({ seed: 11, legalUnits: 120, now: REGISTER_NOW });
    const b = generateMunicipality({ seed: 11, legalUnits: 120, now: REGISTER_NOW });
    const c = generateMunicipality({ seed: 12, legalUnits: 120, now: REGISTER_NOW });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.expectedCvrs, c.expectedCvrs);
  });

  it('when generated at the default size, then it is a municipality of ~2,500 legal units and ~3,500 P-units with valid, unique numbers', () => {
    const units = productionUnits(roskilde.documents);
    assert.equal(legal.length, 2500);
    assert.ok(units.length > 3000 && units.length < 4000, `${units.length} P-units`);
    const cvrs = legal.map((v) => String(v.cvrNummer));
    assert.ok(cvrs.every(hasValidCvrChecksum));
    assert.equal(new Set(cvrs).size, cvrs.length);
    const pNumbers = units.map((p) => String(p.pNummer));
    assert.ok(pNumbers.every((p) => /^\d{10}$/.test(p)));
    assert.equal(new Set(pNumbers).size, pNumbers.length);
  });

  it('when statuses, legal forms and employment are counted, then every kind the register knows appears, plus an unknown status', () => {
    const statuses = new Set(legal.map((v) => v.virksomhedMetadata?.nyesteStatus?.status));
    for (const status of STATUSES) assert.ok(statuses.has(status), status);
    const forms = new Set(legal.map((v) => v.virksomhedMetadata?.nyesteVirksomhedsform?.kortBeskrivelse));
    assert.deepEqual([...forms].sort(), ['A/S', 'APS', 'ENK', 'FOR', 'I/S', 'IVS']);
    const intervals = new Set(
      legal.map((v) => v.virksomhedMetadata?.nyesteMaanedsbeskaeftigelse?.intervalKodeAntalAnsatte),
    );
    for (const code of ['ANTAL_0_0', 'ANTAL_5_9', 'ANTAL_200_499', 'ANTAL_1000_']) assert.ok(intervals.has(code), code);
    assert.ok(intervals.has(undefined), 'some units publish no employment');
    assert.ok(legal.every((v) => /^\d{6}$/.test(String(v.virksomhedMetadata?.nyesteHovedbranche?.branchekode))));
  });

  it('when contact data and protection are read, then ~20 % are reklamebeskyttet, some entries are secret and some mail is freemail', () => {
    const protectedShare = legal.filter((v) => v.reklamebeskyttet).length / legal.length;
    assert.ok(protectedShare > 0.15 && protectedShare < 0.25, `${protectedShare}`);
    assert.ok(legal.some((v) => v.elektroniskPost?.some((e) => e.hemmelig)));
    assert.ok(legal.some((v) => v.telefonNummer?.some((e) => e.hemmelig)));
    const emails = legal.flatMap((v) => current(v.elektroniskPost)).map((e) => String(e.kontaktoplysning));
    assert.ok(emails.some((e) => FREEMAIL_DOMAINS.some((d) => e.endsWith(`@${d}`))));
    assert.ok(
      legal.some((v) => (v.elektroniskPost ?? []).some((e) => e.periode?.gyldigTil != null)),
      'an outdated email',
    );
  });

  it('when histories and places are read, then names and seats changed for some, seats lie elsewhere with a workplace in Roskilde, and P-units are closed, far or moved', () => {
    assert.ok(legal.filter((v) => (v.navne?.length ?? 0) > 1).length > 100);
    assert.ok(legal.filter((v) => (v.beliggenhedsadresse?.length ?? 0) > 1).length > 100);
    for (const kommune of [101, 259]) {
      const seatedThere = legal.filter(
        (v) => v.virksomhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode === kommune,
      );
      assert.ok(
        seatedThere.some((v) => roskilde.expectedCvrs.includes(String(v.cvrNummer))),
        `a company seated in ${kommune} with a workplace in Roskilde`,
      );
    }
    const units = productionUnits(roskilde.documents);
    assert.ok(units.some((p) => p.produktionsEnhedMetadata?.sammensatStatus === 'Ophørt'));
    assert.ok(units.some((p) => p.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode !== 265));
    assert.ok(units.some((p) => (p.beliggenhedsadresse?.length ?? 0) > 1));
    assert.ok(legal.some((v) => unitsOf(roskilde.documents, String(v.cvrNummer)).length >= 3));
    const postcodesHere = new Set(
      units
        .map((p) => p.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse)
        .filter((a) => a?.kommune?.kommuneKode === 265)
        .map((a) => a?.postnummer),
    );
    assert.deepEqual([...postcodesHere].sort(), [4000, 4040, 4130, 4621]);
  });

  it('when sidstOpdateret is read, then it spreads over years and is never after the register time', () => {
    const times = legal.map((v) => Date.parse(String(v.sidstOpdateret)));
    assert.ok(times.every((t) => t < REGISTER_NOW.getTime()));
    const years = new Set(times.map((t) => new Date(t).getUTCFullYear()));
    assert.ok(years.size >= 5, `${years.size} years`);
  });

  it("when the demo's seed companies are given, then they come first, NORMAL, with every P-number a workplace in Roskilde", () => {
    const seed = buildSeedData({ now: REGISTER_NOW }).companies;
    const generated = generateMunicipality({ legalUnits: 50, knownCompanies: seed, now: REGISTER_NOW });
    const first = legalUnits(generated.documents).slice(0, seed.length);

    assert.deepEqual(
      first.map((v) => String(v.cvrNummer)),
      seed.map((c) => c.cvr),
    );
    for (const company of seed) {
      const v = first.find((x) => String(x.cvrNummer) === company.cvr) as Vrvirksomhed;
      assert.equal(v.virksomhedMetadata?.nyesteNavn?.navn, company.name);
      assert.equal(v.virksomhedMetadata?.nyesteStatus?.status, 'NORMAL');
      assert.equal(String(v.virksomhedMetadata?.nyesteBeliggenhedsadresse?.postnummer), company.postcode);
      assert.equal(v.virksomhedMetadata?.nyesteHovedbranche?.branchekode, company.industryCode);
      const units = unitsOf(generated.documents, company.cvr);
      const expectedP =
        company.pNumbers.length > 0 ? [...company.pNumbers] : [generated.addedPNumbers.get(company.cvr)];
      assert.deepEqual(units.map((p) => String(p.pNummer)).sort(), expectedP.sort());
      for (const p of units) {
        assert.equal(p.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode, 265);
        assert.equal(p.produktionsEnhedMetadata?.sammensatStatus, 'Aktiv');
      }
      assert.ok(generated.expectedCvrs.includes(company.cvr));
    }
    const band = (b: string) => seed.find((c) => c.employeeBand === b);
    const interval = (cvr: string | undefined) =>
      first.find((v) => String(v.cvrNummer) === cvr)?.virksomhedMetadata?.nyesteMaanedsbeskaeftigelse
        ?.intervalKodeAntalAnsatte;
    assert.equal(interval(band('1-9')?.cvr), 'ANTAL_5_9');
    assert.equal(interval(band('10-49')?.cvr), 'ANTAL_20_49');
  });
});

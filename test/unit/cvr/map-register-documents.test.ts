import assert from 'node:assert/strict';
import {
  cvrOfProductionUnit,
  mapLegalUnit,
  mapProductionUnit,
  type LegalUnitMapping,
} from '../../../src/adapters/cvr/map-register-documents.js';
import type { VrproduktionsEnhed, Vrvirksomhed } from '../../../src/adapters/cvr/register-documents.js';
import { registerStatusFlag, type RegisterCompany } from '../../../src/domain/register-company.js';
import { fixtureDocument, legalUnit, productionUnitsOf } from './cvr-fixtures.js';

const ROSKILDE = { ownDomains: ['roskilde.dk'] };

function companyOf(mapping: LegalUnitMapping): RegisterCompany {
  if ('rejection' in mapping) assert.fail(`rejected: ${mapping.rejection}`);
  return mapping.company;
}

function rejectionOf(mapping: LegalUnitMapping): string {
  if ('company' in mapping) assert.fail(`mapped CVR ${mapping.company.cvr}, expected a rejection`);
  return mapping.rejection;
}

function mapFixture(cvr: number): RegisterCompany {
  return companyOf(mapLegalUnit(legalUnit(cvr), productionUnitsOf(cvr), ROSKILDE));
}

describe('CVR register documents as companies', () => {
  describe('a carpenter that changed its name twice (31741254)', () => {
    const company = mapFixture(31741254);

    it('when the register lists its names out of order, then the current one is its name and the history runs oldest first', () => {
      assert.equal(company.name, 'Roskilde Tømrer ApS');
      assert.deepEqual(company.nameHistory, [
        { name: 'Tømrermester Hansen ApS', period: { from: '2010-02-01', to: '2018-03-31' } },
        { name: 'Hansen & Søn Tømrer ApS', period: { from: '2018-04-01', to: '2021-05-31' } },
        { name: 'Roskilde Tømrer ApS', period: { from: '2021-06-01', to: null } },
      ]);
    });

    it('then its seat is the current address, written as one line, with the earlier address kept', () => {
      assert.deepEqual(company.address, {
        street: 'Algade 12B, 2. tv',
        postcode: '4000',
        city: 'Roskilde',
        municipalityCode: '265',
        countryCode: 'DK',
      });
      assert.deepEqual(
        company.addressHistory.map((entry) => [entry.address.street, entry.period.to]),
        [
          ['Hyrdehøj 3', '2019-12-31'],
          ['Algade 12B, 2. tv', null],
        ],
      );
    });

    it('then the legal form, industry, employees and watermark are read from the document', () => {
      assert.deepEqual(company.legalForm, { code: '80', short: 'APS', long: 'Anpartsselskab' });
      assert.equal(company.industryCode, '433200');
      assert.equal(company.industryText, 'Tømrer- og bygningssnedkervirksomhed');
      // March 2024: the monthly figure and Q1 2024 end together; the monthly one wins.
      assert.equal(company.employeeInterval, 'ANTAL_10_19');
      assert.equal(company.status, 'NORMAL');
      assert.equal(company.advertisingProtected, false);
      assert.equal(company.lastUpdated, '2024-03-05T08:12:33.000Z');
    });

    it('then only the current email and website give domains, not the ended one', () => {
      assert.deepEqual(company.domains, ['roskildetomrer.dk']);
    });
  });

  describe('a bakery with three workplaces, one in Lejre (35628517)', () => {
    const company = mapFixture(35628517);

    it('then every workplace is kept with its own address, the one outside Roskilde too', () => {
      assert.deepEqual(
        company.pUnits.map((unit) => [unit.pNumber, unit.name, unit.address?.municipalityCode, unit.active]),
        [
          ['1012345689', 'Fjordens Bageri', '265', true],
          ['1012345697', "Fjordens Bageri, Ro's Torv", '265', true],
          ['1012345700', 'Fjordens Bageri, Lejre', '350', true],
        ],
      );
      assert.equal(company.address?.street, 'Københavnsvej 5-7');
    });

    it('when the director’s email is secret, then its domain is never stored; the website’s host is', () => {
      assert.deepEqual(company.domains, ['fjordens-bageri.dk']);
      assert.ok(!JSON.stringify(company).includes('fjordensbageri.dk'));
    });

    it('then the watermark is the newest of the company and its workplaces', () => {
      assert.equal(company.lastUpdated, '2024-01-08T07:30:00.000Z');
    });
  });

  it('when a cleaner is reklamebeskyttet and writes from gmail, then it is protected and has no domain', () => {
    const company = mapFixture(29774137);
    assert.equal(company.advertisingProtected, true);
    assert.deepEqual(company.domains, []);
    assert.equal(company.address?.street, 'Ny Østergade 9, st. th');
    assert.deepEqual(company.legalForm, { code: '10', short: 'ENK', long: 'Enkeltmandsvirksomhed' });
  });

  it('when a workshop went bankrupt, then its status is UNDER KONKURS and staff see the flag', () => {
    const company = mapFixture(38512072);
    assert.equal(company.status, 'UNDER KONKURS');
    assert.equal(registerStatusFlag(company.status), 'bankruptcy');
    // Its website is a page on the municipality's own site, which never identifies the company.
    assert.deepEqual(company.domains, ['havnensvaerksted.dk']);
  });

  it('when the register gives a status the service does not know, then the text is kept without a flag', () => {
    const company = companyOf(mapLegalUnit(fixtureDocument('virksomhed-unknown-status'), [], ROSKILDE));
    assert.equal(company.status, 'UNDER OMDANNELSE');
    assert.equal(registerStatusFlag(company.status), null);
    // DB07 011100 given without its leading zero.
    assert.equal(company.industryCode, '011100');
  });

  it('when a workplace closed, then it is kept as inactive under its last name and address', () => {
    const closed = mapFixture(41163984).pUnits.find((unit) => unit.pNumber === '1012345743');
    assert.deepEqual(closed && { name: closed.name, active: closed.active, street: closed.address?.street }, {
      name: 'Roskilde Kro, Festival-telt',
      active: false,
      street: 'Darupvej 19',
    });
  });

  it('when a dissolved company has no historised lists, then the metadata gives its last values', () => {
    const company = companyOf(mapLegalUnit(fixtureDocument('virksomhed-metadata-only'), [], ROSKILDE));
    assert.equal(company.cvr, '30514092');
    assert.equal(company.name, 'Gammel Smedie ApS');
    assert.deepEqual(company.nameHistory, [
      { name: 'Gammel Smedie ApS', period: { from: '2012-01-01', to: '2019-06-30' } },
    ]);
    assert.equal(company.address?.street, 'Smedegade 4');
    assert.equal(company.addressHistory.length, 1);
    assert.equal(company.status, 'OPLØST EFTER FRIVILLIG LIKVIDATION');
    assert.equal(registerStatusFlag(company.status), 'dissolved');
    assert.deepEqual(company.legalForm, { code: '80', short: 'APS', long: 'Anpartsselskab' });
    assert.equal(company.industryCode, '255000');
    assert.equal(company.employeeInterval, 'ANTAL_2_4');
    assert.deepEqual(company.pUnits, []);
  });

  it('when a company lists freemail, own and repeated domains, then each company domain is kept once', () => {
    const doc = legalUnit(41163984);
    const contact = (kontaktoplysning: string) => ({
      kontaktoplysning,
      hemmelig: false,
      periode: { gyldigFra: '2020-04-01', gyldigTil: null },
    });
    doc.elektroniskPost = [
      contact('jobcenter@mail.roskilde.dk'),
      contact('kroen@hotmail.dk'),
      contact('booking@roskildekro.dk'),
      contact('ikke en adresse'),
    ];
    doc.hjemmeside = [
      contact('https://WWW.RoskildeKro.dk/menu'),
      contact('facebook.com/roskildekro'),
      contact('www.kro-events.dk'),
    ];
    const company = companyOf(mapLegalUnit(doc, [], ROSKILDE));
    assert.deepEqual(company.domains, ['roskildekro.dk', 'kro-events.dk']);
  });

  it('when the employment series end in different months, then the newest period wins', () => {
    const doc = legalUnit(31741254);
    doc.erstMaanedsbeskaeftigelse = [{ aar: 2023, maaned: 12, intervalKodeAntalAnsatte: 'ANTAL_2_4' }];
    doc.virksomhedMetadata = { ...doc.virksomhedMetadata, nyesteErstMaanedsbeskaeftigelse: null };
    doc.kvartalsbeskaeftigelse = [{ aar: 2024, kvartal: 2, intervalKodeAntalAnsatte: 'ANTAL_20_49' }];
    assert.equal(companyOf(mapLegalUnit(doc, [], ROSKILDE)).employeeInterval, 'ANTAL_20_49');
  });

  it('when two exports give the same workplace, then it is kept once, as the newer document says', () => {
    const [older] = productionUnitsOf(29774137);
    assert.ok(older);
    const newer: VrproduktionsEnhed = {
      ...older,
      sidstOpdateret: '2024-06-03T10:00:00.000+02:00',
      navne: [{ navn: 'Lindholm Rengøring & Vinduespudsning', periode: { gyldigFra: '2024-06-01', gyldigTil: null } }],
    };
    const company = companyOf(mapLegalUnit(legalUnit(29774137), [newer, older], ROSKILDE));
    assert.deepEqual(
      company.pUnits.map((unit) => unit.name),
      ['Lindholm Rengøring & Vinduespudsning'],
    );
    assert.equal(company.lastUpdated, '2024-06-03T08:00:00.000Z');
  });

  describe('documents the service cannot use', () => {
    it('when cvrNummer is missing, then the company is rejected saying so', () => {
      const doc = legalUnit(41163984);
      delete doc.cvrNummer;
      assert.match(rejectionOf(mapLegalUnit(doc, [], ROSKILDE)), /without cvrNummer/);
    });

    it('when cvrNummer is not 8 digits, then the company is rejected and the number is not padded', () => {
      const doc: Vrvirksomhed = { ...legalUnit(41163984), cvrNummer: 1163984 };
      assert.match(rejectionOf(mapLegalUnit(doc, [], ROSKILDE)), /cvrNummer 1163984 is not 8 digits/);
    });

    it('when cvrNummer comes as a string, then it is read like the number', () => {
      const doc: Vrvirksomhed = { ...legalUnit(41163984), cvrNummer: '41163984' };
      assert.equal(companyOf(mapLegalUnit(doc, [], ROSKILDE)).cvr, '41163984');
    });

    it('when a company has no name in any list, then it is rejected', () => {
      const doc = legalUnit(41163984);
      doc.navne = [{ navn: ' ', periode: { gyldigFra: '2020-04-01', gyldigTil: null } }];
      doc.virksomhedMetadata = { ...doc.virksomhedMetadata, nyesteNavn: null };
      assert.match(rejectionOf(mapLegalUnit(doc, [], ROSKILDE)), /CVR 41163984 has no name/);
    });

    it('when sidstOpdateret is missing, then the company is rejected, as the sync could not place it', () => {
      const doc: Vrvirksomhed = { ...legalUnit(41163984), sidstOpdateret: null };
      assert.match(rejectionOf(mapLegalUnit(doc, [], ROSKILDE)), /CVR 41163984 has no readable sidstOpdateret/);
    });
  });

  describe('production units', () => {
    const kro = productionUnitsOf(41163984);
    const open = (): VrproduktionsEnhed => structuredClone(kro.find((unit) => unit.pNummer === 1012345735) ?? {});
    const closed = (): VrproduktionsEnhed => structuredClone(kro.find((unit) => unit.pNummer === 1012345743) ?? {});

    it('when the composite status is missing, then a unit is active exactly when a name or address is in force', () => {
      const withoutStatus = (unit: VrproduktionsEnhed): VrproduktionsEnhed => ({
        ...unit,
        produktionsEnhedMetadata: { ...unit.produktionsEnhedMetadata, sammensatStatus: null },
      });
      assert.equal(mapProductionUnit(withoutStatus(open()))?.active, true);
      assert.equal(mapProductionUnit(withoutStatus(closed()))?.active, false);
    });

    it('when the status is written in capitals, then it is still read', () => {
      const unit = open();
      unit.produktionsEnhedMetadata = { ...unit.produktionsEnhedMetadata, sammensatStatus: 'AKTIV' };
      assert.equal(mapProductionUnit(unit)?.active, true);
    });

    it('when the pNummer is not 10 digits, then there is no P-unit', () => {
      assert.equal(mapProductionUnit({ ...open(), pNummer: 101234573 }), null);
    });

    it('when a workplace moved to another company, then it belongs to the company of its current relation', () => {
      const unit = open();
      unit.virksomhedsrelation = [
        { cvrNummer: 29774137, periode: { gyldigFra: '2024-01-01', gyldigTil: null } },
        { cvrNummer: 41163984, periode: { gyldigFra: '2020-04-01', gyldigTil: '2023-12-31' } },
      ];
      assert.equal(cvrOfProductionUnit(unit), '29774137');
    });

    it('when every relation has ended, then the metadata names the company', () => {
      assert.equal(cvrOfProductionUnit(closed()), '41163984');
      assert.equal(cvrOfProductionUnit({ pNummer: 1012345743 }), null);
    });
  });
});

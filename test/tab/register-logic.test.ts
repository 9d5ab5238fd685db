import assert from 'node:assert/strict';
import {
  employeeIntervalText,
  formerNames,
  isTroubledStatus,
  mergeDirection,
  pUnitMarks,
  registerStatusText,
  sortedPUnits,
} from '../../tab/src/company/register-logic.js';
import {
  hitLines,
  queryProblem,
  registerQuery,
  validateManualCompany,
  EMPTY_MANUAL_COMPANY,
} from '../../tab/src/search/new-company-logic.js';
import { formatRoute, parseHash } from '../../tab/src/shell/route-logic.js';
import type { RegisterHit, RegisterPUnit } from '../../web-shared/api-types.js';

const unit = (overrides: Partial<RegisterPUnit> = {}): RegisterPUnit => ({
  pNumber: '1012345678',
  name: null,
  address: 'Algade 12',
  postcode: '4000',
  city: 'Roskilde',
  active: true,
  inMunicipality: true,
  ...overrides,
});

const hit = (overrides: Partial<RegisterHit> = {}): RegisterHit => ({
  cvr: '25313763',
  name: 'Fjordbyg Roskilde A/S',
  address: { street: 'Algade 12', postcode: '4000', city: 'Roskilde' },
  status: 'NORMAL',
  legalForm: 'Aktieselskab',
  pUnits: 3,
  pUnitsHere: 1,
  advertisingProtected: false,
  companyId: null,
  ...overrides,
});

describe('the CVR register in the tab', () => {
  describe('"Ny virksomhed"', () => {
    it('when staff type a CVR, a P-number or a name, then the register is asked for exactly that', () => {
      assert.deepEqual(registerQuery('DK 25 31 37 63'), { kind: 'cvr', q: '25313763' });
      assert.deepEqual(registerQuery('1012345678'), { kind: 'p-number', q: '1012345678' });
      assert.deepEqual(registerQuery('  Fjordbyg '), { kind: 'name', q: 'Fjordbyg' });
      assert.equal((registerQuery('x'.repeat(300)) as { q: string }).q.length, 100, 'cut to what the service takes');
    });

    it('when staff are still typing or type a wrong number, then nothing is asked and a wrong CVR is said at once', () => {
      assert.equal(registerQuery('2531').kind, 'too-short');
      assert.equal(registerQuery('f').kind, 'too-short');
      assert.equal(registerQuery('25313764').kind, 'bad-number', 'a CVR failing modulus 11 is not sent');
      assert.equal(registerQuery('12345678901').kind, 'bad-number');
      assert.match(queryProblem('25313764', 'da')!, /CVR-nummer er 8 cifre/);
      assert.equal(queryProblem('2531', 'da'), null, 'half a number is no error yet');
      assert.equal(queryProblem('25313763', 'da'), null);
    });

    it('when a hit is shown, then it reads CVR and form, address, status and its workplaces', () => {
      assert.deepEqual(hitLines(hit(), 'da'), [
        'CVR 25313763 · Aktieselskab',
        'Algade 12, 4000 Roskilde',
        'Normal · 3 P-enheder (1 aktive i kommunen)',
      ]);
      const bankrupt = hitLines(
        hit({ status: 'UNDER KONKURS', address: null, advertisingProtected: true, pUnits: 1 }),
        'en',
      );
      assert.deepEqual(bankrupt.slice(1), [
        'UNDER KONKURS · 1 P-unit (1 active in the municipality) · Advertising protected',
      ]);
    });

    it('when staff create a company by hand, then it is sent without CVR with only what they filled in', () => {
      const checked = validateManualCompany(
        {
          ...EMPTY_MANUAL_COMPANY,
          name: ' Havevennerne ',
          domains: 'havevenner.dk\nwww.Havevenner.dk',
          postcode: '4000',
        },
        'da',
      );
      assert.deepEqual(checked, {
        ok: true,
        body: { name: 'Havevennerne', cvr: null, domains: ['havevenner.dk'], postcode: '4000' },
      });
    });

    it('when the name is missing or a field is malformed, then the form says which and sends nothing', () => {
      const checked = validateManualCompany(
        { ...EMPTY_MANUAL_COMPANY, name: '  ', pNumbers: '123', postcode: '40' },
        'da',
      );
      assert.equal(checked.ok, false);
      if (!checked.ok) assert.deepEqual(Object.keys(checked.errors).sort(), ['name', 'pNumbers', 'postcode']);
    });

    it('when the address names the new-company page, then it opens with its query and tab, and back again', () => {
      assert.deepEqual(parseHash('#/companies/new?q=fjord&mode=manual'), {
        page: 'new-company',
        q: 'fjord',
        mode: 'manual',
      });
      assert.deepEqual(parseHash('#/companies/new'), { page: 'new-company', q: '', mode: 'register' });
      assert.equal(formatRoute({ page: 'new-company', q: 'fjord', mode: 'register' }), '#/companies/new?q=fjord');
      assert.equal(parseHash('#/companies/newer').page, 'not-found');
    });
  });

  describe("the company page's register panel", () => {
    it('when the register gives an employment interval, then it reads as a number of employees', () => {
      assert.equal(employeeIntervalText('ANTAL_5_9', 'da'), '5-9 ansatte');
      assert.equal(employeeIntervalText('ANTAL_1_1', 'da'), '1 ansat');
      assert.equal(employeeIntervalText('ANTAL_1000_', 'da'), '1000 eller flere ansatte');
      assert.equal(employeeIntervalText('ANTAL_20_49', 'en'), '20-49 employees');
      assert.equal(employeeIntervalText(null, 'da'), 'Ikke oplyst');
      assert.equal(employeeIntervalText('NOGET_NYT', 'da'), 'NOGET_NYT', 'an unknown code is shown as given');
    });

    it('when the status is anything but NORMAL, then it is shown as the register words it and stands out', () => {
      assert.equal(registerStatusText('NORMAL', 'da'), 'Normal');
      assert.equal(registerStatusText('UNDER KONKURS', 'da'), 'UNDER KONKURS');
      assert.equal(isTroubledStatus('UNDER KONKURS'), true);
      assert.equal(isTroubledStatus('NORMAL'), false);
      assert.equal(isTroubledStatus(null), false);
    });

    it('when a workplace is closed or outside the municipality, then it says so and comes after the open ones here', () => {
      const here = unit({ pNumber: '1000000003' });
      const closed = unit({ pNumber: '1000000001', active: false });
      const away = unit({ pNumber: '1000000002', inMunicipality: false });
      assert.deepEqual(pUnitMarks(closed, 'da'), ['lukket']);
      assert.deepEqual(pUnitMarks(unit({ active: false, inMunicipality: false }), 'en'), [
        'closed',
        'outside the municipality',
      ]);
      assert.deepEqual(pUnitMarks(here, 'da'), []);
      assert.deepEqual(
        sortedPUnits([away, closed, here]).map((u) => u.pNumber),
        ['1000000003', '1000000001', '1000000002'],
      );
    });

    it('when the company changed its name, then the former names show newest first, without the current one', () => {
      const period = (from: string, to: string | null) => ({ from, to });
      const names = formerNames(
        {
          nameHistory: [
            { name: 'Fjordbyg Roskilde A/S', period: period('2015-01-01', null) },
            { name: 'Fjordbyg ApS', period: period('2001-03-01', '2009-12-31') },
            { name: 'Fjordbyg & Søn ApS', period: period('2010-01-01', '2014-12-31') },
            { name: 'Fjordbyg ApS', period: period('1999-01-01', '2000-12-31') },
          ],
        },
        'Fjordbyg Roskilde A/S',
      );
      assert.deepEqual(names, ['Fjordbyg & Søn ApS', 'Fjordbyg ApS']);
    });

    it('when an admin chooses which company survives, then the other one is merged into it', () => {
      assert.deepEqual(mergeDirection('a', 'b', 'this'), { survivorId: 'a', mergedId: 'b' });
      assert.deepEqual(mergeDirection('a', 'b', 'other'), { survivorId: 'b', mergedId: 'a' });
    });
  });
});

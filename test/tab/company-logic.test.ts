import assert from 'node:assert/strict';
import { parseCvr as domainParseCvr } from '../../src/domain/cvr.js';
import { nextStatuses } from '../../web-shared/vacancy-steps.js';
import {
  companyForm,
  parseCvr,
  splitList,
  transitionLabel,
  validateCompanyForm,
  validateContactForm,
  validateVacancyForm,
} from '../../tab/src/company/company-logic.js';
import { stringsFor } from '../../tab/src/common/i18n.js';
import { COMPANY_ID, STAFF_ID, buildCompany } from './tab-factories.js';

describe('company page logic', () => {
  it('when one colleague or several were in touch lately, then the hint says colleague or colleagues', () => {
    assert.equal(stringsFor('da').company.collisionHint(1), 'Tal med kollegaen, før du kontakter virksomheden igen.');
    assert.equal(stringsFor('da').company.collisionHint(3), 'Tal med kollegerne, før du kontakter virksomheden igen.');
    assert.match(stringsFor('en').company.collisionHint(3), /^Talk to your colleagues /);
  });

  describe('the vacancy lifecycle', () => {
    it('when a vacancy is closed, then the only button reopens it', () => {
      assert.deepEqual(nextStatuses('filled'), ['received']);
      assert.equal(transitionLabel('filled', 'received', 'da'), 'Genåbn');
    });

    it('when a step is shown, then it reads as the action it is', () => {
      assert.equal(transitionLabel('received', 'in_progress', 'da'), 'Tag jobordren');
      assert.equal(transitionLabel('in_progress', 'received', 'da'), 'Slip jobordren');
      assert.equal(transitionLabel('paused', 'in_progress', 'en'), 'Resume');
      assert.equal(transitionLabel('in_progress', 'filled', 'da'), 'Luk: besat');
    });

    it('when a paused vacancy goes back to received, then the button lets it go rather than reopening it', () => {
      assert.ok(nextStatuses('paused').includes('received'));
      assert.equal(transitionLabel('paused', 'received', 'da'), 'Slip jobordren');
      assert.equal(transitionLabel('paused', 'received', 'en'), 'Release the vacancy');
    });
  });

  it('when a CVR number is typed, then the tab checks it exactly as the service does', () => {
    for (const text of ['13585628', 'DK 13 58 56 28', 'dk13585628', '24256791', '1358562', 'abcdefgh', '']) {
      assert.equal(parseCvr(text), domainParseCvr(text), text);
    }
  });

  it('when lists are typed one per line or with commas, then each entry counts once', () => {
    assert.deepEqual(splitList('a.dk\nb.dk, a.dk ;c.dk\n\n'), ['a.dk', 'b.dk', 'c.dk']);
  });

  describe('editing the company', () => {
    const company = buildCompany();

    it('when nothing is changed, then the patch is empty', () => {
      assert.deepEqual(validateCompanyForm(company, companyForm(company), 'da'), { ok: true, patch: {} });
    });

    it('when domains, P-numbers, the consultant and a flag change, then only those are sent (domains normalised, replacing the list)', () => {
      const values = {
        ...companyForm(company),
        domains: 'ostergaard-byg.dk\n@Østergaard-Byg.DK\nwww.ob-gruppen.dk',
        pNumbers: '1012697712\n1234567890',
        responsibleStaffId: '',
        blockade: true,
      };
      assert.deepEqual(validateCompanyForm(company, values, 'da'), {
        ok: true,
        patch: {
          domains: ['ostergaard-byg.dk', 'østergaard-byg.dk', 'ob-gruppen.dk'],
          pNumbers: ['1012697712', '1234567890'],
          responsibleStaffId: null,
          blockade: true,
        },
      });
    });

    it('when a P-number, a domain, the CVR or the postcode is malformed, then each is named and nothing is sent', () => {
      const values = {
        ...companyForm(company),
        pNumbers: '12345',
        domains: 'not a domain',
        cvr: '24256791',
        postcode: '40',
        name: ' ',
      };
      const checked = validateCompanyForm(company, values, 'da');
      assert.ok(!checked.ok);
      assert.deepEqual(Object.keys(checked.errors).sort(), ['cvr', 'domains', 'name', 'pNumbers', 'postcode']);
      assert.equal(checked.errors.pNumbers, '»12345« er ikke et P-nummer (10 cifre).');
    });

    it('when the CVR is cleared and a consultant is chosen, then cvr null and the consultant are sent', () => {
      const other = buildCompany({ responsibleStaffId: null });
      assert.deepEqual(
        validateCompanyForm(other, { ...companyForm(other), cvr: '', responsibleStaffId: STAFF_ID }, 'en'),
        {
          ok: true,
          patch: { cvr: null, responsibleStaffId: STAFF_ID },
        },
      );
    });
  });

  it('when a contact person is added, then the email is required and the rest is optional', () => {
    assert.deepEqual(
      validateContactForm({ email: ' hr@ostergaard-byg.dk ', name: 'Lene Holm', phone: '', title: '' }, 'da'),
      {
        ok: true,
        body: { email: 'hr@ostergaard-byg.dk', name: 'Lene Holm' },
      },
    );
    const bad = validateContactForm({ email: 'lene', name: '', phone: '12', title: '' }, 'da');
    assert.deepEqual(bad.ok ? null : Object.keys(bad.errors).sort(), ['email', 'phone']);
  });

  it('when a vacancy is created, then the title is required, positions default to 1 and the deadline must be a date', () => {
    assert.deepEqual(validateVacancyForm(COMPANY_ID, { title: 'Tømrer', positions: '', deadline: '' }, 'da'), {
      ok: true,
      body: { companyId: COMPANY_ID, title: 'Tømrer', positions: 1 },
    });
    const bad = validateVacancyForm(COMPANY_ID, { title: '', positions: '0', deadline: '31-12-2026' }, 'da');
    assert.deepEqual(bad.ok ? null : Object.keys(bad.errors).sort(), ['deadline', 'positions', 'title']);
  });
});

import assert from 'node:assert/strict';
import { jobnetView, workAddressText, type VacancyJobnet } from '../../tab/src/company/jobnet-logic.js';

function buildJobnet(overrides: Partial<VacancyJobnet> = {}): VacancyJobnet {
  return {
    jobordreId: '4711',
    status: 'open',
    statusText: 'Aktiv',
    type: { code: 'LOENTILSKUD', label: 'Løntilskud', specialTerms: true },
    occupation: { code: '8322.3', label: 'Lagermedarbejder' },
    workAddress: { street: 'Industrivej 12', postcode: '4000', city: 'Roskilde', municipalityCode: '265' },
    version: '2026-03-02T09:15:00.000Z',
    url: 'https://arbejdsgiver.jobnet.dk/jobordre/4711',
    ...overrides,
  };
}

describe('a vacancy from Jobnet in the tab', () => {
  it('when the jobordre is a løntilskud position, then its type is shown as special terms, with its job title, workplace, Jobnet status and link', () => {
    assert.deepEqual(jobnetView(buildJobnet(), 'da'), {
      type: 'Løntilskud',
      specialTerms: true,
      facts: ['Lagermedarbejder (8322.3)', 'Industrivej 12, 4000 Roskilde', 'Jobnet: Aktiv'],
      url: 'https://arbejdsgiver.jobnet.dk/jobordre/4711',
    });
  });

  it('when Jobnet gave no job title, no work address and the service no link, then only what is known is shown', () => {
    const view = jobnetView(
      buildJobnet({
        type: { code: 'ORDINAER', label: 'Ordinært job', specialTerms: false },
        occupation: null,
        workAddress: null,
        statusText: 'Afsluttet - besat',
        url: null,
      }),
      'en',
    );
    assert.deepEqual(view, {
      type: 'Ordinært job',
      specialTerms: false,
      facts: ['Jobnet: Afsluttet - besat'],
      url: null,
    });
  });

  it('when the work address has only some parts, then they read as an address without empty separators', () => {
    const partial = { street: null, postcode: '4000', city: 'Roskilde', municipalityCode: null };
    assert.equal(workAddressText(partial), '4000 Roskilde');
    assert.equal(workAddressText({ ...partial, postcode: null, city: null }), null);
  });
});

import assert from 'node:assert/strict';
import { pickCompany } from '../../src/app/find-company-by-text.js';
import type { CompanySummary } from '../../src/domain/model.js';

let next = 0;
function hit(name: string): CompanySummary {
  next += 1;
  const cvr = String(10000000 + next);
  return {
    id: `c${next}`,
    cvr,
    name,
    postcode: null,
    city: null,
    blockade: false,
    doNotContact: false,
    registerStatus: null,
  };
}

describe('company from free text: the ambiguity rule', () => {
  it('when the search finds one company, then that is the company, whatever its name', () => {
    const only = hit('Østergaard Byg A/S');
    assert.deepEqual(pickCompany('13585628', [only]), { kind: 'one', companyId: only.id });
  });

  it('when several match and exactly one is named the text (æøå and aa alike), then that one is the company', () => {
    const exact = hit('Østergård Byg');
    const hits = [hit('Østergaard Byg og Anlæg'), exact, hit('Østergaard Byg Holding')];
    assert.deepEqual(pickCompany('ostergaard byg', hits), { kind: 'one', companyId: exact.id });
  });

  it('when several match and none is named the text, then the user chooses among all of them, in search order', () => {
    const hits = [hit('Rosenhøj Bageri'), hit('Rosenhøj Tømrer')];
    assert.deepEqual(pickCompany('rosenhøj', hits), { kind: 'several', companies: hits });
  });

  it('when two companies are named the text itself, then the user chooses among all hits, not just the two', () => {
    const hits = [hit('Novo'), hit('Novo'), hit('Novo Nordisk')];
    assert.deepEqual(pickCompany('Novo', hits), { kind: 'several', companies: hits });
  });

  it('when the search finds nothing, then no company is meant', () => {
    assert.deepEqual(pickCompany('ingenting', []), { kind: 'none' });
  });
});

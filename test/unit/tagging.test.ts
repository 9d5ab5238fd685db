import assert from 'node:assert/strict';
import { hasCategory, isTransient, replaceCategory, unambiguousCompany } from '../../src/domain/tagging.js';
import { parseTagChoiceSubmit } from '../../bot/cards/tag-choice.card.js';

const JOB = '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99';
const COMPANY = '0b6e6f7a-3c1d-4e8f-9a2b-1c0e99d4f0a5';

describe('tagging rules', () => {
  it('when Outlook writes the category in another case or with spaces, then it still counts; "Kontaktspor: logget" does not', () => {
    assert.ok(hasCategory(['Rød kategori', ' kontaktspor '], 'Kontaktspor'));
    assert.ok(!hasCategory(['Kontaktspor: logget'], 'Kontaktspor'));
    assert.ok(!hasCategory([], 'Kontaktspor'));
  });

  it('when an item is logged, then the trigger becomes the logged marker once and the other categories stay', () => {
    assert.deepEqual(
      replaceCategory(['Rød kategori', 'KONTAKTSPOR', 'Kontaktspor: logget'], 'Kontaktspor', 'Kontaktspor: logget'),
      ['Rød kategori', 'Kontaktspor: logget'],
    );
  });

  it('when the matches name one company (even twice), then it is that one; two companies or none need the user', () => {
    assert.equal(unambiguousCompany([{ companyId: 'a' }, { companyId: 'a' }]), 'a');
    assert.equal(unambiguousCompany([{ companyId: 'a' }, { companyId: 'b' }]), null);
    assert.equal(unambiguousCompany([]), null);
  });

  it('when Graph throttles or is down, then the job is tried again; other failures are final', () => {
    assert.ok(isTransient('THROTTLED') && isTransient('UNAVAILABLE'));
    assert.ok(!isTransient('FORBIDDEN') && !isTransient('NOT_FOUND'));
  });
});

describe('bot: the tag choice card submit', () => {
  it('when the card sends a chosen company or a typed CVR (with DK and spaces), then both are read', () => {
    assert.deepEqual(
      parseTagChoiceSubmit({ kontaktspor: 'tag-company', jobId: JOB.toUpperCase(), companyId: COMPANY }),
      { kontaktspor: 'tag-company', jobId: JOB, companyId: COMPANY },
    );
    assert.deepEqual(parseTagChoiceSubmit({ kontaktspor: 'tag-company', jobId: JOB, cvr: ' DK 1358 5628 ' }), {
      kontaktspor: 'tag-company',
      jobId: JOB,
      cvr: '13585628',
    });
    assert.deepEqual(
      parseTagChoiceSubmit({ kontaktspor: 'tag-company', jobId: JOB, cvr: '' }),
      { kontaktspor: 'tag-company', jobId: JOB },
      'nothing chosen',
    );
  });

  it('when the value is not ours or was tampered with, then it is refused or the bad part dropped', () => {
    assert.equal(parseTagChoiceSubmit(null), null);
    assert.equal(parseTagChoiceSubmit({ kontaktspor: 'history', jobId: JOB }), null);
    assert.equal(parseTagChoiceSubmit({ kontaktspor: 'tag-company', jobId: '../../x' }), null);
    assert.deepEqual(
      parseTagChoiceSubmit({ kontaktspor: 'tag-company', jobId: JOB, companyId: "' or 1=1", cvr: '123' }),
      { kontaktspor: 'tag-company', jobId: JOB },
    );
  });
});

import assert from 'node:assert/strict';
import {
  EMPTY_VACANCY,
  initialVisibility,
  validateLogForm,
  visibilityHint,
  type LogFormValues,
} from '../../addin/src/log-request.js';
import { buildPreview } from './pane-factories.js';

describe('add-in log form (log-request)', () => {
  describe('the log form', () => {
    const values = (overrides: Partial<LogFormValues> = {}): LogFormValues => ({
      companyId: 'c1',
      topics: ['rekruttering', 'loentilskud'],
      summary: '  To lagermedarbejdere fra 1. april.  ',
      visibility: 'summary',
      isVacancy: false,
      vacancy: EMPTY_VACANCY,
      ...overrides,
    });

    it('when the email mentions health matters, then metadata only is preselected and the pane says why', () => {
      const preview = buildPreview({ healthWords: ['sygemeldt'], suggestedVisibility: 'metadata' });
      assert.equal(initialVisibility(preview), 'metadata');
      assert.equal(
        visibilityHint(preview, 'da'),
        'Mailen nævner helbredsforhold (sygemeldt) – derfor foreslås kun metadata',
      );
      assert.equal(
        visibilityHint(buildPreview({ kind: 'meeting', healthWords: ['diagnose', 'diagnose'] }), 'en'),
        'The meeting mentions health matters (diagnose) – so metadata only is suggested',
      );
    });

    it('when nothing sensitive is found or there is no preview, then the default visibility is summary', () => {
      assert.equal(initialVisibility(buildPreview()), 'summary');
      assert.equal(initialVisibility(null), 'summary');
      assert.equal(visibilityHint(buildPreview(), 'da'), null);
    });

    it('when the form is filled, then the request carries company, topics, trimmed summary and visibility', () => {
      assert.deepEqual(validateLogForm(values(), 'da'), {
        ok: true,
        fields: {
          companyId: 'c1',
          topics: ['rekruttering', 'loentilskud'],
          summary: 'To lagermedarbejdere fra 1. april.',
          visibility: 'summary',
        },
      });
    });

    it('when the summary is empty, then none is sent', () => {
      const result = validateLogForm(values({ summary: '   ' }), 'da');
      assert.ok(result.ok);
      assert.equal('summary' in result.fields, false);
    });

    it('when it is a vacancy, then title, positions and the optional fields are sent', () => {
      const vacancy = {
        title: ' Lagermedarbejder ',
        positions: '2',
        deadline: '2026-04-01',
        location: 'Roskilde',
        postcode: '4000',
      };
      const result = validateLogForm(values({ isVacancy: true, vacancy }), 'da');
      assert.ok(result.ok);
      assert.deepEqual(result.fields.vacancy, {
        title: 'Lagermedarbejder',
        positions: 2,
        deadline: '2026-04-01',
        location: 'Roskilde',
        postcode: '4000',
      });
    });

    it('when the vacancy fields are wrong, then each wrong field gets its Danish message and nothing is sent', () => {
      const vacancy = { title: '', positions: '0', deadline: '2026-02-30', location: '', postcode: '40' };
      const result = validateLogForm(values({ companyId: null, isVacancy: true, vacancy }), 'da');
      assert.equal(result.ok, false);
      assert.deepEqual(Object.keys(!result.ok ? result.errors : {}).sort(), [
        'company',
        'deadline',
        'positions',
        'postcode',
        'title',
      ]);
    });

    it('when more than 10 topics are ticked, then the form refuses as the service would', () => {
      const result = validateLogForm(values({ topics: Array.from({ length: 11 }, (_, i) => `t${i}`) }), 'da');
      assert.equal(result.ok, false);
    });
  });
});

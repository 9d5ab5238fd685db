import assert from 'node:assert/strict';
import { KPI_METRICS, KPI_METRIC_KEYS, isKpiMetric, monthsBetween, ratio } from '../../src/domain/kpi-definitions.js';

describe('KPI definitions', () => {
  it('when the dashboard lists metrics, then the agreed keys are all there with labels, unit and description', () => {
    assert.deepEqual([...KPI_METRIC_KEYS].sort(), [
      'companies_served',
      'contacts',
      'fill_rate',
      'referral_rate',
      'samarbejdsgrad',
      'staff_share_logging',
      'time_to_first_action_days',
      'vacancies_filled',
      'vacancies_received',
    ]);
    for (const key of KPI_METRIC_KEYS) {
      const metric = KPI_METRICS[key];
      assert.ok(metric.da.length > 0 && metric.en.length > 0 && metric.description.length > 0, key);
      assert.ok(['percent', 'count', 'days'].includes(metric.unit), key);
      assert.ok(!metric.description.includes('\n'), key);
    }
  });

  it('when units are read, then rates are percent, counts are counts and time is days', () => {
    assert.equal(KPI_METRICS.samarbejdsgrad.unit, 'percent');
    assert.equal(KPI_METRICS.fill_rate.unit, 'percent');
    assert.equal(KPI_METRICS.contacts.unit, 'count');
    assert.equal(KPI_METRICS.time_to_first_action_days.unit, 'days');
  });

  it('when a key is checked, then only metric keys pass', () => {
    assert.equal(isKpiMetric('fill_rate'), true);
    assert.equal(isKpiMetric('toString'), false);
  });

  describe('monthsBetween', () => {
    it('when a period crosses a new year, then every month is listed inclusively', () => {
      assert.deepEqual(monthsBetween(new Date('2024-11-15T00:00:00Z'), new Date('2025-02-01T00:00:00Z')), [
        '2024-11',
        '2024-12',
        '2025-01',
        '2025-02',
      ]);
    });

    it('when both dates are in the same month, then that month alone is listed', () => {
      assert.deepEqual(monthsBetween(new Date('2025-03-01T00:00:00Z'), new Date('2025-03-31T23:59:59Z')), ['2025-03']);
    });

    it('when a local midnight falls in the previous UTC month, then the UTC month is used', () => {
      assert.deepEqual(monthsBetween(new Date('2025-03-31T23:30:00Z'), new Date('2025-04-01T00:30:00+02:00')), [
        '2025-03',
      ]);
    });

    it('when the end is before the start, then nothing is listed', () => {
      assert.deepEqual(monthsBetween(new Date('2025-05-01T00:00:00Z'), new Date('2025-04-01T00:00:00Z')), []);
    });
  });

  describe('ratio', () => {
    it('when the denominator is 0, then there is no ratio', () => {
      assert.equal(ratio(0, 0), null);
      assert.equal(ratio(3, 0), null);
    });

    it('when there is a denominator, then the ratio is rounded to 4 decimals', () => {
      assert.equal(ratio(1, 3), 0.3333);
      assert.equal(ratio(2, 3), 0.6667);
      assert.equal(ratio(5, 5), 1);
      assert.equal(ratio(0, 7), 0);
    });
  });
});

import assert from 'node:assert/strict';
import { KPI_METRIC_KEYS, KPI_METRICS } from '../../src/domain/kpi-definitions.js';
import { stringsFor } from '../../tab/src/common/i18n.js';
import {
  METRICS,
  answersPeriod,
  chartGeometry,
  chartSummary,
  contactsBySection,
  defaultPeriod,
  formatMetric,
  headlineTarget,
  metricDefinition,
  monthRanges,
  monthTargets,
  monthsOf,
  needsPerMonthRequests,
  niceCeiling,
  parseDecimal,
  parseTargetForm,
  periodValid,
  samarbejdsgradBasis,
  companiesServedBasis,
  seriesFor,
  targetInput,
  targetReached,
  type MonthlyAnswers,
} from '../../tab/src/dashboard/kpi-logic.js';
import { buildKpi, buildMonth } from './tab-factories.js';

const def = (key: string) => metricDefinition(key)!;
const target = (metric: string, period: string, value: number) => ({ metric, sectionId: null, period, value });

describe('strategy dashboard presentation (kpi-logic)', () => {
  it("when the dashboard lists the metrics, then they are exactly the service's, with its units and its Danish and English labels", () => {
    assert.deepEqual(METRICS.map((m) => m.key).sort(), [...KPI_METRIC_KEYS].sort());
    for (const metric of METRICS) {
      assert.equal(metric.unit, KPI_METRICS[metric.key].unit, metric.key);
      assert.equal(stringsFor('da').metrics[metric.key].label, KPI_METRICS[metric.key].da);
      assert.equal(stringsFor('en').metrics[metric.key].label, KPI_METRICS[metric.key].en);
    }
  });

  describe('the period', () => {
    it('when nothing is chosen, then it is this year so far, in local dates', () => {
      assert.deepEqual(defaultPeriod(new Date(2026, 10, 26, 23, 30)), { from: '2026-01-01', to: '2026-11-26' });
    });

    it('when from lies after to or the period spans more than five years, then it is refused', () => {
      assert.ok(periodValid('2026-01-01', '2026-01-01'));
      assert.ok(!periodValid('2026-02-01', '2026-01-31'));
      assert.ok(!periodValid('2015-01-01', '2025-01-01'));
      assert.ok(!periodValid('2026-01-01', null));
    });

    it('when a period crosses months, then each month is asked for on its own, clipped to the period, and from the start for the running total', () => {
      assert.deepEqual(monthsOf('2025-11-15', '2026-02-03'), ['2025-11', '2025-12', '2026-01', '2026-02']);
      assert.deepEqual(monthRanges('2026-01-15', '2026-03-10'), [
        { month: '2026-01', from: '2026-01-15', to: '2026-01-31', cumulativeFrom: '2026-01-15' },
        { month: '2026-02', from: '2026-02-01', to: '2026-02-28', cumulativeFrom: '2026-01-15' },
        { month: '2026-03', from: '2026-03-01', to: '2026-03-10', cumulativeFrom: '2026-01-15' },
      ]);
    });

    it("when an answer of the service comes back, then it is recognised as this period's (or not)", () => {
      const kpi = buildKpi({
        period: { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
        sectionId: 'unge',
      });
      assert.ok(answersPeriod(kpi, '2026-01-01', '2026-03-31', 'unge'));
      assert.ok(!answersPeriod(kpi, '2026-01-01', '2026-03-30', 'unge'));
      assert.ok(!answersPeriod(kpi, '2026-01-01', '2026-03-31', null));
    });
  });

  describe('the monthly series', () => {
    const kpi = buildKpi({
      months: [
        buildMonth('2026-01', { contacts: 5, staffShareLogging: 0.25 }),
        buildMonth('2026-02', { contacts: 7, staffShareLogging: null }),
      ],
    });

    it('when the service gives a monthly figure (contacts, staff logging), then it is used as is and needs no extra requests', () => {
      assert.deepEqual(seriesFor(def('contacts'), kpi, null), [5, 7]);
      assert.deepEqual(seriesFor(def('staff_share_logging'), kpi, null), [0.25, null]);
      assert.equal(needsPerMonthRequests(def('contacts'), kpi), false);
    });

    it('when it does not, then the per-month answers fill the series, and cumulative metrics use the running answers', () => {
      const answers: MonthlyAnswers = {
        month: new Map([['2026-01', { metrics: { ...kpi.metrics, vacancies_received: 3 } }]]),
        cumulative: new Map([
          ['2026-01', { metrics: { ...kpi.metrics, samarbejdsgrad: 0.1 } }],
          ['2026-02', { metrics: { ...kpi.metrics, samarbejdsgrad: 0.18 } }],
        ]),
      };
      assert.equal(needsPerMonthRequests(def('vacancies_received'), kpi), true);
      assert.equal(needsPerMonthRequests(def('samarbejdsgrad'), kpi), true);
      assert.deepEqual(seriesFor(def('vacancies_received'), kpi, answers), [3, null]);
      assert.deepEqual(seriesFor(def('samarbejdsgrad'), kpi, answers), [0.1, 0.18]);
      assert.deepEqual(seriesFor(def('samarbejdsgrad'), kpi, null), [null, null]);
    });

    it('when the service one day sends every metric per month and the running figures, then those are used without extra requests', () => {
      const richer = buildKpi({
        months: [
          { ...buildMonth('2026-01'), metrics: { fill_rate: 0.5 }, cumulative: { samarbejdsgrad: 0.2 } } as never,
        ],
      });
      assert.deepEqual(seriesFor(def('fill_rate'), richer, null), [0.5]);
      assert.deepEqual(seriesFor(def('samarbejdsgrad'), richer, null), [0.2]);
      assert.equal(needsPerMonthRequests(def('fill_rate'), richer), false);
      assert.equal(needsPerMonthRequests(def('samarbejdsgrad'), richer), false);
      assert.equal(needsPerMonthRequests(def('companies_served'), richer), true);
    });

    it('when contacts are split by section, then the period sums each section, most first', () => {
      assert.deepEqual(
        contactsBySection([
          { contactsBySection: { unge: 2, none: 1 } },
          { contactsBySection: { unge: 3, virksomhedsservice: 9 } },
        ]),
        [
          { sectionId: 'virksomhedsservice', contacts: 9 },
          { sectionId: 'unge', contacts: 5 },
          { sectionId: 'none', contacts: 1 },
        ],
      );
    });
  });

  describe('targets beside actuals', () => {
    const targets = [
      target('samarbejdsgrad', '2026', 0.45),
      target('contacts', '2026', 1200),
      target('contacts', '2026-02', 150),
      target('fill_rate', '2026', 0.7),
    ];

    it("when the period lies in one year, then the year's target is the headline; one month with its own target shows that", () => {
      assert.deepEqual(headlineTarget(def('samarbejdsgrad'), targets, '2026-01-01', '2026-11-26'), {
        period: '2026',
        value: 0.45,
      });
      assert.deepEqual(headlineTarget(def('contacts'), targets, '2026-02-01', '2026-02-28'), {
        period: '2026-02',
        value: 150,
      });
      assert.equal(headlineTarget(def('samarbejdsgrad'), targets, '2025-06-01', '2026-05-31'), null);
      assert.equal(headlineTarget(def('vacancies_filled'), targets, '2026-01-01', '2026-03-31'), null);
    });

    it("when drawn per month, then a month's own target wins, a yearly sum is spread over twelve months and a level applies to each month", () => {
      assert.deepEqual(monthTargets(def('contacts'), targets, ['2026-01', '2026-02']), [100, 150]);
      assert.deepEqual(monthTargets(def('fill_rate'), targets, ['2026-01', '2026-02']), [0.7, 0.7]);
      assert.deepEqual(monthTargets(def('vacancies_filled'), targets, ['2026-01']), [null]);
    });

    it("when a metric counts each company once, then the running figure is drawn against the year's target", () => {
      assert.deepEqual(monthTargets(def('samarbejdsgrad'), targets, ['2025-12', '2026-01']), [null, 0.45]);
      assert.deepEqual(
        monthTargets(def('companies_served'), [target('companies_served', '2026-01', 10)], ['2026-01']),
        [null],
      );
    });

    it('when fewer days to first action are better, then meeting the target means being at or below it', () => {
      assert.equal(targetReached(def('time_to_first_action_days'), 2, 3), true);
      assert.equal(targetReached(def('time_to_first_action_days'), 4, 3), false);
      assert.equal(targetReached(def('samarbejdsgrad'), 0.5, 0.45), true);
      assert.equal(targetReached(def('samarbejdsgrad'), null, 0.45), null);
    });
  });

  describe('numbers as shown', () => {
    it('when a rate, a count or days are shown, then Danish and English read them their own way', () => {
      assert.equal(formatMetric(0.3846, 'percent', 'da'), '38,5 %');
      assert.equal(formatMetric(0.3846, 'percent', 'en'), '38.5%');
      assert.equal(formatMetric(1234, 'count', 'da'), '1.234');
      assert.equal(formatMetric(1234, 'count', 'en'), '1,234');
      assert.equal(formatMetric(2.5, 'days', 'da'), '2,5 dage');
      assert.equal(formatMetric(null, 'count', 'da'), 'Ingen data');
    });
  });

  describe('the target form', () => {
    it('when an admin types a percentage with a decimal comma, then the service gets a fraction', () => {
      assert.deepEqual(parseTargetForm({ metric: 'samarbejdsgrad', period: '2026', value: '42,5' }, null, 'da'), {
        ok: true,
        target: { metric: 'samarbejdsgrad', sectionId: null, period: '2026', value: 0.425 },
      });
      assert.equal(targetInput(def('samarbejdsgrad'), 0.425), '42.5');
    });

    it('when the target is for a month and a section, then both go along', () => {
      assert.deepEqual(parseTargetForm({ metric: 'contacts', period: '2026-03', value: '150' }, 'unge', 'da'), {
        ok: true,
        target: { metric: 'contacts', sectionId: 'unge', period: '2026-03', value: 150 },
      });
    });

    it('when the period, the number or the percentage is wrong, then each is named', () => {
      const checked = parseTargetForm({ metric: 'samarbejdsgrad', period: '2026-13', value: '140' }, null, 'da');
      assert.deepEqual(checked.ok ? null : Object.keys(checked.errors).sort(), ['period', 'value']);
      assert.ok(Number.isNaN(parseDecimal('-3')));
      assert.ok(Number.isNaN(parseDecimal('1e5')));
    });
  });

  describe('the inline chart', () => {
    const box = { width: 100, height: 60, padding: { top: 0, right: 0, bottom: 10, left: 0 } };

    it('when values are drawn, then the top of the scale is a round number above the largest value or target', () => {
      assert.equal(niceCeiling(0.754), 1);
      assert.equal(niceCeiling(268), 500);
      assert.equal(niceCeiling(24), 25);
      assert.equal(niceCeiling(0), 1);
      assert.equal(chartGeometry([10, 20], [30, 30], box).yMax, 50);
    });

    it('when a month has no value, then it has no bar and the line breaks there', () => {
      const geometry = chartGeometry([10, null, 20, 25], [], {
        ...box,
        padding: { top: 0, right: 0, bottom: 0, left: 0 },
      });
      assert.deepEqual(
        geometry.bars.map((b) => b.index),
        [0, 2, 3],
      );
      assert.equal(geometry.linePath, 'M12.5 36 M62.5 12 L87.5 0');
      assert.equal(geometry.bars[0]!.height, 24);
      assert.equal(geometry.targetPath, '');
    });

    it('when a target exists, then it is drawn as a level step across each month', () => {
      const geometry = chartGeometry([1, 2], [2, null], {
        width: 100,
        height: 50,
        padding: { top: 0, right: 0, bottom: 0, left: 0 },
      });
      assert.equal(geometry.targetPath, 'M0 0 H50');
    });

    it('when a screen reader meets the chart, then it hears every month with its value and target', () => {
      assert.equal(
        chartSummary(['2026-01', '2026-02'], [0.5, null], [0.45, 0.45], 'percent', 'da'),
        'januar 2026: 50,0 % (mål 45,0 %); februar 2026: ingen data (mål 45,0 %)',
      );
    });
  });

  describe('what the samarbejdsgrad is divided by', () => {
    it("when the CVR register has been imported, then the card shows cooperating of the register's companies with at least one employee", () => {
      const { counts } = buildKpi({
        counts: { ...buildKpi().counts, cooperatingCompanies: 42, companiesInRegister: 2318, denominator: 'register' },
      });
      assert.deepEqual(samarbejdsgradBasis(counts, 'da'), {
        counts: '42 af 2.318 virksomheder i kommunen med mindst én ansat (CVR)',
        note: null,
      });
      assert.equal(
        samarbejdsgradBasis(counts, 'en').counts,
        '42 of 2,318 companies in the municipality with at least one employee (CVR)',
      );
    });

    it("when the register is not imported, then the card shows the companies Kontaktspor knows and says the denominator is not the register's", () => {
      const { counts } = buildKpi({
        counts: { ...buildKpi().counts, cooperatingCompanies: 20, companiesTotal: 1050, denominator: 'companies' },
      });
      const basis = samarbejdsgradBasis(counts, 'da');
      assert.equal(basis.counts, '20 af 1.050 virksomheder i Kontaktspor');
      assert.match(basis.note ?? '', /CVR-registret er ikke indlæst/);
      assert.match(samarbejdsgradBasis(counts, 'en').note ?? '', /The CVR register has not been imported/);
    });
  });

  describe('betjente virksomheder out of the municipality', () => {
    it('when the register has been imported, then the card shows the served companies the register counts of all it counts', () => {
      const { counts } = buildKpi({
        counts: {
          ...buildKpi().counts,
          companiesServedInRegister: 120,
          companiesInRegister: 2146,
          denominator: 'register',
        },
      });
      assert.equal(
        companiesServedBasis(counts, 'da'),
        'heraf 120 af 2.146 virksomheder i kommunen med mindst én ansat (CVR)',
      );
    });

    it('when the register is not imported, then there is nothing to divide by and nothing is shown', () => {
      assert.equal(companiesServedBasis(buildKpi().counts, 'da'), null);
    });
  });
});

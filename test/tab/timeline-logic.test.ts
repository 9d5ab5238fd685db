import assert from 'node:assert/strict';
import { NO_FILTER, type TimelineFilter } from '../../tab/src/shell/route-logic.js';
import {
  afterLogged,
  dayEnd,
  dayStart,
  emptyLogForm,
  filterKey,
  matchesFilter,
  mergePage,
  parseLocalDateTime,
  periodValid,
  timelineQuery,
  validateLogForm,
  visibilityNote,
} from '../../tab/src/company/timeline-logic.js';
import { COMPANY_ID, STAFF_ID, buildInteraction } from './tab-factories.js';

const filter = (overrides: Partial<TimelineFilter>): TimelineFilter => ({ ...NO_FILTER, ...overrides });

describe('company timeline logic', () => {
  it('when the reader picks a period, then it runs from local midnight of the first day to local midnight after the last', () => {
    const query = timelineQuery(
      filter({ from: '2026-03-01', to: '2026-03-31', topic: 'rekruttering', kind: 'call' }),
      null,
      25,
    );
    assert.deepEqual(query, {
      limit: 25,
      kind: 'call',
      topic: 'rekruttering',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
    });
    assert.equal(timelineQuery(NO_FILTER, 'cursor-2').cursor, 'cursor-2');
    assert.equal(dayEnd('2026-12-31').getTime(), new Date(2027, 0, 1).getTime());
    assert.equal(dayStart('2026-12-31').getDate(), 31);
  });

  it('when the filter changes, then its key changes (a new list from page one); the same filter keeps its key', () => {
    assert.equal(filterKey(COMPANY_ID, filter({ topic: 'a' })), filterKey(COMPANY_ID, filter({ topic: 'a' })));
    assert.notEqual(filterKey(COMPANY_ID, filter({ topic: 'a' })), filterKey(COMPANY_ID, filter({ topic: 'b' })));
    assert.notEqual(filterKey(COMPANY_ID, NO_FILTER), filterKey('other', NO_FILTER));
  });

  it('when from lies after to, then the period is invalid', () => {
    assert.ok(periodValid(filter({ from: '2026-01-01', to: '2026-01-01' })));
    assert.ok(!periodValid(filter({ from: '2026-02-01', to: '2026-01-01' })));
    assert.ok(periodValid(filter({ from: '2026-02-01' })));
  });

  describe('which items pass a filter', () => {
    const item = buildInteraction({ occurredAt: new Date(2026, 2, 31, 23, 59).toISOString() });

    it('when every filter fits, then the item passes; the last day of the period counts in full', () => {
      assert.ok(
        matchesFilter(
          item,
          filter({
            kind: 'call',
            topic: 'rekruttering',
            staff: STAFF_ID,
            section: 'virksomhedsservice',
            from: '2026-03-31',
            to: '2026-03-31',
          }),
        ),
      );
    });

    it('when any one filter does not fit, then the item does not pass', () => {
      for (const f of [
        { kind: 'visit' as const },
        { topic: 'mentor' },
        { staff: 'someone-else' },
        { section: 'unge' },
        { from: '2026-04-01' },
        { to: '2026-03-30' },
      ]) {
        assert.ok(!matchesFilter(item, filter(f)), JSON.stringify(f));
      }
    });
  });

  it('when the next page repeats an item already shown, then it is shown once', () => {
    const a = buildInteraction({ id: 'a' });
    const b = buildInteraction({ id: 'b' });
    assert.deepEqual(
      mergePage([a, b], [b, buildInteraction({ id: 'c' })]).map((i) => i.id),
      ['a', 'b', 'c'],
    );
  });

  describe('a contact just logged', () => {
    const shown = [buildInteraction({ id: 'old-1' }), buildInteraction({ id: 'old-2' })];
    const logged = buildInteraction({ id: 'new', occurredAt: new Date().toISOString(), topics: ['rekruttering'] });

    it('when the filters would show it, then it goes on top and the filters stay', () => {
      const placed = afterLogged(shown, logged, filter({ topic: 'rekruttering' }));
      assert.deepEqual(
        placed.items.map((i) => i.id),
        ['new', 'old-1', 'old-2'],
      );
      assert.equal(placed.filtersReset, false);
    });

    it('when the filters would hide it, then the filters are dropped so it is seen on top', () => {
      const placed = afterLogged(shown, logged, filter({ topic: 'mentor' }));
      assert.deepEqual(
        placed.items.map((i) => i.id),
        ['new'],
      );
      assert.equal(placed.filtersReset, true);
      assert.deepEqual(placed.filter, NO_FILTER);
    });
  });

  describe('what the visibility tier says', () => {
    it('when a colleague shared only the subject, then the note names the tier and that the rest is hidden', () => {
      assert.equal(
        visibilityNote({ visibility: 'subject', insider: false }, 'da'),
        'Delt med kolleger som: kun emnet. Resten er skjult for dig.',
      );
    });

    it('when the reader logged it, then the note says they see everything', () => {
      assert.match(visibilityNote({ visibility: 'metadata', insider: true }, 'en'), /^You see everything/);
    });

    it('when the whole text is shared, then nothing is said to be hidden', () => {
      assert.doesNotMatch(visibilityNote({ visibility: 'full', insider: false }, 'da'), /skjult/);
    });
  });

  describe('the log form', () => {
    const now = new Date(2026, 5, 18, 12, 0);

    it('when a call with topics and a summary is logged, then the body carries them trimmed, with summary visibility by default', () => {
      const checked = validateLogForm(
        {
          ...emptyLogForm(),
          summary: '  Ringede om lagerfolk  ',
          topics: ['rekruttering', 'rekruttering'],
          subject: ' ',
        },
        now,
        'da',
      );
      assert.deepEqual(checked, {
        ok: true,
        body: { kind: 'call', summary: 'Ringede om lagerfolk', topics: ['rekruttering'], visibility: 'summary' },
      });
    });

    it('when a time and a direction are given, then they go along as an instant and a direction', () => {
      const checked = validateLogForm(
        { ...emptyLogForm(), kind: 'visit', summary: 'Besøg', occurredAt: '2026-06-17T09:30', direction: 'outbound' },
        now,
        'da',
      );
      assert.ok(checked.ok);
      assert.equal(checked.body.occurredAt, new Date(2026, 5, 17, 9, 30).toISOString());
      assert.equal(checked.body.direction, 'outbound');
    });

    it('when the summary is empty, eleven topics are chosen or the time lies ahead, then each is named', () => {
      const topics = Array.from({ length: 11 }, (_, i) => `t${i}`);
      const checked = validateLogForm({ ...emptyLogForm(), topics, occurredAt: '2026-06-19T09:00' }, now, 'da');
      assert.deepEqual(checked.ok ? null : Object.keys(checked.errors).sort(), ['occurredAt', 'summary', 'topics']);
    });

    it('when the time is not a real time, then it is refused', () => {
      assert.equal(parseLocalDateTime('2026-02-30T10:00'), null);
      assert.equal(parseLocalDateTime('yesterday'), null);
    });
  });
});

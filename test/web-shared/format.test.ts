import assert from 'node:assert/strict';
import { formatDate, relativeTime } from '../../web-shared/format.js';

const NOW = new Date(2026, 2, 12, 14, 0); // 12 March 2026, 14:00 local time
const daysBefore = (days: number, hour = 10) => new Date(2026, 2, 12 - days, hour, 0).toISOString();

describe('dates as both front ends show them (web-shared/format)', () => {
  describe('dates', () => {
    it('when a contact was three days ago, then it reads "for 3 dage siden" / "3 days ago"', () => {
      assert.equal(relativeTime(daysBefore(3), NOW, 'da'), 'for 3 dage siden');
      assert.equal(relativeTime(daysBefore(3), NOW, 'en'), '3 days ago');
    });

    it('when a contact was yesterday, earlier today or just now, then it says so', () => {
      assert.equal(relativeTime(daysBefore(1, 23), NOW, 'da'), 'i går');
      assert.equal(relativeTime(new Date(2026, 2, 12, 11, 0).toISOString(), NOW, 'da'), 'for 3 timer siden');
      assert.equal(relativeTime(new Date(2026, 2, 12, 13, 59).toISOString(), NOW, 'da'), 'for 1 minut siden');
      assert.equal(relativeTime(NOW.toISOString(), NOW, 'da'), 'lige nu');
      assert.equal(relativeTime(new Date(2026, 2, 12, 13, 0).toISOString(), NOW, 'en'), '1 hour ago');
    });

    it('when a contact is weeks, months or years old, then the unit grows', () => {
      assert.equal(relativeTime(daysBefore(1 * 7 + 6), NOW, 'da'), 'for 13 dage siden');
      assert.equal(relativeTime(daysBefore(14), NOW, 'da'), 'for 2 uger siden');
      assert.equal(relativeTime(daysBefore(70), NOW, 'da'), 'for 2 måneder siden');
      assert.equal(relativeTime(daysBefore(400), NOW, 'da'), 'for 1 år siden');
      assert.equal(relativeTime(daysBefore(31), NOW, 'en'), '4 weeks ago');
    });

    it('when a date is in the future or not a date, then it reads as such or as nothing', () => {
      assert.equal(relativeTime(daysBefore(-1), NOW, 'da'), 'i morgen');
      assert.equal(relativeTime(daysBefore(-5), NOW, 'da'), 'om 5 dage');
      assert.equal(relativeTime('garbage', NOW, 'da'), '');
    });

    it('when a deadline date is shown, then it is a calendar date in the UI language', () => {
      assert.equal(formatDate('2026-04-01', 'da'), '1. apr. 2026');
      assert.equal(formatDate('2026-04-01', 'en'), '1 Apr 2026');
      assert.equal(formatDate('soon', 'da'), 'soon');
    });
  });
});

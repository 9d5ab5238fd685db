import assert from 'node:assert/strict';
import { contactMeta, logResultText } from '../../addin/src/pane-wording.js';
import { collisionText } from '../../web-shared/collision-text.js';
import { topicLabel } from '../../web-shared/format.js';
import { TOPICS, buildColleagueContact, buildLastContact, buildLogResult } from './pane-factories.js';

const NOW = new Date(2026, 2, 12, 14, 0); // 12 March 2026, 14:00 local time
const daysBefore = (days: number, hour = 10) => new Date(2026, 2, 12 - days, hour, 0).toISOString();

describe('add-in pane wording (pane-wording)', () => {
  describe('lines', () => {
    it('when a colleague contacted the company recently, then the warning names who, where, when and what', () => {
      const entry = buildColleagueContact({ occurredAt: daysBefore(3) });
      assert.equal(
        collisionText(entry, TOPICS, NOW, 'da'),
        'Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse',
      );
      assert.equal(collisionText(entry, TOPICS, NOW, 'en'), 'Camilla Bøgh, Job og ydelse, 3 days ago: retention');
    });

    it('when the colleague is nameless, sectionless and gave no topic, then the warning still reads', () => {
      const entry = buildColleagueContact({
        name: null,
        sectionName: null,
        topics: [],
        kind: 'meeting',
        occurredAt: daysBefore(1),
      });
      assert.equal(collisionText(entry, TOPICS, NOW, 'da'), 'En kollega, i går: møde');
    });

    it('when a topic is an acronym or unknown, then it keeps its case or shows its key', () => {
      const entry = buildColleagueContact({
        topics: ['igu', 'loentilskud', 'retired-topic'],
        occurredAt: daysBefore(2),
      });
      assert.equal(
        collisionText(entry, TOPICS, NOW, 'da'),
        'Camilla Bøgh, Job og ydelse, for 2 dage siden: IGU, løntilskud, retired-topic',
      );
      assert.equal(topicLabel('loentilskud', TOPICS, 'en'), 'Wage subsidy');
    });

    it('when a last contact is listed, then it shows kind, who and when', () => {
      const contact = buildLastContact({
        kind: 'email',
        occurredAt: daysBefore(3),
        loggedBy: { id: 's1', name: 'Mette Hansen' },
      });
      assert.equal(contactMeta(contact, NOW, 'da'), 'E-mail · Mette Hansen · for 3 dage siden');
      assert.equal(contactMeta({ ...contact, kind: 'meeting' }, NOW, 'en'), 'Meeting · Mette Hansen · 3 days ago');
    });

    it('when the log succeeds or the item was logged before, then the status reads "Logget" or "Allerede logget af X"', () => {
      assert.equal(logResultText(buildLogResult(), 'da'), 'Logget');
      assert.equal(
        logResultText(
          buildLogResult({ status: 'already_logged', loggedBy: [{ id: 's1', name: 'Camilla Bøgh' }] }),
          'da',
        ),
        'Allerede logget af Camilla Bøgh',
      );
    });
  });
});

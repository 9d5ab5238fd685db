import assert from 'node:assert/strict';
import type { AlertDelivery } from '../../web-shared/api-types.js';
import { deadLetterRows, shortChannelId, vacancyLabel } from '../../tab/src/admin/dead-letters-logic.js';
import { formatDateTime } from '../../web-shared/format.js';

const VACANCY = '7a1c2b1e-1111-4222-8333-944455556666';
const CHANNEL = '19:3f2a9c0d8e7b4a6c9d1e2f3a4b5c6d7e@thread.tacv2';

function buildAlert(overrides: Partial<AlertDelivery> = {}): AlertDelivery {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    vacancyId: VACANCY,
    conversationId: CHANNEL,
    kind: 'post',
    status: 'dead',
    attempts: 8,
    nextAttemptAt: '2026-03-15T10:00:00.000Z',
    lastError: 'HTTP_403',
    activityId: null,
    postedConversationId: null,
    createdAt: '2026-03-15T09:00:00.000Z',
    updatedAt: '2026-03-15T10:00:00.000Z',
    sentAt: null,
    ...overrides,
  };
}

describe('dead-letter list logic (tab/src/dead-letters-logic.ts)', () => {
  it('when an alert was given up on, then its row names the channel, the vacancy with its company, the attempts, the error and when', () => {
    const [row] = deadLetterRows(
      [buildAlert()],
      [{ id: VACANCY, title: 'Lagermedarbejder', companyName: 'Østergaard Byg A/S' }],
      'da',
    );
    assert.deepEqual(row, {
      id: 'a0000000-0000-4000-8000-000000000001',
      channel: shortChannelId(CHANNEL),
      channelFull: CHANNEL,
      vacancy: 'Lagermedarbejder (Østergaard Byg A/S)',
      kind: 'nyt opslag',
      attempts: 8,
      lastError: 'HTTP_403',
      when: formatDateTime('2026-03-15T10:00:00.000Z', 'da'),
    });
  });

  it('when the vacancy is not among those loaded or there is no error code, then the row still reads (a short id, "ukendt")', () => {
    const [row] = deadLetterRows([buildAlert({ lastError: null, kind: 'update' })], [], 'da');
    assert.equal(row!.vacancy, 'Jobordre 7a1c2b1e');
    assert.equal(row!.lastError, 'ukendt');
    assert.equal(row!.kind, 'opdatering af kortet');
    assert.equal(vacancyLabel(VACANCY, [{ id: VACANCY, title: 'Smed' }], 'en'), 'Smed');
  });

  it('when a row is no longer dead (sent again meanwhile), then it leaves the list', () => {
    assert.deepEqual(deadLetterRows([buildAlert({ status: 'pending' })], [], 'da'), []);
  });

  it("when a Teams channel id is long, then it is shortened keeping its start and its '@thread' kind; short ids stay whole", () => {
    const short = shortChannelId(CHANNEL);
    assert.ok(short.length <= 36, short);
    assert.ok(short.startsWith('19:3f2a9c0d') && short.endsWith('…@thread.tacv2'), short);
    assert.equal(shortChannelId('19:abc@thread.tacv2'), '19:abc@thread.tacv2');
    assert.equal(shortChannelId('x'.repeat(50)), `${'x'.repeat(35)}…`);
  });
});

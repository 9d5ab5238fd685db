import assert from 'node:assert/strict';
import { starStatusView } from '../../tab/src/admin/star-status-logic.js';
import type { StarAdminStatus } from '../../web-shared/api-types.js';

type Inbox = NonNullable<StarAdminStatus['inbox']>;

function inbox(overrides: Partial<Inbox> = {}): StarAdminStatus {
  return {
    configured: true,
    inbox: {
      queued: 0,
      done: 0,
      skipped: 0,
      dead: 0,
      oldestQueuedAt: null,
      lastReceivedAt: null,
      recentFailures: [],
      ...overrides,
    },
  };
}

describe('the admin page says whether jobordrer from Jobnet arrive', () => {
  it('when STAR is not set up, then the admin is told what to configure', () => {
    const view = starStatusView({ configured: false, inbox: null }, 'da');
    assert.equal(view.intent, 'info');
    assert.match(view.lines.join(' '), /STAR_API_URL/);
  });

  it('when no message has come yet, then the admin reads that Kontaktspor waits for STAR', () => {
    assert.equal(starStatusView(inbox(), 'en').title, 'No jobordrer from STAR yet');
  });

  it('when messages were processed, then the counts and the last message time are shown', () => {
    const view = starStatusView(inbox({ done: 200, skipped: 3, lastReceivedAt: '2026-12-02T09:00:00.000Z' }), 'da');
    assert.equal(view.intent, 'success');
    assert.equal(view.lines[0], '200 behandlet · 0 i kø · 3 sprunget over · 0 fejlet');
    assert.match(view.lines[1]!, /^Seneste besked: /);
  });

  it('when a jobordre was dead-lettered, then it is an error naming the jobordre, the code and the attempts', () => {
    const view = starStatusView(
      inbox({
        done: 4,
        dead: 1,
        recentFailures: [{ jobordreId: 'j-1', errorCode: 'NOT_FOUND', attempts: 1, at: '2026-12-02T09:00:00.000Z' }],
      }),
      'en',
    );
    assert.equal(view.intent, 'error');
    assert.match(view.failures[0]!.line, /^Jobordre j-1: NOT_FOUND after 1 attempts/);
  });
});

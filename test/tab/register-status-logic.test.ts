import assert from 'node:assert/strict';
import { registerStatusView } from '../../tab/src/admin/register-status-logic.js';
import type { RegisterSyncStatus } from '../../web-shared/api-types.js';

function status(overrides: Partial<RegisterSyncStatus> = {}): RegisterSyncStatus {
  return {
    municipalityCode: '265',
    source: 'distribution',
    importCompletedAt: '2026-11-01T03:00:00.000Z',
    lastSuccessAt: '2026-12-01T03:00:00.000Z',
    lastAttemptAt: '2026-12-01T03:00:00.000Z',
    failures: 0,
    lastErrorCode: null,
    notice: null,
    ...overrides,
  };
}

describe('the admin page says how the CVR register sync is doing', () => {
  it('when the sync keeps failing, then the admin reads an error with how many attempts failed and that the last data stays', () => {
    const view = registerStatusView(
      status({
        notice: 'failing',
        failures: 3,
        lastErrorCode: 'REGISTER_UNAVAILABLE',
        lastAttemptAt: '2026-12-02T09:00:00.000Z',
      }),
      'da',
    );
    assert.equal(view.intent, 'error');
    assert.equal(view.title, 'CVR-registret kunne ikke læses');
    assert.match(view.lines[0]!, /3 forsøg i træk er fejlet \(REGISTER_UNAVAILABLE\)/);
    assert.match(view.lines.join(' '), /Sidst hentet:/);
  });

  it('when no import has run, then the admin is told how to run one', () => {
    const view = registerStatusView(
      status({ notice: 'never_imported', importCompletedAt: null, lastSuccessAt: null }),
      'da',
    );
    assert.equal(view.intent, 'warning');
    assert.match(view.lines[0]!, /npm run cvr:import/);
  });

  it('when all is well, then a calm line with the municipality, in English by locale', () => {
    const view = registerStatusView(status(), 'en');
    assert.deepEqual([view.intent, view.title], ['success', 'Companies follow the CVR register']);
    assert.equal(view.lines[0], 'Municipality: 265');
  });

  it('when no register is configured, then the admin is pointed to the settings', () => {
    assert.match(registerStatusView(status({ notice: 'not_configured' }), 'da').lines[0]!, /CVR_MUNICIPALITY/);
  });
});

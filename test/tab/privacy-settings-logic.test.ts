import assert from 'node:assert/strict';
import { parsePrivacySettings, settingsForm } from '../../tab/src/admin/privacy-settings-logic.js';

const DEFAULTS = { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 5, auditRetentionDays: 183 };

describe('privacy settings form logic (tab/src/privacy-settings-logic.ts)', () => {
  it('when the settings are loaded, changed and saved, then the body carries the four whole numbers', () => {
    const form = { ...settingsForm(DEFAULTS), retentionYears: ' 3 ', auditRetentionDays: '365' };
    assert.deepEqual(parsePrivacySettings(form, 'da'), {
      ok: true,
      settings: { ...DEFAULTS, retentionYears: 3, auditRetentionDays: 365 },
    });
  });

  it('when a field is empty, a fraction, negative, zero or too large, then that field says the range in its unit', () => {
    const checked = parsePrivacySettings(
      { summaryAfterDays: '', metadataAfterDays: '1.5', retentionYears: '101', auditRetentionDays: '-1' },
      'da',
    );
    assert.deepEqual(checked.ok ? null : checked.errors, {
      summaryAfterDays: 'Skriv et helt antal dage fra 1 til 36500.',
      metadataAfterDays: 'Skriv et helt antal dage fra 1 til 36500.',
      retentionYears: 'Skriv et helt antal år fra 1 til 100.',
      auditRetentionDays: 'Skriv et helt antal dage fra 1 til 36500.',
    });
    const zero = parsePrivacySettings({ ...settingsForm(DEFAULTS), retentionYears: '0' }, 'en');
    assert.deepEqual(zero.ok ? null : zero.errors, { retentionYears: 'Enter a whole number of years from 1 to 100.' });
  });

  it('when subject and summary would go before the excerpt, then the form refuses it as the service would', () => {
    const checked = parsePrivacySettings(
      { ...settingsForm(DEFAULTS), summaryAfterDays: '120', metadataAfterDays: '100' },
      'da',
    );
    assert.deepEqual(checked.ok ? null : checked.errors, {
      metadataAfterDays: 'Emne og resumé kan ikke fjernes før uddraget: skriv mindst 120 dage.',
    });
    assert.equal(
      parsePrivacySettings({ ...settingsForm(DEFAULTS), summaryAfterDays: '100', metadataAfterDays: '100' }, 'da').ok,
      true,
    );
  });
});

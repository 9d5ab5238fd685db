/** Admins: the four ages at which text decays and rows are deleted, with their units and checks. */
import { useEffect, useId, useRef } from 'react';
import { Body1, Field, Input, Spinner, Subtitle2 } from '@fluentui/react-components';
import { ActionResult } from '../common/action-result.js';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import {
  PRIVACY_FIELDS,
  parsePrivacySettings,
  settingsForm,
  type PrivacySettingsForm,
} from './privacy-settings-logic.js';
import { SubmitButton } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { PrivacySettings } from '../../../web-shared/api-types.js';
import { toFailure } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

export function PrivacySettingsForm() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const loaded = useLoad<PrivacySettings>('privacy-settings', (signal) => api.privacySettings(signal));
  const formRef = useRef<HTMLFormElement>(null);
  const {
    values: form,
    setValues: setForm,
    errors,
    saving,
    failure,
    notice,
    submit,
  } = useFormSubmit({
    initial: null as PrivacySettingsForm | null,
    // The form shows (and can be submitted) only once the settings have loaded.
    validate: (current) => parsePrivacySettings(current!, lang),
    onInvalid: (refused) => {
      // Focus the first field the check refused, so its message is read with it.
      const first = PRIVACY_FIELDS.find((field) => refused[field.key]);
      formRef.current?.querySelector<HTMLInputElement>(`[data-testid="privacy-${first?.key}"]`)?.focus();
    },
    save: async ({ settings }) => {
      const saved = await api.savePrivacySettings(settings);
      return { values: settingsForm(saved), notice: t.privacySettings.saved };
    },
    toFailure,
  });

  useEffect(() => {
    if (loaded.data) setForm(settingsForm(loaded.data));
  }, [loaded.data]);

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="privacy-settings">
      <Subtitle2 as="h2" id={headingId}>
        {t.privacySettings.title}
      </Subtitle2>
      <Body1>{t.privacySettings.intro}</Body1>
      {loaded.status === 'loading' && !form && <Spinner size="small" label={t.loading} />}
      {loaded.status === 'failed' && !form && <ErrorBanner error={loaded.error} onRetry={loaded.reload} />}
      {form && (
        <form
          ref={formRef}
          className={shared.form}
          aria-labelledby={headingId}
          onSubmit={submit}
          noValidate
          data-testid="privacy-settings-form"
        >
          {PRIVACY_FIELDS.map((field) => {
            const words = t.privacySettings.fields[field.key];
            return (
              <Field
                key={field.key}
                label={`${words.label} (${words.unit})`}
                hint={words.hint}
                validationMessage={errors[field.key]}
                required
              >
                <Input
                  type="number"
                  inputMode="numeric"
                  min={field.min}
                  max={field.max}
                  step={1}
                  value={form[field.key]}
                  onChange={(_, d) => setForm((current) => (current ? { ...current, [field.key]: d.value } : current))}
                  contentAfter={<span aria-hidden="true">{words.unit}</span>}
                  data-testid={`privacy-${field.key}`}
                />
              </Field>
            );
          })}
          <SubmitButton
            busy={saving}
            label={t.privacySettings.save}
            busyLabel={t.privacySettings.saving}
            testId="privacy-settings-save"
          />
          <ActionResult text={notice} testId="privacy-settings-result" />
          {failure && <ErrorBanner error={failure} testId="privacy-settings-error" />}
        </form>
      )}
    </section>
  );
}

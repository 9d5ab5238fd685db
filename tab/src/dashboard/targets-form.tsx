/** "Mål" (admins only): set a target per sub-goal and period for the section the dashboard shows. */
import { useId } from 'react';
import { Body1, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import { METRICS, metricDefinition, parseTargetForm, targetInput, type TargetFormValues } from './kpi-logic.js';
import { SubmitButton } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import type { KpiMetric, KpiTarget } from '../../../web-shared/api-types.js';
import { toFailure } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

export function TargetsForm({
  sectionId,
  sectionLabel,
  targets,
  onSaved,
}: {
  sectionId: string | null;
  sectionLabel: string;
  targets: readonly KpiTarget[];
  onSaved: () => void;
}) {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const form = useFormSubmit({
    initial: (): TargetFormValues => ({
      metric: 'samarbejdsgrad',
      period: String(new Date().getFullYear()),
      value: '',
    }),
    validate: (current: TargetFormValues) => parseTargetForm(current, sectionId, lang),
    save: async ({ target }) => {
      await api.setKpiTargets([target]);
      onSaved();
      return { notice: t.targets.saved };
    },
    toFailure,
  });
  const { values, errors, saving, failure, notice, submit } = form;
  const definition = metricDefinition(values.metric)!;

  // Choosing a metric and period shows the target already set, if any.
  function set(patch: Partial<TargetFormValues>) {
    form.setNotice(null);
    form.setValues((current) => {
      const next = { ...current, ...patch };
      if (patch.metric !== undefined || patch.period !== undefined) {
        const existing = targets.find(
          (target) => target.metric === next.metric && target.period === next.period.trim(),
        );
        const def = metricDefinition(next.metric);
        next.value = existing && def ? targetInput(def, existing.value) : '';
      }
      return next;
    });
  }

  const valueLabel =
    definition.unit === 'percent'
      ? t.targets.valuePercent
      : definition.unit === 'days'
        ? t.targets.valueDays
        : t.targets.valueCount;
  return (
    <form className={shared.form} aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="targets-form">
      <Subtitle2 as="h2" id={headingId}>
        {t.targets.title}
      </Subtitle2>
      <Body1>{t.targets.intro}</Body1>
      <Body1 data-testid="target-applies-to">{t.targets.appliesTo(sectionLabel)}</Body1>
      <Field label={t.targets.metric}>
        <Select
          value={values.metric}
          onChange={(_, d) => set({ metric: d.value as KpiMetric })}
          data-testid="target-metric"
        >
          {METRICS.map((metric) => (
            <option key={metric.key} value={metric.key}>
              {t.metrics[metric.key].label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={shared.row}>
        <Field label={t.targets.period} validationMessage={errors.period}>
          <Input value={values.period} onChange={(_, d) => set({ period: d.value })} data-testid="target-period" />
        </Field>
        <Field label={valueLabel} validationMessage={errors.value}>
          <Input
            inputMode="decimal"
            value={values.value}
            onChange={(_, d) => set({ value: d.value })}
            data-testid="target-value"
          />
        </Field>
      </div>
      {failure && <ErrorBanner error={failure} />}
      {notice && <SuccessBanner text={notice} testId="target-saved" />}
      <SubmitButton busy={saving} label={t.targets.save} busyLabel={t.targets.saving} testId="target-save" />
    </form>
  );
}

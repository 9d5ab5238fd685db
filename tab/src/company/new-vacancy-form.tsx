/** "Ny jobordre": a new vacancy for the company, in the user's own section. */
import { useId } from 'react';
import { Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import { validateVacancyForm, type VacancyFormValues } from './company-logic.js';
import { SubmitButton } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import { toFailure } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

const EMPTY: VacancyFormValues = { title: '', positions: '1', deadline: '' };

export function NewVacancyForm({ companyId, onCreated }: { companyId: string; onCreated: () => void }) {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api, directory } = useTab();
  const headingId = useId();
  const { values, errors, saving, failure, notice, set, submit } = useFormSubmit({
    initial: EMPTY,
    validate: (current: VacancyFormValues) => validateVacancyForm(companyId, current, lang),
    save: async ({ body }) => {
      const created = await api.createVacancy({ ...body, sectionId: directory.me.section?.id ?? null });
      onCreated();
      return { values: EMPTY, notice: t.vacancies.created(created.title) };
    },
    toFailure,
  });

  return (
    <form className={shared.form} aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="vacancy-form">
      <Subtitle2 as="h3" id={headingId}>
        {t.vacancies.createTitle}
      </Subtitle2>
      <Field label={t.vacancies.jobTitle} validationMessage={errors.title} required>
        <Input value={values.title} onChange={(_, d) => set({ title: d.value })} data-testid="vacancy-title" />
      </Field>
      <div className={shared.row}>
        <Field label={t.vacancies.positions} validationMessage={errors.positions}>
          <Input
            type="number"
            min={1}
            value={values.positions}
            onChange={(_, d) => set({ positions: d.value })}
            data-testid="vacancy-positions"
          />
        </Field>
        <Field label={t.vacancies.deadline} validationMessage={errors.deadline}>
          <Input
            type="date"
            value={values.deadline}
            onChange={(_, d) => set({ deadline: d.value })}
            data-testid="vacancy-deadline"
          />
        </Field>
      </div>
      {failure && <ErrorBanner error={failure} />}
      {notice && <SuccessBanner text={notice} testId="vacancy-created" />}
      <SubmitButton busy={saving} label={t.vacancies.create} busyLabel={t.vacancies.creating} testId="vacancy-create" />
    </form>
  );
}

/** "Stamdata": edit the company's name, CVR, P-numbers, domains, address, responsible consultant and flags. */
import { useId, useState } from 'react';
import { Checkbox, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import { CompanyPlaceFields } from './company-fields.js';
import { companyForm, validateCompanyForm, type CompanyFormValues } from './company-logic.js';
import { ChoiceSelect, SubmitButton, staffChoices } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import type { Company } from '../../../web-shared/api-types.js';
import { toFailure } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

export function CompanyEditForm({ company, onSaved }: { company: Company; onSaved: () => void }) {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api, directory } = useTab();
  const headingId = useId();
  const [original, setOriginal] = useState(company);
  const form = useFormSubmit({
    initial: () => companyForm(company),
    validate: (current: CompanyFormValues) => validateCompanyForm(original, current, lang),
    nothingToSend: ({ patch }) => (Object.keys(patch).length === 0 ? t.edit.nothing : null),
    save: async ({ patch }) => {
      const saved = await api.updateCompany(company.id, patch);
      setOriginal(saved);
      onSaved();
      return { values: companyForm(saved), notice: t.edit.saved };
    },
    toFailure,
  });
  const { values, errors, saving, failure, notice, submit } = form;
  const set = (patch: Partial<CompanyFormValues>) => {
    form.setNotice(null);
    form.set(patch);
  };

  return (
    <form className={shared.form} aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="edit-form">
      <Subtitle2 as="h2" id={headingId}>
        {t.edit.title}
      </Subtitle2>
      <Field label={t.edit.name} validationMessage={errors.name} required>
        <Input value={values.name} onChange={(_, d) => set({ name: d.value })} data-testid="edit-name" />
      </Field>
      <Field label={t.edit.cvr} validationMessage={errors.cvr}>
        <Input
          value={values.cvr}
          onChange={(_, d) => set({ cvr: d.value })}
          inputMode="numeric"
          data-testid="edit-cvr"
        />
      </Field>
      <CompanyPlaceFields values={values} errors={errors} set={set} testIdPrefix="edit" />
      <ChoiceSelect
        label={t.edit.responsible}
        value={values.responsibleStaffId}
        onChange={(id) => set({ responsibleStaffId: id ?? '' })}
        none={t.edit.none}
        choices={staffChoices(directory.staff)}
        testId="edit-responsible"
      />
      <Checkbox
        label={t.edit.blockade}
        checked={values.blockade}
        onChange={(_, d) => set({ blockade: d.checked === true })}
        data-testid="edit-blockade"
      />
      <Checkbox
        label={t.edit.doNotContact}
        checked={values.doNotContact}
        onChange={(_, d) => set({ doNotContact: d.checked === true })}
        data-testid="edit-do-not-contact"
      />
      {failure && <ErrorBanner error={failure} />}
      {notice && <SuccessBanner text={notice} testId="edit-saved" />}
      <SubmitButton busy={saving} label={t.edit.save} busyLabel={t.edit.saving} testId="edit-save" />
    </form>
  );
}

/** The fields the edit form and "Opret uden CVR" share: P-numbers, domains, address, postcode and city. */
import { Field, Input, Textarea } from '@fluentui/react-components';
import { useStrings } from '../common/strings-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { CompanyFormErrors } from './company-logic.js';

export interface CompanyPlaceValues {
  pNumbers: string;
  domains: string;
  address: string;
  postcode: string;
  city: string;
}

/** `testIdPrefix`-pnumbers, -domains, -address, -postcode, -city. */
export function CompanyPlaceFields({
  values,
  errors,
  set,
  testIdPrefix,
}: {
  values: CompanyPlaceValues;
  errors: CompanyFormErrors;
  set: (patch: Partial<CompanyPlaceValues>) => void;
  testIdPrefix: string;
}) {
  const { t } = useStrings();
  const shared = useSharedStyles();
  return (
    <>
      <Field label={t.edit.pNumbers} validationMessage={errors.pNumbers}>
        <Textarea
          value={values.pNumbers}
          onChange={(_, d) => set({ pNumbers: d.value })}
          rows={3}
          data-testid={`${testIdPrefix}-pnumbers`}
        />
      </Field>
      <Field label={t.edit.domains} hint={t.edit.domainsHint} validationMessage={errors.domains}>
        <Textarea
          value={values.domains}
          onChange={(_, d) => set({ domains: d.value })}
          rows={3}
          data-testid={`${testIdPrefix}-domains`}
        />
      </Field>
      <Field label={t.edit.address}>
        <Input
          value={values.address}
          onChange={(_, d) => set({ address: d.value })}
          data-testid={`${testIdPrefix}-address`}
        />
      </Field>
      <div className={shared.row}>
        <Field label={t.edit.postcode} validationMessage={errors.postcode}>
          <Input
            value={values.postcode}
            onChange={(_, d) => set({ postcode: d.value })}
            inputMode="numeric"
            data-testid={`${testIdPrefix}-postcode`}
          />
        </Field>
        <Field label={t.edit.city}>
          <Input value={values.city} onChange={(_, d) => set({ city: d.value })} data-testid={`${testIdPrefix}-city`} />
        </Field>
      </div>
    </>
  );
}

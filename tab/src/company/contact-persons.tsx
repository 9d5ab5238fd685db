/** The company's contact persons: the list, and a form to add one (also teaches the add-in whose address it is). */
import { useId } from 'react';
import { Caption1, Field, Input, Subtitle2, Text } from '@fluentui/react-components';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import { validateContactForm, type ContactFormValues } from './company-logic.js';
import { orDash } from '../common/format-logic.js';
import { SubmitButton } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import { LoadStatus } from '../common/load-status.js';
import type { ContactPerson } from '../../../web-shared/api-types.js';
import { toFailure } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

const EMPTY: ContactFormValues = { email: '', name: '', phone: '', title: '' };

export function ContactPersons({ companyId }: { companyId: string }) {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const formHeadingId = useId();
  const list = useLoad<ContactPerson[]>(companyId, (signal) => api.contacts(companyId, signal));
  const { values, errors, saving, failure, notice, set, submit } = useFormSubmit({
    initial: EMPTY,
    validate: (current: ContactFormValues) => validateContactForm(current, lang),
    save: async ({ body }) => {
      const result = await api.addContact(companyId, body);
      list.reload();
      return { values: EMPTY, notice: result.movedFrom ? `${t.contacts.added} ${t.contacts.moved}` : t.contacts.added };
    },
    toFailure,
  });

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="contacts">
      <Subtitle2 as="h2" id={headingId}>
        {t.contacts.title}
      </Subtitle2>
      <LoadStatus load={list} empty={t.contacts.empty} emptyTestId="contacts-empty" />
      {list.data && list.data.length > 0 && (
        <ul className={shared.list} aria-label={t.contacts.title}>
          {list.data.map((person) => (
            <li key={person.id} data-testid="contact-person" data-contact-id={person.id}>
              <Text weight="semibold">{orDash(person.name)}</Text>
              {person.title && <Caption1 className={shared.meta}> · {person.title}</Caption1>}
              <br />
              <Caption1 className={shared.text}>
                {[person.email, person.phone].filter(Boolean).join(' · ') || t.dash}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      <form
        className={shared.form}
        aria-labelledby={formHeadingId}
        onSubmit={submit}
        noValidate
        data-testid="contact-form"
      >
        <Subtitle2 as="h3" id={formHeadingId}>
          {t.contacts.addTitle}
        </Subtitle2>
        <Field label={t.contacts.email} validationMessage={errors.email} required>
          <Input
            type="email"
            value={values.email}
            onChange={(_, d) => set({ email: d.value })}
            data-testid="contact-email"
          />
        </Field>
        <Field label={t.contacts.name}>
          <Input value={values.name} onChange={(_, d) => set({ name: d.value })} data-testid="contact-name" />
        </Field>
        <div className={shared.row}>
          <Field label={t.contacts.phone} validationMessage={errors.phone}>
            <Input
              type="tel"
              value={values.phone}
              onChange={(_, d) => set({ phone: d.value })}
              data-testid="contact-phone"
            />
          </Field>
          <Field label={t.contacts.jobTitle}>
            <Input value={values.title} onChange={(_, d) => set({ title: d.value })} data-testid="contact-title" />
          </Field>
        </div>
        {failure && <ErrorBanner error={failure} />}
        {notice && <SuccessBanner text={notice} testId="contact-added" />}
        <SubmitButton busy={saving} label={t.contacts.add} busyLabel={t.contacts.adding} testId="contact-add" />
      </form>
    </section>
  );
}

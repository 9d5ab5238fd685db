/** The log form: topics, an editable summary, visibility, and optionally a vacancy; validated before sending. */
import { useId, useState, type FormEvent } from 'react';
import {
  Body1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Topic, Visibility } from '../../web-shared/api-types.js';
import {
  EMPTY_VACANCY,
  initialVisibility,
  validateLogForm,
  visibilityHint,
  type LogFields,
  type LogFormErrors,
  type LogFormValues,
  type VacancyFields,
} from './log-request.js';
import { errorMessage } from './pane-failures.js';
import { useStrings } from './strings-context.js';
import { SensitiveNotice } from './sensitive-notice.js';
import type { PreviewState } from './use-pane-state.js';

const VISIBILITY_ORDER: Visibility[] = ['full', 'summary', 'subject', 'metadata'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  topics: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  vacancy: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
});

/** The submit button is the footer's LogButton (pane-footer.tsx), which names this form's `id`. */
export function LogForm({
  id,
  companyId,
  companyName,
  topics,
  preview,
  onSubmit,
}: {
  id: string;
  companyId: string;
  companyName: string;
  topics: Topic[];
  preview: Exclude<PreviewState, { status: 'loading' }>;
  onSubmit: (fields: LogFields) => void;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const topicsLegendId = useId();
  const loaded = preview.status === 'ready' ? preview.preview : null;
  const [values, setValues] = useState<Omit<LogFormValues, 'companyId'>>(() => ({
    topics: preview.status === 'ready' ? preview.suggestedTopics : [],
    summary: preview.status === 'ready' ? preview.draft : '',
    visibility: initialVisibility(loaded),
    isVacancy: false,
    vacancy: EMPTY_VACANCY,
  }));
  const [errors, setErrors] = useState<LogFormErrors>({});
  // The notice below explains a sensitive finding in full; the one-line hint covers the rest.
  const hint = loaded?.sensitive ? null : visibilityHint(loaded, lang);

  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const setVacancy = (patch: Partial<VacancyFields>) =>
    setValues((v) => ({ ...v, vacancy: { ...v.vacancy, ...patch } }));
  const toggleTopic = (key: string, on: boolean) =>
    setValues((v) => ({ ...v, topics: on ? [...v.topics, key] : v.topics.filter((k) => k !== key) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateLogForm({ ...values, companyId }, lang);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onSubmit(checked.fields);
  }

  const fieldError = (field: keyof LogFormErrors) =>
    errors[field] ? { validationState: 'error' as const, validationMessage: errors[field] } : {};

  const summaryHints = [
    t.summaryHint,
    preview.status === 'failed' ? t.previewFailed + errorMessage(preview.error, lang) : null,
    loaded?.cprFound ? t.cprHint : null,
  ].filter(Boolean);

  return (
    <form
      id={id}
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      data-testid="log-form"
    >
      <Subtitle2 as="h2" id={headingId}>
        {t.formTitle}
      </Subtitle2>
      <Body1 data-testid="log-company">
        {t.companyLabel}: <Text weight="semibold">{companyName}</Text>
      </Body1>

      <fieldset className={styles.fieldset} aria-labelledby={topicsLegendId} data-testid="topic-options">
        <legend className={styles.legend} id={topicsLegendId}>
          {t.topics}
        </legend>
        <div className={styles.topics}>
          {topics.map((topic) => (
            <Checkbox
              key={topic.key}
              label={topic[lang]}
              checked={values.topics.includes(topic.key)}
              onChange={(_, data) => toggleTopic(topic.key, data.checked === true)}
              data-testid="topic-option"
              data-topic={topic.key}
            />
          ))}
        </div>
        {errors.topics && <Text className={styles.error}>{errors.topics}</Text>}
      </fieldset>

      <Field label={t.summary} hint={summaryHints.join(' ')}>
        <Textarea
          data-testid="summary-field"
          value={values.summary}
          onChange={(_, data) => set({ summary: data.value })}
          resize="vertical"
          rows={5}
          maxLength={4000}
        />
      </Field>

      <SensitiveNotice finding={loaded?.sensitive} />
      <Field label={t.visibilityLabel} hint={hint ? <span data-testid="visibility-hint">{hint}</span> : undefined}>
        <RadioGroup
          data-testid="visibility-field"
          value={values.visibility}
          onChange={(_, data) => set({ visibility: data.value as Visibility })}
        >
          {VISIBILITY_ORDER.map((tier) => (
            <Radio key={tier} value={tier} label={t.visibility[tier]} data-testid={`visibility-${tier}`} />
          ))}
        </RadioGroup>
      </Field>

      <Switch
        data-testid="vacancy-switch"
        label={t.vacancySwitch}
        checked={values.isVacancy}
        onChange={(_, data) => set({ isVacancy: data.checked })}
      />
      {values.isVacancy && (
        <div className={styles.vacancy} data-testid="vacancy-fields">
          <Field label={t.vacancyTitle} required {...fieldError('title')}>
            <Input
              data-testid="vacancy-title"
              value={values.vacancy.title}
              maxLength={200}
              onChange={(_, d) => setVacancy({ title: d.value })}
            />
          </Field>
          <Field label={t.vacancyPositions} {...fieldError('positions')}>
            <Input
              data-testid="vacancy-positions"
              type="number"
              min={1}
              max={10000}
              step={1}
              value={values.vacancy.positions}
              onChange={(_, d) => setVacancy({ positions: d.value })}
            />
          </Field>
          <Field label={t.vacancyDeadline} {...fieldError('deadline')}>
            <Input
              data-testid="vacancy-deadline"
              type="date"
              value={values.vacancy.deadline}
              onChange={(_, d) => setVacancy({ deadline: d.value })}
            />
          </Field>
          <Field label={t.vacancyLocation}>
            <Input
              data-testid="vacancy-location"
              value={values.vacancy.location}
              maxLength={200}
              onChange={(_, d) => setVacancy({ location: d.value })}
            />
          </Field>
          <Field label={t.vacancyPostcode} {...fieldError('postcode')}>
            <Input
              data-testid="vacancy-postcode"
              inputMode="numeric"
              maxLength={4}
              value={values.vacancy.postcode}
              onChange={(_, d) => setVacancy({ postcode: d.value })}
            />
          </Field>
        </div>
      )}
      {errors.company && <Text className={styles.error}>{errors.company}</Text>}
    </form>
  );
}

/** "Log kontakt": a call, visit or note by hand, with topics, a summary and what colleagues may read. */
import { useId } from 'react';
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import { TopicCheckboxes } from '../common/form-fields.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { emptyLogForm, validateLogForm, type LogFormValues } from './timeline-logic.js';
import { useSharedStyles } from '../common/ui.js';
import type { Interaction, Visibility } from '../../../web-shared/api-types.js';
import { toFailure } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';

const VISIBILITIES: readonly Visibility[] = ['full', 'summary', 'subject', 'metadata'];
const KINDS: readonly LogFormValues['kind'][] = ['call', 'visit', 'note'];

const useStyles = makeStyles({
  topics: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function LogContactForm({
  companyId,
  onLogged,
  onClose,
}: {
  companyId: string;
  onLogged: (item: Interaction) => void;
  onClose: () => void;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const topicsErrorId = useId();
  const { values, errors, saving, failure, set, submit } = useFormSubmit({
    initial: emptyLogForm,
    validate: (current: LogFormValues) => validateLogForm(current, new Date(), lang),
    save: async ({ body }) => {
      const item = await api.logContact(companyId, body);
      onLogged(item);
      return { values: emptyLogForm() };
    },
    toFailure,
  });

  return (
    <form className={shared.form} aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="log-form">
      <Subtitle2 as="h3" id={headingId}>
        {t.log.title}
      </Subtitle2>
      <Field label={t.log.kind}>
        <RadioGroup
          layout="horizontal"
          value={values.kind}
          onChange={(_, d) => set({ kind: d.value as LogFormValues['kind'] })}
        >
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t.kinds[kind]} data-testid={`log-kind-${kind}`} />
          ))}
        </RadioGroup>
      </Field>
      <div className={shared.row}>
        <Field label={t.log.occurredAt} validationMessage={errors.occurredAt}>
          <Input
            type="datetime-local"
            value={values.occurredAt}
            onChange={(_, d) => set({ occurredAt: d.value })}
            data-testid="log-occurred-at"
          />
        </Field>
        <Field label={t.log.direction}>
          <Select
            value={values.direction}
            onChange={(_, d) => set({ direction: d.value as LogFormValues['direction'] })}
            data-testid="log-direction"
          >
            <option value="">{t.log.directionNone}</option>
            <option value="inbound">{t.log.directionInbound}</option>
            <option value="outbound">{t.log.directionOutbound}</option>
          </Select>
        </Field>
      </div>
      <Field label={t.log.subject} validationMessage={errors.subject}>
        <Input
          value={values.subject}
          onChange={(_, d) => set({ subject: d.value })}
          maxLength={300}
          data-testid="log-subject"
        />
      </Field>
      <Field label={t.log.summary} hint={t.log.summaryHint} validationMessage={errors.summary} required>
        <Textarea
          value={values.summary}
          onChange={(_, d) => set({ summary: d.value })}
          rows={4}
          resize="vertical"
          data-testid="log-summary"
        />
      </Field>
      <TopicCheckboxes
        legend={t.log.topics}
        selected={values.topics}
        onChange={(topics) => set({ topics })}
        className={styles.topics}
        legendClassName={styles.legend}
        describedBy={errors.topics ? topicsErrorId : undefined}
      />
      {errors.topics && (
        <span id={topicsErrorId} role="alert">
          {errors.topics}
        </span>
      )}
      <Field label={t.log.visibility}>
        <Select
          value={values.visibility}
          onChange={(_, d) => set({ visibility: d.value as Visibility })}
          data-testid="log-visibility"
        >
          {VISIBILITIES.map((tier) => (
            <option key={tier} value={tier}>
              {t.visibility[tier]}
            </option>
          ))}
        </Select>
      </Field>
      {failure && <ErrorBanner error={failure} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving} data-testid="log-submit">
          {saving ? t.log.saving : t.log.submit}
        </Button>
        <Button type="button" onClick={onClose} data-testid="log-cancel">
          {t.log.cancel}
        </Button>
      </div>
    </form>
  );
}

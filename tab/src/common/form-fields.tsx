/** Form fields several pages share: one choice from a list (or none), the topics as checkboxes, the submit button. */
import { Button, Checkbox, Field, Select } from '@fluentui/react-components';
import type { Lang } from './i18n.js';
import { useStrings } from './strings-context.js';
import { useTab } from '../shell/tab-context.js';
import type { Section, StaffMember, Topic } from '../../../web-shared/api-types.js';

export interface Choice {
  value: string;
  label: string;
}

export const sectionChoices = (sections: readonly Section[]): Choice[] =>
  sections.map((section) => ({ value: section.id, label: section.name }));
export const staffChoices = (staff: readonly StaffMember[]): Choice[] =>
  staff.map((member) => ({ value: member.id, label: member.name }));
export const topicChoices = (topics: readonly Topic[], lang: Lang): Choice[] =>
  topics.map((topic) => ({ value: topic.key, label: topic[lang] }));

/** A labelled select whose first option, `none`, means no choice: `onChange` gets null for it. */
export function ChoiceSelect({
  label,
  value,
  onChange,
  none,
  choices,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  none: string;
  choices: readonly Choice[];
  testId: string;
}) {
  return (
    <Field label={label}>
      <Select value={value ?? ''} onChange={(_, d) => onChange(d.value || null)} data-testid={testId}>
        <option value="">{none}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The directory's topics as checkboxes in a fieldset; `onChange` gets the new selection. */
export function TopicCheckboxes({
  legend,
  selected,
  onChange,
  className,
  legendClassName,
  describedBy,
}: {
  legend: string;
  selected: readonly string[];
  onChange: (topics: string[]) => void;
  className: string;
  legendClassName: string;
  describedBy?: string;
}) {
  const { lang } = useStrings();
  const { directory } = useTab();
  return (
    <fieldset className={className} aria-describedby={describedBy}>
      <legend className={legendClassName}>{legend}</legend>
      {directory.topics.map((topic) => (
        <Checkbox
          key={topic.key}
          label={topic[lang]}
          checked={selected.includes(topic.key)}
          data-topic={topic.key}
          onChange={(_, d) =>
            onChange(d.checked ? [...selected, topic.key] : selected.filter((key) => key !== topic.key))
          }
        />
      ))}
    </fieldset>
  );
}

/** A form's submit button; while the request runs it is disabled and says so (`busyLabel`). */
export function SubmitButton({
  busy,
  label,
  busyLabel,
  testId,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  testId: string;
}) {
  return (
    <div>
      <Button type="submit" appearance="primary" disabled={busy} data-testid={testId}>
        {busy ? busyLabel : label}
      </Button>
    </div>
  );
}

/** Beside the visibility choice: why the service suggests metadata only for this item. */
import { makeStyles } from '@fluentui/react-components';
import { TitledNotice } from '../../web-shared/titled-notice.js';
import { sensitiveReasonLines, type SensitiveFinding } from './sensitive-reasons.js';
import { useStrings } from './strings-context.js';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: '1.2em' } });

export function SensitiveNotice({ finding }: { finding: SensitiveFinding | null | undefined }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const lines = sensitiveReasonLines(finding, lang);
  if (lines.length === 0) return null;
  return (
    <TitledNotice intent="warning" title={t.sensitiveTitle} testId="sensitive-notice">
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line} data-testid="sensitive-reason">
            {line}
          </li>
        ))}
      </ul>
      {t.sensitiveAdvice}
    </TitledNotice>
  );
}

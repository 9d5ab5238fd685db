/** "Fra CVR-registret": what the register says of the company, shown apart from what staff wrote. */
import { useId } from 'react';
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import {
  employeeIntervalText,
  formerNames,
  isTroubledStatus,
  pUnitMarks,
  registerStatusText,
  sortedPUnits,
} from './register-logic.js';
import { cardStyle } from '../common/card-style.js';
import { useStrings } from '../common/strings-context.js';
import { useSharedStyles } from '../common/ui.js';
import type { Company, RegisterFacts } from '../../../web-shared/api-types.js';
import { formatDateTime } from '../../../web-shared/format.js';

const useStyles = makeStyles({
  panel: cardStyle,
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
    '& dt': { color: tokens.colorNeutralForeground3 },
  },
  troubled: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  marks: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function RegisterPanel({ company, facts }: { company: Company; facts: RegisterFacts }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const r = t.register;
  const former = formerNames(facts, company.name);
  const industry = [facts.industryText, company.industryCode && `(${company.industryCode})`].filter(Boolean).join(' ');

  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid="register-panel">
      <Subtitle2 as="h2" id={headingId}>
        {r.title}
      </Subtitle2>
      <Caption1 className={shared.meta}>{r.hint}</Caption1>
      <dl className={styles.facts}>
        <dt>{r.status}</dt>
        <dd className={isTroubledStatus(facts.status) ? styles.troubled : undefined} data-testid="register-status">
          {registerStatusText(facts.status, lang)}
        </dd>
        <dt>{r.legalForm}</dt>
        <dd>{facts.legalForm ?? r.unknown}</dd>
        <dt>{r.employees}</dt>
        <dd data-testid="register-employees">{employeeIntervalText(facts.employeeInterval, lang)}</dd>
        <dt>{r.industry}</dt>
        <dd>{industry || r.unknown}</dd>
        <dt>{r.advertisingProtected}</dt>
        <dd data-testid="register-advertising">{facts.advertisingProtected ? r.advertisingProtectedYes : r.no}</dd>
        {former.length > 0 && (
          <>
            <dt>{r.formerNames}</dt>
            <dd data-testid="register-former-names">{former.join(', ')}</dd>
          </>
        )}
        <dt>{r.lastFetched}</dt>
        <dd data-testid="register-synced">{formatDateTime(facts.syncedAt, lang)}</dd>
      </dl>
      <Subtitle2 as="h3">{r.pUnits}</Subtitle2>
      {facts.pUnits.length === 0 ? (
        <Body1>{r.noPUnits}</Body1>
      ) : (
        <ul className={shared.list} data-testid="register-punits">
          {sortedPUnits(facts.pUnits).map((unit) => {
            const marks = pUnitMarks(unit, lang);
            const place = [unit.address, [unit.postcode, unit.city].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', ');
            return (
              <li key={unit.pNumber} data-testid="register-punit" data-pnumber={unit.pNumber}>
                <Body1>{[unit.pNumber, unit.name, place].filter(Boolean).join(' · ')}</Body1>
                {marks.length > 0 && <Caption1 className={styles.marks}> ({marks.join(', ')})</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

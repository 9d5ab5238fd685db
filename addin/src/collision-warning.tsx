/** "A colleague contacted this company in the last 14 days": so nobody calls it twice. */
import { makeStyles } from '@fluentui/react-components';
import type { RecentColleagueContact, Topic } from '../../web-shared/api-types.js';
import { collisionText } from '../../web-shared/collision-text.js';
import { TitledNotice } from '../../web-shared/titled-notice.js';
import { useStrings } from './strings-context.js';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: '1.2em' } });

export function CollisionWarning({
  contacts,
  topics,
  now,
}: {
  contacts: RecentColleagueContact[];
  topics: Topic[];
  now: Date;
}) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  if (contacts.length === 0) return null;
  return (
    <TitledNotice intent="warning" title={t.company.collisionTitle} testId="collision-warning">
      <ul className={styles.list}>
        {contacts.map((c, i) => (
          <li key={`${c.staffId}:${c.occurredAt}:${i}`} data-testid="collision-entry">
            {collisionText(c, topics, now, lang)}
          </li>
        ))}
      </ul>
    </TitledNotice>
  );
}

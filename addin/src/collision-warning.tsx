/** "A colleague contacted this company in the last 14 days": so nobody calls it twice. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { RecentColleagueContact, Topic } from '../../web-shared/api-types.js';
import { collisionText } from '../../web-shared/collision-text.js';
import { useStrings } from './strings-context.js';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: '1.2em' } });

export function CollisionWarning({ contacts, topics, now }: { contacts: RecentColleagueContact[]; topics: Topic[]; now: Date }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  if (contacts.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="collision-warning">
      <MessageBarBody>
        <MessageBarTitle>{t.company.collisionTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {contacts.map((c, i) => (
            <li key={`${c.staffId}:${c.occurredAt}:${i}`} data-testid="collision-entry">
              {collisionText(c, topics, now, lang)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

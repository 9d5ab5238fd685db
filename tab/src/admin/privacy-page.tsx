/** "Privatliv" (every user): what Kontaktspor keeps, and my own list of addresses and domains never logged. */
import { useId } from 'react';
import { Body1, Title2 } from '@fluentui/react-components';
import { NeverLogPanel } from './never-log-panel.js';
import { useStrings } from '../common/strings-context.js';
import { useSharedStyles } from '../common/ui.js';

export function PrivacyPage() {
  const { t } = useStrings();
  const shared = useSharedStyles();
  const headingId = useId();
  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="privacy-page">
      <Title2 as="h1" id={headingId}>
        {t.privacyPage.title}
      </Title2>
      <Body1>{t.privacyPage.intro}</Body1>
      <NeverLogPanel scope="user" />
    </section>
  );
}

/** Blockade/conflict and do-not-contact, shown first and loud: nobody should miss them. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from './strings-context.js';

export function CompanyFlags({ blockade, doNotContact }: { blockade: boolean; doNotContact: boolean }) {
  const { t } = useStrings();
  return (
    <>
      {blockade && (
        <MessageBar intent="error" layout="multiline" data-testid="flag-blockade">
          <MessageBarBody>
            <MessageBarTitle>{t.flagBlockadeTitle}</MessageBarTitle>
            {t.flagBlockade}
          </MessageBarBody>
        </MessageBar>
      )}
      {doNotContact && (
        <MessageBar intent="warning" layout="multiline" data-testid="flag-do-not-contact">
          <MessageBarBody>
            <MessageBarTitle>{t.flagDoNotContactTitle}</MessageBarTitle>
            {t.flagDoNotContact}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Blockade/conflict and do-not-contact, shown first and loud in both front ends: nobody should miss them. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { COMMON_WORDS } from './common-words.js';
import { useSharedStrings } from './strings-context.js';

export function CompanyFlags({ blockade, doNotContact }: { blockade: boolean; doNotContact: boolean }) {
  const t = COMMON_WORDS[useSharedStrings().lang].flags;
  return (
    <>
      {blockade && (
        <MessageBar intent="error" layout="multiline" data-testid="flag-blockade">
          <MessageBarBody>
            <MessageBarTitle>{t.blockadeTitle}</MessageBarTitle>
            {t.blockade}
          </MessageBarBody>
        </MessageBar>
      )}
      {doNotContact && (
        <MessageBar intent="warning" layout="multiline" data-testid="flag-do-not-contact">
          <MessageBarBody>
            <MessageBarTitle>{t.doNotContactTitle}</MessageBarTitle>
            {t.doNotContact}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Blockade/conflict and do-not-contact, shown first and loud in both front ends: nobody should miss them. */
import { COMMON_WORDS } from './common-words.js';
import { useSharedStrings } from './strings-context.js';
import { TitledNotice } from './titled-notice.js';

export function CompanyFlags({ blockade, doNotContact }: { blockade: boolean; doNotContact: boolean }) {
  const t = COMMON_WORDS[useSharedStrings().lang].flags;
  return (
    <>
      {blockade && (
        <TitledNotice intent="error" title={t.blockadeTitle} testId="flag-blockade">
          {t.blockade}
        </TitledNotice>
      )}
      {doNotContact && (
        <TitledNotice intent="warning" title={t.doNotContactTitle} testId="flag-do-not-contact">
          {t.doNotContact}
        </TitledNotice>
      )}
    </>
  );
}

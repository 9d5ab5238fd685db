/** The register status, blockade/conflict and do-not-contact, shown first and loud in both front ends: nobody should miss them. */
import { companyFlagNotices, type CompanyFlagState } from './company-flag-notices.js';
import { useSharedStrings } from './strings-context.js';
import { TitledNotice } from './titled-notice.js';

export function CompanyFlags(flags: CompanyFlagState) {
  const notices = companyFlagNotices(flags, useSharedStrings().lang);
  return (
    <>
      {notices.map((notice) => (
        <TitledNotice key={notice.testId} intent={notice.intent} title={notice.title} testId={notice.testId}>
          {notice.text}
        </TitledNotice>
      ))}
    </>
  );
}

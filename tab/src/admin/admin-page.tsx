/**
 * "Administration" (admins): the CVR register's sync, jobordrer from STAR, dead-lettered alerts, privacy settings, the jobcentre's never-log list,
 * data-subject requests and staff who share an email.
 * Others get a polite note; the service refuses them anyway.
 */
import { useId } from 'react';
import { Body1, Link, MessageBar, MessageBarBody, MessageBarTitle, Title2 } from '@fluentui/react-components';
import { DataSubjectPanel } from './data-subject-panel.js';
import { DeadLettersPanel } from './dead-letters-panel.js';
import { NeverLogPanel } from './never-log-panel.js';
import { PrivacySettingsForm } from './privacy-settings-form.js';
import { StaffClashesPanel } from './staff-clashes-panel.js';
import { RegisterStatusPanel } from './register-status-panel.js';
import { StarStatusPanel } from './star-status-panel.js';
import { SharedMailboxesPanel } from './shared-mailboxes-panel.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { useSharedStyles } from '../common/ui.js';

export function AdminPage() {
  const { t } = useStrings();
  const shared = useSharedStyles();
  const { directory } = useTab();
  const headingId = useId();
  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="admin-page">
      <Title2 as="h1" id={headingId}>
        {t.adminPage.title}
      </Title2>
      {directory.me.isAdmin ? (
        <>
          <Body1>{t.adminPage.intro}</Body1>
          <RegisterStatusPanel />
          <StarStatusPanel />
          <DeadLettersPanel />
          <SharedMailboxesPanel />
          <PrivacySettingsForm />
          <NeverLogPanel scope="tenant" />
          <DataSubjectPanel />
          <StaffClashesPanel />
        </>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="admin-only">
          <MessageBarBody>
            <MessageBarTitle>{t.adminPage.onlyAdmins}</MessageBarTitle>
            {t.adminPage.onlyAdminsHint} <Link href="#/privacy">{t.adminPage.toPrivacy}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

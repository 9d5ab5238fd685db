/** What the audit log records: every read, search, change and export of the shared history. */
export const AUDIT = {
  companySearch: 'company.search',
  companyRead: 'company.read',
  companyCreate: 'company.create',
  companyUpdate: 'company.update',
  contactAssign: 'contact.assign',
  historyRead: 'history.read',
  interactionCreate: 'interaction.create',
  contextRead: 'context.read',
  vacancyList: 'vacancy.list',
  vacancyCreate: 'vacancy.create',
  vacancyTransition: 'vacancy.transition',
  kpiRead: 'kpi.read',
  subscriptionCreate: 'subscription.create',
  subscriptionDelete: 'subscription.delete',
  conversationInstall: 'teams.install',
  conversationRemove: 'teams.uninstall',
  // Privacy by design (issue 11).
  historyExport: 'history.export',
  privacySettingsSet: 'privacy.settings.set',
  privacyMaintenance: 'privacy.maintenance',
  neverLogAdd: 'neverlog.add',
  neverLogRemove: 'neverlog.remove',
  neverLogPurge: 'neverlog.purge',
  dataSubjectExport: 'datasubject.export',
  dataSubjectErase: 'datasubject.erase',
  alertRetry: 'alert.retry',
  // issue 8: the "Kontaktspor" category
  mailboxWatch: 'mailbox.watch',
  mailboxUnwatch: 'mailbox.unwatch',
  // issue 17: shared mailboxes in the category flow
  sharedMailboxAdd: 'sharedmailbox.add',
  sharedMailboxRemove: 'sharedmailbox.remove',
  // issue 16: the CVR register
  registerLookup: 'register.search',
  companyMerge: 'company.merge',
} as const;

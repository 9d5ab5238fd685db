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
  // issue 8: the "Kontaktspor" category
  mailboxWatch: 'mailbox.watch',
  mailboxUnwatch: 'mailbox.unwatch',
} as const;

import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './db-schema.js';
import * as alerts from './alert-queries.js';
import * as audit from './audit-queries.js';
import * as companies from './company-queries.js';
import * as starInbox from './star-inbox-queries.js';
import * as companyMerge from './company-merge-queries.js';
import * as contacts from './contact-queries.js';
import * as dataSubject from './data-subject-queries.js';
import * as directory from './directory-queries.js';
import * as interactions from './interaction-queries.js';
import * as kpi from './kpi-queries.js';
import * as neverLog from './never-log-queries.js';
import * as privacy from './privacy-queries.js';
import * as register from './register-queries.js';
import * as staffIdentity from './staff-identity-queries.js';
import * as sharedMailboxes from './shared-mailbox-queries.js';
import * as tagging from './tagging-queries.js';
import * as teams from './teams-queries.js';
import * as vacancies from './vacancy-queries.js';
import type { Store } from '../../ports/store.js';

/**
 * The Store on Kysely: the same queries for PGlite and PostgreSQL. A facade only: each function
 * hands its db (or transaction) to the aggregate's query file, `*-queries.ts`.
 */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly inTransaction = false,
  ) {}

  async withTransaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.db.transaction().execute((tx: Transaction<Database>) => work(new KyselyStore(tx, true)));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // --- directory: staff, sections, topics --------------------------------------------------------

  findStaffByEmail: Store['findStaffByEmail'] = (tenantId, email) =>
    directory.findStaffByEmail(this.db, tenantId, email);
  findStaffByOid: Store['findStaffByOid'] = (tenantId, oid) => directory.findStaffByOid(this.db, tenantId, oid);
  listStaff: Store['listStaff'] = (tenantId, ids) => directory.listStaff(this.db, tenantId, ids);
  insertStaff: Store['insertStaff'] = (tenantId, staff) => directory.insertStaff(this.db, tenantId, staff);
  upsertStaffIdentity: Store['upsertStaffIdentity'] = (tenantId, identity) =>
    staffIdentity.upsertStaffIdentity(this.db, tenantId, identity);
  listStaffEmailClashes: Store['listStaffEmailClashes'] = (tenantId) =>
    staffIdentity.listStaffEmailClashes(this.db, tenantId);
  listSections: Store['listSections'] = (tenantId) => directory.listSections(this.db, tenantId);
  insertSection: Store['insertSection'] = (tenantId, section) => directory.insertSection(this.db, tenantId, section);
  listTopics: Store['listTopics'] = (tenantId) => directory.listTopics(this.db, tenantId);
  replaceTopics: Store['replaceTopics'] = (tenantId, topics) => directory.replaceTopics(this.db, tenantId, topics);

  // --- companies -----------------------------------------------------------------------------------

  searchCompaniesByName: Store['searchCompaniesByName'] = (tenantId, searchKey, limit) =>
    companies.searchCompaniesByName(this.db, tenantId, searchKey, limit);
  findCompaniesByCvrPrefix: Store['findCompaniesByCvrPrefix'] = (tenantId, digits, limit) =>
    companies.findCompaniesByCvrPrefix(this.db, tenantId, digits, limit);
  findCompaniesByPNumber: Store['findCompaniesByPNumber'] = (tenantId, pNumber, limit) =>
    companies.findCompaniesByPNumber(this.db, tenantId, pNumber, limit);
  findCompaniesByDomain: Store['findCompaniesByDomain'] = (tenantId, domain, limit) =>
    companies.findCompaniesByDomain(this.db, tenantId, domain, limit);
  listCompanies: Store['listCompanies'] = (tenantId, limit) => companies.listCompanies(this.db, tenantId, limit);
  getCompanySummaries: Store['getCompanySummaries'] = (tenantId, ids) =>
    companies.getCompanySummaries(this.db, tenantId, ids);
  getCompany: Store['getCompany'] = (tenantId, id) => companies.getCompany(this.db, tenantId, id);
  insertCompany: Store['insertCompany'] = (tenantId, company) => companies.insertCompany(this.db, tenantId, company);
  updateCompany: Store['updateCompany'] = (tenantId, id, patch) =>
    companies.updateCompany(this.db, tenantId, id, patch);
  findDomainHits: Store['findDomainHits'] = (tenantId, domains) => companies.findDomainHits(this.db, tenantId, domains);
  resolveCompanyId: Store['resolveCompanyId'] = (tenantId, id) => companyMerge.resolveCompanyId(this.db, tenantId, id);
  mergeCompanies: Store['mergeCompanies'] = (tenantId, survivorId, mergedId, actorId) =>
    companyMerge.mergeCompanies(this.db, tenantId, survivorId, mergedId, actorId);

  // --- the CVR register ------------------------------------------------------------------------------

  applyRegisterCompanies: Store['applyRegisterCompanies'] = (tenantId, rows, syncedAt) =>
    register.applyRegisterCompanies(this.db, tenantId, rows, syncedAt);
  getRegisterSync: Store['getRegisterSync'] = (tenantId) => register.getRegisterSync(this.db, tenantId);
  saveRegisterSync: Store['saveRegisterSync'] = (tenantId, state) =>
    register.saveRegisterSync(this.db, tenantId, state);

  // --- contact persons -----------------------------------------------------------------------------

  findContactsByEmails: Store['findContactsByEmails'] = (tenantId, emails) =>
    contacts.findContactsByEmails(this.db, tenantId, emails);
  listContacts: Store['listContacts'] = (tenantId, companyId) => contacts.listContacts(this.db, tenantId, companyId);
  insertContact: Store['insertContact'] = (tenantId, contact) => contacts.insertContact(this.db, tenantId, contact);
  assignContactEmail: Store['assignContactEmail'] = (tenantId, contact) =>
    contacts.assignContactEmail(this.db, tenantId, contact);

  // --- interactions ----------------------------------------------------------------------------------

  listInteractions: Store['listInteractions'] = (tenantId, companyId, filter, after, limit) =>
    interactions.listInteractions(this.db, tenantId, companyId, filter, after, limit);
  getInteractionEntry: Store['getInteractionEntry'] = (tenantId, id) =>
    interactions.getInteractionEntry(this.db, tenantId, id);
  countInteractionsByTopic: Store['countInteractionsByTopic'] = (tenantId, companyId, since) =>
    interactions.countInteractionsByTopic(this.db, tenantId, companyId, since);
  insertInteraction: Store['insertInteraction'] = (tenantId, interaction) =>
    interactions.insertInteraction(this.db, tenantId, interaction);
  addInteractionLogger: Store['addInteractionLogger'] = (tenantId, interactionId, staffId) =>
    interactions.addInteractionLogger(this.db, tenantId, interactionId, staffId);
  companyOfInteraction: Store['companyOfInteraction'] = (tenantId, interactionId) =>
    interactions.companyOfInteraction(this.db, tenantId, interactionId);
  findLoggedItem: Store['findLoggedItem'] = (tenantId, sourceKey) =>
    interactions.findLoggedItem(this.db, tenantId, sourceKey);

  // --- vacancies -------------------------------------------------------------------------------------

  listVacancies: Store['listVacancies'] = (tenantId, filter) => vacancies.listVacancies(this.db, tenantId, filter);
  getVacancyForUpdate: Store['getVacancyForUpdate'] = (tenantId, id) =>
    vacancies.getVacancyForUpdate(this.db, tenantId, id);
  insertVacancy: Store['insertVacancy'] = (tenantId, vacancy) => vacancies.insertVacancy(this.db, tenantId, vacancy);
  enqueueStarMessage: Store['enqueueStarMessage'] = (tenantId, message, now) =>
    starInbox.enqueueStarMessage(this.db, tenantId, message, now);
  claimStarMessages: Store['claimStarMessages'] = (tenantId, now, leaseUntil, limit) =>
    starInbox.claimStarMessages(this.db, tenantId, now, leaseUntil, limit);
  finishStarMessage: Store['finishStarMessage'] = (tenantId, id, outcome, now) =>
    starInbox.finishStarMessage(this.db, tenantId, id, outcome, now);
  retryStarMessage: Store['retryStarMessage'] = (tenantId, id, failure) =>
    starInbox.retryStarMessage(this.db, tenantId, id, failure);
  starInboxStatus: Store['starInboxStatus'] = (tenantId) => starInbox.starInboxStatus(this.db, tenantId);
  nextStarMessageDue: Store['nextStarMessageDue'] = (tenantId) => starInbox.nextStarMessageDue(this.db, tenantId);
  getVacancyByJobordreForUpdate: Store['getVacancyByJobordreForUpdate'] = (tenantId, jobordreId) =>
    vacancies.getVacancyByJobordreForUpdate(this.db, tenantId, jobordreId);
  updateVacancyFromJobnet: Store['updateVacancyFromJobnet'] = (tenantId, id, update) =>
    vacancies.updateVacancyFromJobnet(this.db, tenantId, id, update);
  updateVacancyStatus: Store['updateVacancyStatus'] = (tenantId, id, status, claimedBy) =>
    vacancies.updateVacancyStatus(this.db, tenantId, id, status, claimedBy);
  insertVacancyEvent: Store['insertVacancyEvent'] = (tenantId, event) =>
    vacancies.insertVacancyEvent(this.db, tenantId, event);
  listVacanciesPastDeadline: Store['listVacanciesPastDeadline'] = (tenantId, today, limit) =>
    vacancies.listVacanciesPastDeadline(this.db, tenantId, today, limit);
  listVacancyEvents: Store['listVacancyEvents'] = (tenantId, vacancyId) =>
    vacancies.listVacancyEvents(this.db, tenantId, vacancyId);

  // --- strategy metrics and audit ----------------------------------------------------------------

  kpiFacts: Store['kpiFacts'] = (tenantId, range, sectionId, cooperationTopics) =>
    kpi.kpiFacts(this.db, tenantId, range, sectionId, cooperationTopics);
  listKpiTargets: Store['listKpiTargets'] = (tenantId, sectionId) => kpi.listKpiTargets(this.db, tenantId, sectionId);
  upsertKpiTargets: Store['upsertKpiTargets'] = (tenantId, targets) => kpi.upsertKpiTargets(this.db, tenantId, targets);

  appendAudit: Store['appendAudit'] = (tenantId, entry) => audit.appendAudit(this.db, tenantId, entry);
  listAudit: Store['listAudit'] = (tenantId, options) => audit.listAudit(this.db, tenantId, options);

  // --- Teams: conversation references and channel subscriptions -------------------------------------

  saveConversationRef: Store['saveConversationRef'] = (tenantId, ref) =>
    teams.saveConversationRef(this.db, tenantId, ref);
  getConversationRef: Store['getConversationRef'] = (tenantId, conversationId) =>
    teams.getConversationRef(this.db, tenantId, conversationId);
  findPersonalConversationRef: Store['findPersonalConversationRef'] = (tenantId, userOid) =>
    teams.findPersonalConversationRef(this.db, tenantId, userOid);
  deleteConversationRefs: Store['deleteConversationRefs'] = (tenantId, where) =>
    teams.deleteConversationRefs(this.db, tenantId, where);
  listSubscriptions: Store['listSubscriptions'] = (tenantId, conversationId) =>
    teams.listSubscriptions(this.db, tenantId, conversationId);
  insertSubscription: Store['insertSubscription'] = (tenantId, subscription) =>
    teams.insertSubscription(this.db, tenantId, subscription);
  deleteSubscriptions: Store['deleteSubscriptions'] = (tenantId, where) =>
    teams.deleteSubscriptions(this.db, tenantId, where);

  // --- privacy by design (issue 11) ----------------------------------------------------------------

  getPrivacySettings: Store['getPrivacySettings'] = (tenantId) => privacy.getPrivacySettings(this.db, tenantId);
  savePrivacySettings: Store['savePrivacySettings'] = (tenantId, settings, by) =>
    privacy.savePrivacySettings(this.db, tenantId, settings, by);
  listTenantIds: Store['listTenantIds'] = () => privacy.listTenantIds(this.db);
  decayInteractions: Store['decayInteractions'] = (tenantId, cutoffs) =>
    privacy.decayInteractions(this.db, tenantId, cutoffs);
  deleteExpiredInteractions: Store['deleteExpiredInteractions'] = (tenantId, before) =>
    privacy.deleteExpiredInteractions(this.db, tenantId, before);
  deleteAuditBefore: Store['deleteAuditBefore'] = (tenantId, before) =>
    privacy.deleteAuditBefore(this.db, tenantId, before);

  listNeverLogEntries: Store['listNeverLogEntries'] = (tenantId, owner) =>
    neverLog.listNeverLogEntries(this.db, tenantId, owner);
  neverLogRulesFor: Store['neverLogRulesFor'] = (tenantId, staffId) =>
    neverLog.neverLogRulesFor(this.db, tenantId, staffId);
  insertNeverLogEntry: Store['insertNeverLogEntry'] = (tenantId, entry) =>
    neverLog.insertNeverLogEntry(this.db, tenantId, entry);
  deleteNeverLogEntry: Store['deleteNeverLogEntry'] = (tenantId, owner, id) =>
    neverLog.deleteNeverLogEntry(this.db, tenantId, owner, id);
  purgeNeverLogged: Store['purgeNeverLogged'] = (tenantId, rules, options) =>
    neverLog.purgeNeverLogged(this.db, tenantId, rules, options);

  findDataSubject: Store['findDataSubject'] = (tenantId, email) =>
    dataSubject.findDataSubject(this.db, tenantId, email);
  namesOfDataSubject: Store['namesOfDataSubject'] = (tenantId, email) =>
    dataSubject.namesOfDataSubject(this.db, tenantId, email);
  eraseDataSubject: Store['eraseDataSubject'] = (tenantId, email, terms, placeholder) =>
    dataSubject.eraseDataSubject(this.db, tenantId, email, terms, placeholder);

  // --- vacancy alerts (issue 7) --------------------------------------------------------------------

  enqueueAlertPosts: Store['enqueueAlertPosts'] = (tenantId, vacancyId, conversationIds, now) =>
    alerts.enqueueAlertPosts(this.db, tenantId, vacancyId, conversationIds, now);
  enqueueAlertUpdates: Store['enqueueAlertUpdates'] = (tenantId, vacancyId, now) =>
    alerts.enqueueAlertUpdates(this.db, tenantId, vacancyId, now);
  // The claim is its own short transaction, unless the caller already runs one.
  claimDueAlerts: Store['claimDueAlerts'] = (tenantId, options) =>
    this.inTransaction
      ? alerts.claimDueAlerts(this.db, tenantId, options)
      : this.db.transaction().execute((tx) => alerts.claimDueAlerts(tx, tenantId, options));
  completeAlert: Store['completeAlert'] = (tenantId, lease, sent, now) =>
    alerts.completeAlert(this.db, tenantId, lease, sent, now);
  failAlert: Store['failAlert'] = (tenantId, lease, failure, now) =>
    alerts.failAlert(this.db, tenantId, lease, failure, now);
  conversationPausedUntil: Store['conversationPausedUntil'] = (tenantId, conversationId) =>
    alerts.conversationPausedUntil(this.db, tenantId, conversationId);
  deferAlert: Store['deferAlert'] = (tenantId, lease, until) => alerts.deferAlert(this.db, tenantId, lease, until);
  getAlertPost: Store['getAlertPost'] = (tenantId, vacancyId, conversationId) =>
    alerts.getAlertPost(this.db, tenantId, vacancyId, conversationId);
  listAlerts: Store['listAlerts'] = (tenantId, filter) => alerts.listAlerts(this.db, tenantId, filter);
  retryDeadAlert: Store['retryDeadAlert'] = (tenantId, id, now) => alerts.retryDeadAlert(this.db, tenantId, id, now);
  getAlertVacancy: Store['getAlertVacancy'] = (tenantId, vacancyId) =>
    alerts.getAlertVacancy(this.db, tenantId, vacancyId);

  // --- "Kontaktspor" category flow (issue 8) -------------------------------------------------------

  upsertMailboxWatch: Store['upsertMailboxWatch'] = (tenantId, staffId) =>
    tagging.upsertMailboxWatch(this.db, tenantId, staffId);
  upsertSharedMailboxWatch: Store['upsertSharedMailboxWatch'] = (tenantId, sharedMailboxId, graphUserId) =>
    tagging.upsertSharedMailboxWatch(this.db, tenantId, sharedMailboxId, graphUserId);
  getMailboxWatch: Store['getMailboxWatch'] = (tenantId, ownerId) =>
    tagging.getMailboxWatch(this.db, tenantId, ownerId);
  listMailboxWatches: Store['listMailboxWatches'] = (tenantId) => tagging.listMailboxWatches(this.db, tenantId);
  deleteMailboxWatch: Store['deleteMailboxWatch'] = (tenantId, ownerId) =>
    tagging.deleteMailboxWatch(this.db, tenantId, ownerId);
  saveGraphSubscription: Store['saveGraphSubscription'] = (tenantId, record) =>
    tagging.saveGraphSubscription(this.db, tenantId, record);
  getGraphSubscription: Store['getGraphSubscription'] = (tenantId, id) =>
    tagging.getGraphSubscription(this.db, tenantId, id);
  listGraphSubscriptions: Store['listGraphSubscriptions'] = (tenantId, where) =>
    tagging.listGraphSubscriptions(this.db, tenantId, where);
  deleteGraphSubscription: Store['deleteGraphSubscription'] = (tenantId, id) =>
    tagging.deleteGraphSubscription(this.db, tenantId, id);
  getDeltaLink: Store['getDeltaLink'] = (tenantId, ownerId, feed) =>
    tagging.getDeltaLink(this.db, tenantId, ownerId, feed);
  saveDeltaLink: Store['saveDeltaLink'] = (tenantId, ownerId, feed, link, at) =>
    tagging.saveDeltaLink(this.db, tenantId, ownerId, feed, link, at);
  enqueueTagJob: Store['enqueueTagJob'] = (tenantId, job, now) => tagging.enqueueTagJob(this.db, tenantId, job, now);
  claimTagJobs: Store['claimTagJobs'] = (tenantId, now, leaseUntil, limit) =>
    tagging.claimTagJobs(this.db, tenantId, now, leaseUntil, limit);
  finishTagJob: Store['finishTagJob'] = (tenantId, id, outcome, now) =>
    tagging.finishTagJob(this.db, tenantId, id, outcome, now);
  deleteTagJob: Store['deleteTagJob'] = (tenantId, id) => tagging.deleteTagJob(this.db, tenantId, id);
  getTagJob: Store['getTagJob'] = (tenantId, id) => tagging.getTagJob(this.db, tenantId, id);
  listTagJobs: Store['listTagJobs'] = (tenantId, ownerId, statuses, limit) =>
    tagging.listTagJobs(this.db, tenantId, ownerId, statuses, limit);

  // --- shared mailboxes (issue 17) ---------------------------------------------------------------

  listSharedMailboxes: Store['listSharedMailboxes'] = (tenantId) =>
    sharedMailboxes.listSharedMailboxes(this.db, tenantId);
  getSharedMailbox: Store['getSharedMailbox'] = (tenantId, id) =>
    sharedMailboxes.getSharedMailbox(this.db, tenantId, id);
  insertSharedMailbox: Store['insertSharedMailbox'] = (tenantId, mailbox) =>
    sharedMailboxes.insertSharedMailbox(this.db, tenantId, mailbox);
  deleteSharedMailbox: Store['deleteSharedMailbox'] = (tenantId, id) =>
    sharedMailboxes.deleteSharedMailbox(this.db, tenantId, id);
}

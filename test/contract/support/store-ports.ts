import assert from 'node:assert/strict';
import type {
  AlertStore,
  AuditStore,
  CompanyStore,
  ContactStore,
  DirectoryStore,
  InteractionStore,
  KpiStore,
  PrivacyStore,
  RegisterStore,
  StoreLifecycle,
  SharedMailboxStore,
  StarInboxStore,
  TaggingStore,
  TeamsStore,
  Transactional,
  VacancyStore,
} from '../../../src/ports/store.js';

/**
 * Lists every method of a port. It does not compile while a method of the port is missing from
 * the list, so a new port method must be named here, and then in its contract file (see below).
 */
const methodsOf =
  <Port>() =>
  <const Names extends readonly (keyof Port & string)[]>(
    names: Names &
      ([Exclude<keyof Port, Names[number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof Port, Names[number]> }),
  ): readonly string[] =>
    names;

/** Each store port's methods, by the contract file (test/contract/<port>.contract.test.ts) that covers them. */
export const PORT_METHODS = {
  companies: methodsOf<CompanyStore>()([
    'searchCompaniesByName',
    'findCompaniesByCvrPrefix',
    'findCompaniesByPNumber',
    'findCompaniesByDomain',
    'listCompanies',
    'getCompanySummaries',
    'getCompany',
    'insertCompany',
    'updateCompany',
    'findDomainHits',
    'resolveCompanyId',
    'mergeCompanies',
  ]),
  register: methodsOf<RegisterStore>()(['applyRegisterCompanies', 'getRegisterSync', 'saveRegisterSync']),
  contacts: methodsOf<ContactStore>()(['findContactsByEmails', 'listContacts', 'insertContact', 'assignContactEmail']),
  interactions: methodsOf<InteractionStore>()([
    'listInteractions',
    'getInteractionEntry',
    'countInteractionsByTopic',
    'insertInteraction',
    'addInteractionLogger',
    'companyOfInteraction',
    'findLoggedItem',
  ]),
  vacancies: methodsOf<VacancyStore>()([
    'listVacancies',
    'getVacancyForUpdate',
    'insertVacancy',
    'getVacancyByJobordreForUpdate',
    'updateVacancyFromJobnet',
    'updateVacancyStatus',
    'insertVacancyEvent',
    'listVacanciesPastDeadline',
    'listVacancyEvents',
  ]),
  kpi: methodsOf<KpiStore>()(['kpiFacts', 'listKpiTargets', 'upsertKpiTargets']),
  audit: methodsOf<AuditStore>()(['appendAudit', 'listAudit']),
  teams: methodsOf<TeamsStore>()([
    'saveConversationRef',
    'getConversationRef',
    'findPersonalConversationRef',
    'deleteConversationRefs',
    'listSubscriptions',
    'insertSubscription',
    'deleteSubscriptions',
  ]),
  privacy: methodsOf<PrivacyStore>()([
    'getPrivacySettings',
    'savePrivacySettings',
    'listTenantIds',
    'decayInteractions',
    'deleteExpiredInteractions',
    'deleteAuditBefore',
    'listNeverLogEntries',
    'neverLogRulesFor',
    'insertNeverLogEntry',
    'deleteNeverLogEntry',
    'purgeNeverLogged',
    'findDataSubject',
    'namesOfDataSubject',
    'eraseDataSubject',
  ]),
  alerts: methodsOf<AlertStore>()([
    'enqueueAlertPosts',
    'enqueueAlertUpdates',
    'claimDueAlerts',
    'completeAlert',
    'failAlert',
    'conversationPausedUntil',
    'deferAlert',
    'getAlertPost',
    'listAlerts',
    'retryDeadAlert',
    'getAlertVacancy',
  ]),
  sharedMailboxes: methodsOf<SharedMailboxStore>()([
    'listSharedMailboxes',
    'getSharedMailbox',
    'insertSharedMailbox',
    'deleteSharedMailbox',
  ]),
  starInbox: methodsOf<StarInboxStore>()([
    'enqueueStarMessage',
    'claimStarMessages',
    'finishStarMessage',
    'retryStarMessage',
    'starInboxStatus',
    'nextStarMessageDue',
  ]),
  tagging: methodsOf<TaggingStore>()([
    'upsertMailboxWatch',
    'upsertSharedMailboxWatch',
    'getMailboxWatch',
    'listMailboxWatches',
    'deleteMailboxWatch',
    'saveGraphSubscription',
    'getGraphSubscription',
    'listGraphSubscriptions',
    'deleteGraphSubscription',
    'getDeltaLink',
    'saveDeltaLink',
    'enqueueTagJob',
    'claimTagJobs',
    'finishTagJob',
    'deleteTagJob',
    'getTagJob',
    'listTagJobs',
  ]),
  directory: methodsOf<DirectoryStore>()([
    'findStaffByEmail',
    'findStaffByOid',
    'listStaff',
    'insertStaff',
    'upsertStaffIdentity',
    'listStaffEmailClashes',
    'listSections',
    'insertSection',
    'listTopics',
    'replaceTopics',
  ]),
  transaction: methodsOf<Transactional<unknown> & StoreLifecycle>()(['withTransaction', 'ping', 'close']),
} as const;

export type PortName = keyof typeof PORT_METHODS;

/** Every title under a suite: its own, its suites' and its tests'. */
function titlesUnder(suite: Mocha.Suite): string[] {
  return [suite.title, ...suite.tests.map((test) => test.title), ...suite.suites.flatMap(titlesUnder)];
}

/**
 * A guard test for a port's contract file: each method of the port must be named (as a word) by a
 * `describe` or `it` title in the same top-level suite, so a method added without a test fails here.
 */
export function itNamesEveryMethodOf(port: PortName): void {
  it(`names every method of the ${port} port in a describe or it`, function () {
    const suite = this.test!.parent!;
    const titles = titlesUnder(suite).filter((title) => !title.startsWith('names every method of'));
    const unnamed = PORT_METHODS[port].filter(
      (method) => !titles.some((title) => new RegExp(`\\b${method}\\b`).test(title)),
    );
    assert.deepEqual(unnamed, [], `no describe or it names these ${port} methods`);
  });
}

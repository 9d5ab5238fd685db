/**
 * The shared history's storage, one port per aggregate (src/ports/store/). Every function takes
 * the tenant first and never sees another tenant's rows. A use case takes the ports it uses;
 * `Store` is all of them, what the Kysely store implements and test/contract checks per port.
 */
import type { AlertStore } from './store/alert-store.js';
import type { AuditStore } from './store/audit-store.js';
import type { CompanyStore } from './store/company-store.js';
import type { ContactStore } from './store/contact-store.js';
import type { DirectoryStore } from './store/directory-store.js';
import type { InteractionStore } from './store/interaction-store.js';
import type { KpiStore } from './store/kpi-store.js';
import type { PrivacyStore } from './store/privacy-store.js';
import type { RegisterStore } from './store/register-store.js';
import type { SharedMailboxStore } from './store/shared-mailbox-store.js';
import type { StarInboxStore } from './store/star-inbox-store.js';
import type { TaggingStore } from './store/tagging-store.js';
import type { TeamsStore } from './store/teams-store.js';
import type { StoreLifecycle, Transactional } from './store/transaction.js';
import type { VacancyStore } from './store/vacancy-store.js';

export type Store = CompanyStore &
  ContactStore &
  InteractionStore &
  VacancyStore &
  KpiStore &
  AuditStore &
  TeamsStore &
  PrivacyStore &
  RegisterStore &
  AlertStore &
  TaggingStore &
  SharedMailboxStore &
  StarInboxStore &
  DirectoryStore &
  Transactional<Store> &
  StoreLifecycle;

export type * from './store/alert-store.js';
export type * from './store/audit-store.js';
export type * from './store/company-store.js';
export type * from './store/contact-store.js';
export type * from './store/directory-store.js';
export type * from './store/interaction-store.js';
export type * from './store/kpi-store.js';
export type * from './store/privacy-store.js';
export type * from './store/register-store.js';
export type * from './store/shared-mailbox-store.js';
export type * from './store/star-inbox-store.js';
export type * from './store/tagging-store.js';
export type * from './store/teams-store.js';
export type * from './store/transaction.js';
export type * from './store/vacancy-store.js';

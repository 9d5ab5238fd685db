import type { CompanySummary, InteractionKind, Section, Vacancy } from '../../src/domain/model.js';
import type { ServiceContext } from '../../src/app/company-context.js';
import type { InteractionView } from '../../src/app/interaction-view.js';

/**
 * What the cards read, typed as narrowly as they use it: both the app-layer types (Dates) and the
 * API's `z.infer` types (ISO strings) fit, so the handler passes whichever it holds.
 */
export type CardCompany = CompanySummary;

export type CardVacancy = Pick<
  Vacancy,
  'id' | 'title' | 'positions' | 'deadline' | 'status' | 'location' | 'postcode' | 'topics'
> & {
  companyName?: string | undefined;
};

export interface CardServiceContext {
  responsible: (Pick<NonNullable<ServiceContext['responsible']>, 'name'> & { sectionId?: string | null }) | null;
  flags: ServiceContext['flags'];
  openVacancies: readonly CardVacancy[];
  topicCounts: ServiceContext['topicCounts'];
}

export type CardInteraction = Pick<
  InteractionView,
  'id' | 'occurredAt' | 'subject' | 'summary' | 'topics' | 'sectionId' | 'loggerCount'
> & {
  /** Only what the reader may see; absent in older callers. */
  excerpt?: string | null;
  kind: InteractionKind;
  /** Null when no person logged it (tagged in a shared mailbox). */
  loggedBy: { name: string | null } | null;
  /** The shared mailbox it was logged from; absent in older callers. */
  sharedMailbox?: string | null;
};

export type CardSection = Section;

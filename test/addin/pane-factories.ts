// Factories for the add-in's suites: API answers and item snapshots shaped as the service and office-host give them.
import { randomUUID } from 'node:crypto';
import { buildCompanySummary } from '../web-shared/factories.js';
import type {
  ContextMatch,
  ItemPreview,
  LastContact,
  LogResult,
  Me,
  PaneContext,
  RecentColleagueContact,
  ServiceContext,
  Topic,
} from '../../web-shared/api-types.js';
import type { ItemSnapshot } from '../../addin/src/office-host.js';

export const TOPICS: Topic[] = [
  { key: 'rekruttering', da: 'Rekruttering', en: 'Recruitment', cooperation: false },
  { key: 'fastholdelse', da: 'Fastholdelse', en: 'Retention', cooperation: false },
  { key: 'loentilskud', da: 'Løntilskud', en: 'Wage subsidy', cooperation: true },
  { key: 'igu', da: 'IGU', en: 'Integration training (IGU)', cooperation: false },
];

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    tenantId: 'tenant-1',
    id: randomUUID(),
    name: 'Mette Hansen',
    email: 'mette.hansen@roskilde.dk',
    section: { id: 'virk', name: 'Virksomhedsservice' },
    isAdmin: false,
    mode: 'demo',
    ...overrides,
  };
}

export { buildCompanySummary };

export function buildServiceContext(overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    responsible: { id: randomUUID(), name: 'Jens Madsen', email: 'jens.madsen@roskilde.dk', sectionId: 'virk' },
    flags: { blockade: false, doNotContact: false, registerStatus: null },
    openVacancies: [],
    lastContacts: [],
    topicCounts: [],
    recentColleagueContacts: [],
    ...overrides,
  };
}

export function buildMatch(overrides: Partial<ContextMatch> = {}): ContextMatch {
  return {
    company: buildCompanySummary(),
    reason: 'domain',
    emails: ['kontakt@oestergaard-byg.dk'],
    score: 1,
    context: buildServiceContext(),
    ...overrides,
  };
}

export function buildContext(overrides: Partial<PaneContext> = {}): PaneContext {
  return { matches: [], ignored: [], alreadyLogged: null, ...overrides };
}

export function buildColleagueContact(overrides: Partial<RecentColleagueContact> = {}): RecentColleagueContact {
  return {
    staffId: randomUUID(),
    name: 'Camilla Bøgh',
    sectionId: 'joy',
    sectionName: 'Job og ydelse',
    occurredAt: new Date().toISOString(),
    kind: 'call',
    topics: ['fastholdelse'],
    ...overrides,
  };
}

export function buildLastContact(overrides: Partial<LastContact> = {}): LastContact {
  return {
    id: randomUUID(),
    companyId: randomUUID(),
    kind: 'email',
    occurredAt: new Date().toISOString(),
    subject: 'Tilbud om praktik',
    summary: null,
    excerpt: null,
    attachmentNames: [],
    topics: [],
    direction: 'inbound',
    visibility: 'summary',
    decayedTo: null,
    source: 'outlook',
    loggedBy: { id: randomUUID(), name: 'Mette Hansen' },
    sharedMailbox: null,
    sectionId: null,
    loggerCount: 1,
    insider: true,
    ...overrides,
  };
}

export function buildPreview(overrides: Partial<ItemPreview> = {}): ItemPreview {
  return {
    kind: 'email',
    subject: 'Ny medarbejder',
    occurredAt: new Date().toISOString(),
    summaryDraft: 'Vi søger to lagermedarbejdere.',
    healthWords: [],
    cprFound: false,
    sensitive: null,
    suggestedVisibility: 'summary',
    participants: [],
    attachmentCount: 0,
    alreadyLogged: null,
    ...overrides,
  };
}

export function buildLogResult(overrides: Partial<LogResult> = {}): LogResult {
  const me = { id: randomUUID(), name: 'Mette Hansen' };
  return {
    status: 'logged',
    interaction: buildLastContact({ loggedBy: me }),
    loggedBy: [me],
    categoryApplied: true,
    vacancy: null,
    sensitive: null,
    ...overrides,
  };
}

export function buildReadEmail(overrides: Partial<ItemSnapshot> = {}): ItemSnapshot {
  return {
    kind: 'email',
    mode: 'read',
    subject: 'Ny medarbejder',
    internetMessageId: '<abc@oestergaard-byg.dk>',
    from: { email: 'Kontakt@Oestergaard-Byg.dk', name: 'Per Østergaard' },
    recipients: [{ email: 'mette.hansen@roskilde.dk', name: 'Mette Hansen' }],
    organizer: null,
    attendees: [],
    ...overrides,
  };
}

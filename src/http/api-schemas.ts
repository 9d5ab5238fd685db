import { z } from 'zod';
import { parseCvr } from '../domain/cvr.js';
import { normalizeEmail } from '../domain/email-address.js';
import { containsCpr, redactCpr } from '../domain/cpr.js';
import { VACANCY_STATUSES } from '../domain/vacancy-lifecycle.js';
import { VISIBILITY_TIERS } from '../domain/visibility.js';

/**
 * The API contract's shapes. Requests are strict (unknown fields are refused); the same schemas
 * generate /api/openapi.json, and the front ends may import these types.
 */
export const Id = z.guid().describe('A UUID');
export const IdParams = z.object({ id: Id }).strict();

// Free text is stored and echoed: a CPR number in it is replaced as it is parsed, before any use case sees it.
// (overwrite keeps it a string schema, so .min() still applies, to the redacted text.)
const text = (max: number) => z.string().trim().max(max).overwrite((value) => redactCpr(value));
const optionalText = (max: number) => text(max).nullable().optional();
const listParam = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item).max(50)])
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

export const Cvr = z
  .string()
  .max(20)
  .transform((value, ctx) => {
    const cvr = parseCvr(value);
    if (cvr === null) {
      ctx.addIssue({ code: 'custom', message: 'not a valid CVR number (8 digits, modulus 11)' });
      return z.NEVER;
    }
    return cvr;
  });
export const PNumber = z.string().trim().regex(/^\d{10}$/, 'a P-number is 10 digits');
export const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/, 'not a domain name');
export const Email = z
  .string()
  .max(320)
  .transform((value, ctx) => {
    const email = normalizeEmail(value);
    if (email === null) {
      ctx.addIssue({ code: 'custom', message: 'not an email address' });
      return z.NEVER;
    }
    return email;
  });
export const Topic = z.string().trim().min(1).max(40).overwrite((value) => redactCpr(value));
export const VisibilitySchema = z.enum(VISIBILITY_TIERS);
export const VacancyStatusSchema = z.enum(VACANCY_STATUSES);
export const IsoDate = z.iso.date().refine((date) => date >= '1900-01-01' && date < '9000-01-01', 'a date between 1900 and 9000');
// Years the history can hold; outside them a date is a typo or an attack, and PostgreSQL refuses some.
export const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);
export const LATEST_INSTANT = Date.UTC(9000, 0, 1);
const Instant = z.coerce
  .date()
  .refine((date) => !Number.isNaN(date.getTime()), 'not a date')
  .refine((date) => date.getTime() >= EARLIEST_INSTANT && date.getTime() < LATEST_INSTANT, 'a date between 1900 and 9000');
export const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

// --- requests ------------------------------------------------------------------------------

// Not redacted: a P-number can look exactly like a CPR number, and searching by it must work (the audit keeps q redacted).
export const CompanySearchQuery = z.object({ q: z.string().trim().max(200).optional(), limit: Limit(100, 20) }).strict();

const companyFields = {
  name: text(200).min(1),
  pNumbers: z.array(PNumber).max(200),
  address: optionalText(200),
  postcode: z.string().trim().regex(/^\d{4}$/, 'a Danish postcode is 4 digits').nullable().optional(),
  city: optionalText(100),
  industryCode: z.string().trim().regex(/^\d{6}$/, 'a DB07 code is 6 digits').nullable().optional(),
  employeeBand: z.enum(['1-9', '10-49', '50-249', '250+']).nullable().optional(),
  blockade: z.boolean(),
  doNotContact: z.boolean(),
  responsibleStaffId: Id.nullable().optional(),
  domains: z.array(Domain).max(50),
};

export const CreateCompanyBody = z
  .object({
    ...companyFields,
    cvr: Cvr.nullable().optional(),
    pNumbers: companyFields.pNumbers.default([]),
    blockade: companyFields.blockade.default(false),
    doNotContact: companyFields.doNotContact.default(false),
    domains: companyFields.domains.default([]),
  })
  .strict();

export const PatchCompanyBody = z
  .object({ ...companyFields, cvr: Cvr.nullable() })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');

export const TimelineQuery = z
  .object({
    cursor: z.string().max(500).optional(),
    limit: Limit(100, 25),
    kind: listParam(z.enum(['email', 'meeting', 'call', 'visit', 'note'])).optional(),
    topic: listParam(Topic).optional(),
    staff: Id.optional(),
    section: text(60).optional(),
    from: Instant.optional(),
    to: Instant.optional(),
  })
  .strict();

export const ManualContactBody = z
  .object({
    kind: z.enum(['call', 'visit', 'note']),
    occurredAt: Instant.optional(),
    subject: optionalText(300),
    summary: text(4000).min(1),
    topics: z.array(Topic).max(10).default([]),
    direction: z.enum(['inbound', 'outbound']).nullable().optional(),
    visibility: VisibilitySchema.optional(),
  })
  .strict();

export const ContextQuery = z
  .object({ email: listParam(z.string().max(320)), internetMessageId: z.string().max(998).optional() })
  .strict();

export const VacancyQuery = z
  .object({
    status: listParam(z.union([VacancyStatusSchema, z.enum(['open', 'closed'])])).optional(),
    section: text(60).optional(),
    companyId: Id.optional(),
    limit: Limit(200, 50),
  })
  .strict();

export const CreateVacancyBody = z
  .object({
    companyId: Id,
    title: text(200).min(1),
    positions: z.number().int().min(1).max(10_000).default(1),
    deadline: IsoDate.nullable().optional(),
    location: optionalText(200),
    postcode: z.string().trim().regex(/^\d{4}$/, 'a Danish postcode is 4 digits').nullable().optional(),
    topics: z.array(Topic).max(10).default([]),
    sectionId: text(60).nullable().optional(),
    interactionId: Id.nullable().optional(),
  })
  .strict();

export const TransitionBody = z.object({ to: VacancyStatusSchema, note: optionalText(1000) }).strict();

export const KpiQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional(), section: text(60).optional() }).strict();

// --- responses -----------------------------------------------------------------------------

const Timestamp = z.string().describe('ISO 8601 instant');
export const CompanySummarySchema = z.object({
  id: Id,
  cvr: z.string().nullable(),
  name: z.string(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  blockade: z.boolean(),
  doNotContact: z.boolean(),
});
export const CompanySchema = CompanySummarySchema.extend({
  pNumbers: z.array(z.string()),
  address: z.string().nullable(),
  industryCode: z.string().nullable(),
  employeeBand: z.string().nullable(),
  responsibleStaffId: Id.nullable(),
  domains: z.array(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const InteractionViewSchema = z.object({
  id: Id,
  companyId: Id,
  kind: z.enum(['email', 'meeting', 'call', 'visit', 'note']),
  occurredAt: Timestamp,
  subject: z.string().nullable(),
  summary: z.string().nullable(),
  excerpt: z.string().nullable(),
  attachmentNames: z.array(z.string()),
  topics: z.array(z.string()),
  direction: z.enum(['inbound', 'outbound']).nullable(),
  visibility: VisibilitySchema,
  decayedTo: z.enum(['summary', 'metadata']).nullable(),
  source: z.string(),
  loggedBy: z.object({ id: Id, name: z.string().nullable() }),
  sectionId: z.string().nullable(),
  loggerCount: z.number().int(),
  insider: z.boolean(),
});
export const VacancySchema = z.object({
  id: Id,
  companyId: Id,
  companyName: z.string().optional(),
  title: z.string(),
  positions: z.number().int(),
  deadline: z.string().nullable(),
  location: z.string().nullable(),
  postcode: z.string().nullable(),
  topics: z.array(z.string()),
  status: VacancyStatusSchema,
  claimedBy: Id.nullable(),
  sectionId: z.string().nullable(),
  interactionId: Id.nullable(),
  createdBy: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const ServiceContextSchema = z.object({
  responsible: z.object({ id: Id, name: z.string(), email: z.string(), sectionId: z.string().nullable() }).nullable(),
  flags: z.object({ blockade: z.boolean(), doNotContact: z.boolean() }),
  openVacancies: z.array(VacancySchema),
  lastContacts: z.array(InteractionViewSchema),
  topicCounts: z.array(z.object({ topic: z.string(), count: z.number().int() })),
  recentColleagueContacts: z.array(
    z.object({
      staffId: Id,
      name: z.string().nullable(),
      sectionId: z.string().nullable(),
      sectionName: z.string().nullable(),
      occurredAt: Timestamp,
      kind: z.enum(['email', 'meeting', 'call', 'visit', 'note']),
      topics: z.array(z.string()),
    }),
  ),
});
export const CompanyDetailSchema = z.object({ company: CompanySchema, context: ServiceContextSchema });
export const CompanyListSchema = z.object({
  mode: z.enum(['all', 'cvr', 'p-number', 'domain', 'name']),
  items: z.array(CompanySummarySchema),
});
export const HistoryPageSchema = z.object({ items: z.array(InteractionViewSchema), nextCursor: z.string().nullable() });
export const PaneContextSchema = z.object({
  matches: z.array(
    z.object({
      company: CompanySummarySchema,
      reason: z.enum(['contact', 'domain']),
      emails: z.array(z.string()),
      score: z.number(),
      context: ServiceContextSchema.nullable(),
    }),
  ),
  ignored: z.array(z.object({ email: z.string(), reason: z.enum(['freemail', 'own', 'invalid']) })),
  alreadyLogged: z
    .object({ interactionId: Id, companyId: Id, loggedBy: z.array(z.object({ id: Id, name: z.string().nullable() })) })
    .nullable(),
});
export const VacancyListSchema = z.object({ items: z.array(VacancySchema) });
export const KpiSchema = z.object({
  period: z.object({ from: Timestamp, to: Timestamp }),
  sectionId: z.string().nullable(),
  metrics: z.record(z.string(), z.number().nullable()),
  counts: z.record(z.string(), z.number()),
  months: z.array(
    z.object({
      month: z.string(),
      contacts: z.number().int(),
      contactsBySection: z.record(z.string(), z.number()),
      staffShareLogging: z.number().nullable(),
      metrics: z.record(z.string(), z.number().nullable()),
      cumulative: z.object({ samarbejdsgrad: z.number().nullable(), companies_served: z.number().int() }),
    }),
  ),
  targets: z.array(z.object({ metric: z.string(), sectionId: z.string().nullable(), period: z.string(), value: z.number() })),
});
export const MeSchema = z.object({
  tenantId: z.string(),
  id: Id,
  name: z.string(),
  email: z.string(),
  section: z.object({ id: z.string(), name: z.string() }).nullable(),
  isAdmin: z.boolean(),
  mode: z.enum(['demo', 'production']),
});
export const TopicsSchema = z.object({
  items: z.array(z.object({ key: z.string(), da: z.string(), en: z.string(), cooperation: z.boolean() })),
});
export const SectionsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const AuditQuery = z.object({ companyId: Id.optional(), limit: Limit(500, 100) }).strict();
export const AuditListSchema = z.object({
  items: z.array(
    z.object({
      at: Timestamp,
      actorId: Id.nullable(),
      action: z.string(),
      companyId: Id.nullable().optional(),
      targetId: z.string().nullable().optional(),
      criteria: z.record(z.string(), z.unknown()).nullable().optional(),
    }),
  ),
});
export const KpiTargetsBody = z
  .object({
    targets: z
      .array(
        z
          .object({
            metric: z.string().max(60),
            sectionId: text(60).nullable().optional(),
            period: z.string().regex(/^\d{4}(-\d{2})?$/, 'a period is YYYY or YYYY-MM'),
            value: z.number().finite().min(0).max(1_000_000),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();
export const KpiTargetsSchema = z.object({
  items: z.array(z.object({ metric: z.string(), sectionId: z.string().nullable(), period: z.string(), value: z.number() })),
});

/**
 * Outlook item ids, checked before Graph is asked (a space, '?', '#' or '%' is never part of one).
 * REST ids (Graph, office.js convertToRestId, Outlook mobile) are URL-safe base64: letters, digits,
 * '-' and '_', with '=' padding only at the end. EWS ids (desktop office.js when it cannot convert)
 * are standard base64: '+' and '/' instead of '-' and '_'. The field allows both alphabets; the
 * object check then holds the id to the alphabet of its itemIdType.
 */
export const ITEM_ID_PATTERNS = { rest: /^[A-Za-z0-9_-]+={0,2}$/, ews: /^[A-Za-z0-9+/]+={0,2}$/ } as const;
const ItemId = z
  .string()
  .trim()
  .min(1)
  .max(1024)
  .regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'an Outlook item id is base64 (letters, digits, - _ or + /, = at the end)');
const ItemIdType = z.enum(['rest', 'ews']).default('rest');
function itemIdOfItsType(value: { itemId: string; itemIdType: 'rest' | 'ews' }, ctx: z.RefinementCtx): void {
  if (ITEM_ID_PATTERNS[value.itemIdType].test(value.itemId)) return;
  const alphabet = value.itemIdType === 'rest' ? "URL-safe base64 ('-' and '_', no '+' or '/')" : "base64 ('+' and '/', no '-' or '_')";
  ctx.addIssue({ code: 'custom', path: ['itemId'], message: `a ${value.itemIdType.toUpperCase()} item id is ${alphabet}` });
}

export const LogItemBody = z
  .object({
    itemId: ItemId,
    itemIdType: ItemIdType,
    companyId: Id,
    topics: z.array(Topic).max(10).default([]),
    summary: optionalText(4000),
    visibility: VisibilitySchema.optional(),
    vacancy: z
      .object({
        title: text(200).min(1),
        positions: z.number().int().min(1).max(10_000).default(1),
        deadline: IsoDate.nullable().optional(),
        location: optionalText(200),
        postcode: z.string().trim().regex(/^\d{4}$/, 'a Danish postcode is 4 digits').nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine(itemIdOfItsType);
export const SensitiveFindingSchema = z.object({
  reasons: z.array(
    z.union([
      z.object({ kind: z.literal('health'), words: z.array(z.string()) }),
      z.object({ kind: z.literal('citizen-in-placement'), placementWord: z.string() }),
    ]),
  ),
});
export const LogItemResultSchema = z.object({
  status: z.enum(['logged', 'already_logged']),
  interaction: InteractionViewSchema,
  loggedBy: z.array(z.object({ id: Id, name: z.string().nullable() })),
  categoryApplied: z.boolean(),
  vacancy: VacancySchema.nullable(),
  /** Set when the text looks like it is about a citizen; without a chosen visibility it was logged as metadata only. */
  sensitive: SensitiveFindingSchema.nullable(),
});

export const ItemPreviewQuery = z
  .object({
    kind: z.enum(['email', 'meeting']),
    itemId: ItemId,
    itemIdType: ItemIdType,
  })
  .strict()
  .superRefine(itemIdOfItsType);
const ParticipantSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(['from', 'to', 'cc', 'attendee', 'organizer']),
  side: z.enum(['ours', 'theirs']),
});
export const ItemPreviewSchema = z.object({
  kind: z.enum(['email', 'meeting']),
  subject: z.string().nullable(),
  occurredAt: Timestamp,
  summaryDraft: z.string().nullable(),
  healthWords: z.array(z.string()),
  cprFound: z.boolean(),
  sensitive: SensitiveFindingSchema.nullable(),
  suggestedVisibility: VisibilitySchema,
  participants: z.array(ParticipantSchema),
  attachmentCount: z.number().int(),
  alreadyLogged: z
    .object({ interactionId: Id, companyId: Id, loggedBy: z.array(z.object({ id: Id, name: z.string().nullable() })) })
    .nullable(),
});
export const RememberContactBody = z
  .object({
    email: z.string().max(320),
    name: optionalText(200),
    // A date-shaped 10-digit number is not a Danish phone number but may well be a CPR number: refused.
    phone: z.string().trim().regex(/^\+?[\d ]{8,16}$/, 'a phone number').refine((value) => !containsCpr(value), 'a phone number').nullable().optional(),
    title: optionalText(100),
  })
  .strict();
export const ContactListSchema = z.object({
  items: z.array(
    z.object({
      id: Id,
      companyId: Id,
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      title: z.string().nullable(),
    }),
  ),
});
export const StaffListSchema = z.object({
  items: z.array(z.object({ id: Id, name: z.string(), email: z.string(), sectionId: z.string().nullable(), isAdmin: z.boolean() })),
});
export const ContactSchema = z.object({
  contact: z.object({
    id: Id,
    companyId: Id,
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
  }),
  movedFrom: Id.nullable(),
});

const FilterList = (item: z.ZodType<string>) => z.array(item).max(50).default([]);
export const SubscriptionQuery = z.object({ conversationId: z.string().trim().min(1).max(500).optional() }).strict();
export const CreateSubscriptionBody = z
  .object({
    conversationId: z.string().trim().min(1).max(500),
    topics: FilterList(Topic),
    industryPrefixes: FilterList(z.string().trim().regex(/^\d{2,6}$/, 'a DB07 prefix is 2 to 6 digits')),
    postcodes: FilterList(z.string().trim().regex(/^\d{4}$/, 'a Danish postcode is 4 digits')),
    keywords: FilterList(text(60).min(2)),
  })
  .strict();
export const SubscriptionSchema = z.object({
  id: Id,
  conversationId: z.string(),
  topics: z.array(z.string()),
  industryPrefixes: z.array(z.string()),
  postcodes: z.array(z.string()),
  keywords: z.array(z.string()),
  createdBy: Id,
  createdAt: Timestamp,
});
export const SubscriptionListSchema = z.object({ items: z.array(SubscriptionSchema) });
export const DeletedSchema = z.object({ removed: z.number().int() });

// --- privacy by design (issue 11) -------------------------------------------------------------

const Days = (max: number) => z.number().int().min(1).max(max);
export const PrivacySettingsBody = z
  .object({
    summaryAfterDays: Days(36_500).describe('Days after which the excerpt is removed (default 90)'),
    metadataAfterDays: Days(36_500).describe('Days after which subject and summary are removed too (default 730)'),
    retentionYears: z.number().int().min(1).max(100).describe("Years after a company's last contact that its contacts are deleted (default 5)"),
    auditRetentionDays: Days(36_500).describe('Days audit entries are kept (default 183)'),
  })
  .strict();
export const PrivacySettingsSchema = PrivacySettingsBody;

export const NeverLogBody = z.object({ value: z.string().trim().min(3).max(320).describe('An email address or a domain (subdomains are covered)') }).strict();
export const NeverLogEntrySchema = z.object({
  id: Id,
  scope: z.enum(['tenant', 'user']),
  kind: z.enum(['address', 'domain']),
  value: z.string(),
  createdAt: Timestamp,
});
export const NeverLogListSchema = z.object({ items: z.array(NeverLogEntrySchema) });
export const PurgeBody = z
  .object({
    dryRun: z.boolean().optional().describe('Only count what would be deleted (the default)'),
    confirm: z.boolean().optional().describe('true: delete'),
  })
  .strict()
  .refine((body) => body.dryRun !== undefined || body.confirm !== undefined, { message: 'say dryRun: true or confirm: true', path: ['confirm'] });
export const PurgeResultSchema = z.object({ dryRun: z.boolean(), interactions: z.number().int(), contacts: z.number().int() });

export const DataSubjectBody = z.object({ email: Email }).strict();
export const EraseDataSubjectBody = z.object({ email: Email, confirm: z.literal(true) }).strict();
export const DataSubjectExportSchema = z.object({
  email: z.string(),
  contacts: z.array(z.object({ id: Id, companyId: Id, name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), title: z.string().nullable() })),
  interactions: z.array(z.record(z.string(), z.unknown())),
  auditEntries: z.array(z.record(z.string(), z.unknown())),
});
export const ErasureResultSchema = z.object({
  contactsDeleted: z.number().int(),
  participantEntriesRemoved: z.number().int(),
  rowsRewritten: z.number().int(),
});
export const CompanyExportSchema = z.object({ company: CompanySummarySchema, exportedAt: Timestamp, items: z.array(InteractionViewSchema) });
// --- vacancy alerts: the outbox as admins see it (issue 7) ---------------------------------------
export const AlertListQuery = z.object({ status: z.enum(['pending', 'sent', 'dead']).default('dead'), limit: Limit(500, 100) }).strict();
export const AlertSchema = z.object({
  id: Id,
  vacancyId: Id,
  conversationId: z.string(),
  kind: z.enum(['post', 'update']),
  status: z.enum(['pending', 'sent', 'dead']),
  attempts: z.number().int(),
  nextAttemptAt: Timestamp,
  lastError: z.string().nullable().describe('A short error code (e.g. HTTP_503); never content'),
  activityId: z.string().nullable(),
  postedConversationId: z.string().nullable().describe('Where the card was posted (a channel thread); updates go there'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export const AlertListSchema = z.object({ items: z.array(AlertSchema) });

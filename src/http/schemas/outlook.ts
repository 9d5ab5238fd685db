/** Schemas of the Outlook add-in's API: the pane's context, an item's preview, logging an email or meeting. */
import { z } from 'zod';
import { Email, Id, IsoDate, listParam, optionalText, text, Timestamp, Topic, VisibilitySchema } from './common.js';
import { CompanySummarySchema, ServiceContextSchema } from './companies.js';
import { InteractionViewSchema } from './interactions.js';
import { VACANCY_FIELDS, VacancySchema } from './vacancies.js';

/** The stored contact an Outlook item already became, and who logged it; null while it is not logged. */
const AlreadyLoggedSchema = z
  .object({ interactionId: Id, companyId: Id, loggedBy: z.array(z.object({ id: Id, name: z.string().nullable() })) })
  .nullable();

export const ContextQuery = z
  .object({ email: listParam(z.string().max(320)), internetMessageId: z.string().max(998).optional() })
  .strict();
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
  alreadyLogged: AlreadyLoggedSchema,
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
  const alphabet =
    value.itemIdType === 'rest'
      ? "URL-safe base64 ('-' and '_', no '+' or '/')"
      : "base64 ('+' and '/', no '-' or '_')";
  ctx.addIssue({
    code: 'custom',
    path: ['itemId'],
    message: `a ${value.itemIdType.toUpperCase()} item id is ${alphabet}`,
  });
}

/** The shared mailbox an item is in (office.js getSharedPropertiesAsync's targetMailbox); absent: the caller's own. */
const SharedMailbox = Email.optional().describe(
  "The SMTP address of the shared mailbox the item is in; the caller's own mailbox when absent",
);

export const LogItemBody = z
  .object({
    itemId: ItemId,
    itemIdType: ItemIdType,
    companyId: Id,
    topics: z.array(Topic).max(10).default([]),
    summary: optionalText(4000),
    visibility: VisibilitySchema.optional(),
    vacancy: z.object(VACANCY_FIELDS).strict().optional(),
    sharedMailbox: SharedMailbox,
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
    sharedMailbox: SharedMailbox,
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
  alreadyLogged: AlreadyLoggedSchema,
});

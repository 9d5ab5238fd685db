/** Schemas of the "Kontaktspor" category flow's API (issue 8): mailbox watch, tags, Graph notifications. */
import { z } from 'zod';
import { containsCpr } from '../../domain/cpr.js';
import { Id, Timestamp } from './common.js';
import { ITEM_ID_PATTERNS } from './outlook.js';
import { TAG_JOB_STATUSES } from '../../domain/tagging.js';

/** Opting in is an explicit act: the user agrees that the service watches their mailbox for the category. */
export const OptInBody = z
  .object({ consent: z.literal(true).describe('The user agrees to have their mailbox watched') })
  .strict();

export const WatchStatusSchema = z.object({
  enrolled: z.boolean(),
  since: Timestamp.nullable(),
  category: z.string().describe('The Outlook category that logs an item'),
  subscriptions: z.number().int(),
});

export const TagJobSchema = z.object({
  id: Id,
  kind: z.enum(['email', 'meeting']),
  status: z.enum(TAG_JOB_STATUSES),
  attempts: z.number().int(),
  errorCode: z.string().nullable(),
  candidateIds: z.array(Id),
  interactionId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  sharedMailbox: z
    .string()
    .nullable()
    .optional()
    .describe(
      "In lists: the shared mailbox of the caller's section the item was tagged in; null for their own mailbox",
    ),
});
export const TagListSchema = z.object({ pending: z.array(TagJobSchema), failed: z.array(TagJobSchema) });
export const ChooseCompanyBody = z.object({ companyId: Id }).strict();

/**
 * Graph's change notification collection. Only the fields we use are read (others are dropped);
 * ids and the clientState are bounded so a hostile caller cannot make us store or compare much.
 */
export const ChangeNotificationSchema = z.object({
  subscriptionId: z.string().min(1).max(200),
  clientState: z.string().max(256).nullable().optional(),
  tenantId: z.string().max(100).optional(),
  changeType: z.string().max(100).optional(),
  resource: z.string().max(2000).optional(),
  lifecycleEvent: z.string().max(100).optional(),
  resourceData: z
    .object({
      id: z.string().min(1).max(500).regex(ITEM_ID_PATTERNS.rest, 'a Graph item id (URL-safe base64)').optional(),
    })
    .optional(),
});
export const NotificationCollectionSchema = z.object({ value: z.array(ChangeNotificationSchema).min(1).max(1000) });
/**
 * The handshake's token: Graph sends an opaque string it generated; anything much longer, or one
 * carrying a CPR number, is not Graph's and is not echoed.
 */
export const ValidationTokenSchema = z
  .string()
  .min(1)
  .max(2048)
  .refine((token) => !containsCpr(token), 'not a Graph validation token');

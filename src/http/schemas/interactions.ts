/** Schemas of a company's contact history: the timeline, a manual contact, one interaction as shown. */
import { z } from 'zod';
import { Id, Instant, Limit, listParam, optionalText, text, Timestamp, Topic, VisibilitySchema } from './common.js';

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
  loggedBy: z
    .object({ id: Id, name: z.string().nullable() })
    .nullable()
    .describe(
      'Null when no person logged it: tagged in a shared mailbox, where Graph does not say who set the category.',
    ),
  sharedMailbox: z.string().nullable().describe('The shared mailbox the contact was logged from, or null.'),
  sectionId: z.string().nullable(),
  loggerCount: z.number().int(),
  insider: z.boolean(),
});
export const HistoryPageSchema = z.object({ items: z.array(InteractionViewSchema), nextCursor: z.string().nullable() });

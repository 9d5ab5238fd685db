/** Schemas of the administration API: the audit log and the vacancy-alert outbox. */
import { z } from 'zod';
import { Id, Limit, Timestamp } from './common.js';

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

// The vacancy-alert outbox as admins see it (issue 7).
export const AlertListQuery = z
  .object({ status: z.enum(['pending', 'sent', 'dead']).default('dead'), limit: Limit(500, 100) })
  .strict();
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
  postedConversationId: z
    .string()
    .nullable()
    .describe('Where the card was posted (a channel thread); updates go there'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export const AlertListSchema = z.object({ items: z.array(AlertSchema) });

export const RegisterStatusSchema = z.object({
  municipalityCode: z.string().nullable().describe('Kommunekode the register is read for'),
  source: z.string().nullable(),
  importCompletedAt: Timestamp.nullable(),
  lastSuccessAt: Timestamp.nullable(),
  lastAttemptAt: Timestamp.nullable(),
  failures: z.number().int().describe('Failed attempts since the last success'),
  lastErrorCode: z.string().nullable(),
  notice: z
    .enum(['not_configured', 'never_imported', 'failing'])
    .nullable()
    .describe('Why the companies may be out of date; null when all is well'),
});

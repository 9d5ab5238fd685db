/** Schemas of privacy by design (issue 11): retention settings, never-log lists, data-subject requests, exports. */
import { z } from 'zod';
import { Email, Id, Timestamp } from './common.js';
import { CompanySummarySchema } from './companies.js';
import { ContactPersonSchema } from './contacts.js';
import { InteractionViewSchema } from './interactions.js';

const Days = (max: number) => z.number().int().min(1).max(max);
export const PrivacySettingsBody = z
  .object({
    summaryAfterDays: Days(36_500).describe('Days after which the excerpt is removed (default 90)'),
    metadataAfterDays: Days(36_500).describe('Days after which subject and summary are removed too (default 730)'),
    retentionYears: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe("Years after a company's last contact that its contacts are deleted (default 5)"),
    auditRetentionDays: Days(36_500).describe('Days audit entries are kept (default 183)'),
  })
  .strict();
export const PrivacySettingsSchema = PrivacySettingsBody;

export const NeverLogBody = z
  .object({
    value: z.string().trim().min(3).max(320).describe('An email address or a domain (subdomains are covered)'),
  })
  .strict();
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
  .refine((body) => body.dryRun !== undefined || body.confirm !== undefined, {
    message: 'say dryRun: true or confirm: true',
    path: ['confirm'],
  });
export const PurgeResultSchema = z.object({
  dryRun: z.boolean(),
  interactions: z.number().int(),
  contacts: z.number().int(),
});

export const DataSubjectBody = z.object({ email: Email }).strict();
export const EraseDataSubjectBody = z.object({ email: Email, confirm: z.literal(true) }).strict();
export const DataSubjectExportSchema = z.object({
  email: z.string(),
  contacts: z.array(ContactPersonSchema),
  interactions: z.array(z.record(z.string(), z.unknown())),
  auditEntries: z.array(z.record(z.string(), z.unknown())),
});
export const ErasureResultSchema = z.object({
  contactsDeleted: z.number().int(),
  participantEntriesRemoved: z.number().int(),
  rowsRewritten: z.number().int(),
});
export const CompanyExportSchema = z.object({
  company: CompanySummarySchema,
  exportedAt: Timestamp,
  items: z.array(InteractionViewSchema),
});

/** Schemas of the strategy KPIs and their targets. */
import { z } from 'zod';
import { IsoDate, text, Timestamp } from './common.js';

export const KpiQuery = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional(), section: text(60).optional() })
  .strict();
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
  targets: z.array(
    z.object({ metric: z.string(), sectionId: z.string().nullable(), period: z.string(), value: z.number() }),
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
  items: z.array(
    z.object({ metric: z.string(), sectionId: z.string().nullable(), period: z.string(), value: z.number() }),
  ),
});

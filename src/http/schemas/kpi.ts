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
  counts: z
    .object({
      companiesTotal: z.number().int().describe('Every company Kontaktspor knows'),
      companiesInRegister: z
        .number()
        .int()
        .describe(
          'Active companies with at least one employee and a workplace in the municipality, per the CVR register',
        ),
      denominator: z
        .enum(['register', 'companies'])
        .describe("What samarbejdsgrad divides by: 'register' once the CVR register is imported, else 'companies'"),
      cooperatingCompanies: z.number().int(),
      companiesServed: z.number().int(),
      companiesServedInRegister: z
        .number()
        .int()
        .describe('Companies served in the period that the CVR register counts (active, at least one employee, here)'),
      staffTotal: z.number().int(),
      vacanciesClosed: z.number().int(),
      vacanciesReferred: z.number().int(),
    })
    .describe('The raw counts behind the ratios'),
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

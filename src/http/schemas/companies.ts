/** Schemas of the companies API: search, the register's fields, a company with its service context. */
import { z } from 'zod';
import { Cvr, Domain, Id, Limit, optionalText, PNumber, text, Timestamp } from './common.js';
import { InteractionViewSchema } from './interactions.js';
import { VacancySchema } from './vacancies.js';

// Not redacted: a P-number can look exactly like a CPR number, and searching by it must work (the audit keeps q redacted).
export const CompanySearchQuery = z
  .object({ q: z.string().trim().max(200).optional(), limit: Limit(100, 20) })
  .strict();

const companyFields = {
  name: text(200).min(1),
  pNumbers: z.array(PNumber).max(200),
  address: optionalText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'a Danish postcode is 4 digits')
    .nullable()
    .optional(),
  city: optionalText(100),
  industryCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'a DB07 code is 6 digits')
    .nullable()
    .optional(),
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
